// The schemas whose values depend on a dataset (document types, subdivisions, targets, groups),
// built for any dataset from the same grammar and shapes as the bundled ones: what the command
// checks files with when it is given a dataset of one's own.
import * as z from "zod";
import type { Dataset } from "../dataset/dataset.js";
import { vocabularyOf } from "../dataset/compiled.js";
import { DIRECTIVE_RECORD, PHASE_RECORD, VALIDITY_RECORD } from "../grammar/records.js";
import type { Terms } from "../grammar/spec.js";
import { zodObject } from "./grammar.js";
import { JSON_SCHEMAS } from "./json-schema.js";
import { LocationSchema, PersonRecordSchema } from "./person.js";
import { HeldDocumentSchema } from "./records.js";

/** An enum of ids, or a schema that accepts none when there are none. */
function oneOf(ids: readonly string[]): z.ZodType<string> {
  return ids.length === 0 ? z.never() : z.enum(ids as [string, ...string[]]);
}

/**
 * The schemas of `validate --schema NAME`, with the ids of `dataset` where a schema checks ids:
 * for the bundled dataset they accept what the exported schemas accept.
 * @internal
 */
export function datasetSchemas(dataset: Dataset): Readonly<Record<string, z.ZodType>> {
  const vocabulary = vocabularyOf(dataset);
  const terms = { ...vocabulary.terms };
  const heldDocument = z.strictObject({
    ...HeldDocumentSchema.shape,
    type: oneOf(vocabulary.documentIds),
  });
  const location = z.strictObject({
    ...LocationSchema.shape,
    province: oneOf([...vocabulary.subdivisions.keys()]).optional(),
  });
  const person = z.looseObject({
    ...PersonRecordSchema.shape,
    host: z.literal(dataset.meta.host).optional(),
    documents: z.array(heldDocument),
    location: location.optional(),
    groups: z.array(oneOf(vocabulary.groups)).optional(),
  });
  const { validity, phase, directive, record } = recordSchemasFor(terms);
  const schemas: Record<string, z.ZodType> = {};
  for (const [name, entry] of Object.entries(JSON_SCHEMAS)) schemas[name] = entry.schema;
  return {
    ...schemas,
    person,
    "held-document": heldDocument,
    location,
    "validity-record": validity,
    "phase-record": phase,
    "directive-record": directive,
    "timeline-record": record,
  };
}

/**
 * The record schemas for the ids of a dataset (its document types, targets, groups and
 * subdivisions), built from the grammar: what `data:build` and `data:check` check each host's
 * records with.
 * @internal
 */
export function recordSchemasFor(terms: Terms) {
  const validity = zodObject(VALIDITY_RECORD, terms);
  const phase = zodObject(PHASE_RECORD, terms);
  const directive = zodObject(DIRECTIVE_RECORD, terms);
  return {
    validity,
    phase,
    directive,
    record: z.discriminatedUnion("kind", [validity, phase, directive]),
  };
}
