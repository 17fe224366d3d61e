import * as z from "zod";
import { InvalidInputError } from "../errors.js";
import { IsoDateSchema } from "./day.js";
import { HOST_IDS, HOSTS } from "./hosts.js";
import { LocationSchema, PersonRecordSchema, ReturnFlowRowSchema } from "./person.js";
import {
  DirectiveRecordSchema,
  DocumentTypeInfoSchema,
  FigureSchema,
  HeldDocumentSchema,
  PhaseRecordSchema,
  SourceSchema,
  TimelineRecordSchema,
  ValidityRecordSchema,
} from "./records.js";
import {
  AssessmentSchema,
  ExposureSchema,
  RiskScreeningSchema,
  ValidityResultSchema,
} from "./results.js";
import { RiskProfileInputSchema } from "./risk.js";

interface Entry {
  schema: z.ZodType;
  title: string;
  description: string;
  /** Keywords for checks that zod makes in a refinement and JSON Schema can say too. */
  also?: Record<string, unknown>;
}

/**
 * The part of the person schema that says, for one host, which documents, province and groups
 * a record of that host may name (the host's own when `host` is absent: the first host).
 */
function hostCondition(host: (typeof HOSTS)[number]): Record<string, unknown> {
  const ids = HOST_IDS[host];
  const when =
    host === HOSTS[0]
      ? {
          anyOf: [
            { not: { properties: { host: true }, required: ["host"] } },
            { properties: { host: { const: host } }, required: ["host"] },
          ],
        }
      : { properties: { host: { const: host } }, required: ["host"] };
  return {
    if: when,
    then: {
      properties: {
        documents: {
          type: "array",
          items: { type: "object", properties: { type: { enum: [...ids.documents] } } },
        },
        location: { type: "object", properties: { province: { enum: [...ids.subdivisions] } } },
        groups: { type: "array", items: { enum: [...ids.groups] } },
      },
    },
  };
}

/** Checks that zod makes and JSON Schema cannot express, said in each description. */
const BEYOND = {
  span: " The library also checks what JSON Schema cannot express: a span's end is not before its start.",
  unique:
    " The library also checks that list items (documents, sources, targets) are not repeated.",
};

/**
 * The schemas published as JSON Schema files, by file name (`<name>.schema.json`).
 * @internal
 */
export const JSON_SCHEMAS: Readonly<Record<string, Entry>> = {
  person: {
    schema: PersonRecordSchema,
    title: "Person record",
    description:
      "A person record as files and apps hold it: id, documents, and optional host (PK or IR, default PK), profile, location and groups; other fields are allowed and left alone. The documents' types, the province and the groups must be the host's. The id should be an internal, pseudonymous case id.",
    also: { allOf: HOSTS.map((host) => hostCondition(host)) },
  },
  "held-document": {
    schema: HeldDocumentSchema,
    title: "Held document",
    description:
      "A document as a person holds it: type, and optional validThrough (the holder's own last valid day, for passport_visa), number and issuedOn (personal data, never repeated in output).",
  },
  location: {
    schema: LocationSchema,
    title: "Location",
    description:
      "Where a person lives: an ISO 3166-2:PK province code, a district name, and the name of the settlement (refugee village, camp) they live in, if any.",
  },
  "risk-profile-input": {
    schema: RiskProfileInputSchema,
    title: "Risk profile input",
    description:
      "What a person declares for risk screening: sex, age, roles, ethnicity, religion, circumstances.",
  },
  "return-flow": {
    schema: ReturnFlowRowSchema,
    title: "Return-flow row",
    description:
      "People returned from a host country (host: PK, the default, or IR) to Afghanistan on a day or in an ISO week, through a crossing point, by type of return and document held (one of the host's document types, or unknown), with the source. Exactly one of day and week is required. The library also checks what JSON Schema cannot express: week 53 only in a year that has one.",
    also: {
      oneOf: [
        { properties: { day: true }, required: ["day"] },
        { properties: { week: true }, required: ["week"] },
      ],
      allOf: HOSTS.map((host) => {
        const { if: when, then } = hostCondition(host) as {
          if: unknown;
          then: { properties: { documents: { items: { properties: { type: unknown } } } } };
        };
        const type = then.properties.documents.items.properties.type as { enum: string[] };
        return {
          if: when,
          then: { properties: { documentType: { enum: [...type.enum, "unknown"] } } },
        };
      }),
    },
  },
  source: {
    schema: SourceSchema,
    title: "Source",
    description: "An entry of the source registry: publisher, title, URL, publication date, kind.",
  },
  "validity-record": {
    schema: ValidityRecordSchema,
    title: "Validity record",
    description: `One decision about the validity of PoR cards, Afghan Citizen Cards or UMRF certificates.${BEYOND.span}${BEYOND.unique}`,
  },
  "phase-record": {
    schema: PhaseRecordSchema,
    title: "Phase record",
    description: `A phase of Pakistan's Illegal Foreigners' Repatriation Plan, or one decision within a phase.${BEYOND.span}${BEYOND.unique}`,
  },
  "directive-record": {
    schema: DirectiveRecordSchema,
    title: "Directive record",
    description: `A directive that changes exposure without changing validity: no adverse action, a deportation order, a deadline for a group, or a notice.${BEYOND.span}${BEYOND.unique}`,
  },
  "timeline-record": {
    schema: TimelineRecordSchema,
    title: "Timeline record",
    description: `Any record of the policy timeline, by kind: validity, phase or directive.${BEYOND.span}${BEYOND.unique}`,
  },
  "document-type": {
    schema: DocumentTypeInfoSchema,
    title: "Document type",
    description: "What the dataset knows about a document type.",
  },
  figure: {
    schema: FigureSchema,
    title: "Figure",
    description: "A cited number: what it counts, as of when, reported by whom, with sources.",
  },
  "validity-result": {
    schema: ValidityResultSchema,
    title: "Validity result",
    description:
      "The result of documentValidity: status, validThrough, daysRemaining, basis, confidence, summary.",
  },
  exposure: {
    schema: ExposureSchema,
    title: "Exposure",
    description:
      "The result of exposure: status, phase, deadline, protecting document, basis, confidence, summary, notices.",
  },
  "risk-screening": {
    schema: RiskScreeningSchema,
    title: "Risk screening",
    description:
      "The result of screenRisk: matched profiles with reasons, harms, specific needs, disclaimer.",
  },
  assessment: {
    schema: AssessmentSchema,
    title: "Assessment",
    description:
      "The result of assess: each document's validity, exposure, risk screening, specific needs.",
  },
  "iso-date": {
    schema: IsoDateSchema,
    title: "Calendar day",
    description: "A calendar day written YYYY-MM-DD with a real day.",
  },
};

/**
 * The names of the JSON Schema files this package ships (`<name>.schema.json`).
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_NAMES } from "afghan-refugees/schemas";
 * JSON_SCHEMA_NAMES.includes("person"); //=> true
 * ```
 */
export const JSON_SCHEMA_NAMES: readonly string[] = Object.freeze(Object.keys(JSON_SCHEMAS));

/**
 * The JSON Schema (draft 2020-12) of one of the package's schemas, with its `$id`, title and
 * description: the same document as the shipped file `afghan-refugees/json-schema/<name>.schema.json`.
 *
 * @param name - One of {@link JSON_SCHEMA_NAMES}.
 * @param version - The package version used in `$id` (default: the version this package was
 *   built as).
 * @returns The JSON Schema as a plain object.
 * @throws `InvalidInputError` of the main entry (`code: "ERR_INVALID_INPUT"`) for an unknown
 *   name.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from "afghan-refugees/schemas";
 * toJsonSchema("person").$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function toJsonSchema(
  name: string,
  version: string = PACKAGE_VERSION,
): Record<string, unknown> {
  const entry =
    typeof name === "string" && Object.hasOwn(JSON_SCHEMAS, name) ? JSON_SCHEMAS[name] : undefined;
  if (entry === undefined) {
    throw new InvalidInputError(`name: expected one of ${JSON_SCHEMA_NAMES.join(", ")}`);
  }
  const generated = z.toJSONSchema(entry.schema, { target: "draft-2020-12", io: "input" });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: `https://cdn.jsdelivr.net/npm/afghan-refugees@${version}/dist/json-schema/${name}.schema.json`,
    title: entry.title,
    description: entry.description,
    ...rest,
    ...entry.also,
  };
}

declare const __PACKAGE_VERSION__: string;
const PACKAGE_VERSION = typeof __PACKAGE_VERSION__ === "string" ? __PACKAGE_VERSION__ : "0.0.0";
