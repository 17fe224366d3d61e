import * as z from "zod";
import { IsoDateSchema } from "./day.js";
import { IdSchema, text } from "./records.js";

const VOCABULARY_ID = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/)
  .describe("lowercase letters, digits and underscores");

/**
 * A dataset's metadata (`data/pk/dataset.json`): who it is about and how current it is.
 *
 * @example
 * ```ts
 * DatasetMetaSchema.safeParse(pakistan.meta).success; //=> true
 * DatasetMetaSchema.safeParse({ ...pakistan.meta, host: "Pakistan" }).success; //=> false
 * ```
 */
export const DatasetMetaSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
    .describe("lowercase letters, digits and hyphens"),
  host: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe("ISO 3166-1 alpha-2"),
  name: text,
  version: z.string().regex(/^\d{4}\.\d+$/),
  released: IsoDateSchema,
  reviewedThrough: IsoDateSchema.nullable().describe(
    "the last day up to which the sources were read for decisions",
  ),
  reviewNote: text.optional(),
  timeZone: text.describe("an IANA time zone, such as Asia/Karachi"),
  schemaVersion: z.number().int().positive(),
});

/**
 * A first-level subdivision of the host country (`data/pk/subdivisions.json`).
 *
 * @example
 * ```ts
 * SubdivisionSchema.safeParse({ code: "PK-IS", name: "Islamabad" }).success; //=> true
 * SubdivisionSchema.safeParse({ code: "Islamabad", name: "Islamabad" }).success; //=> false
 * ```
 */
export const SubdivisionSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
    .describe("ISO 3166-2"),
  name: text,
  sources: z.array(IdSchema).min(1).optional(),
});

/**
 * An exposure target of a dataset (`data/pk/targets.json`): the holders of some document types,
 * or, with no documents, everyone who holds none of them.
 *
 * @example
 * ```ts
 * ExposureTargetInfoSchema.safeParse({ id: "undocumented", name: "Undocumented", documents: [] })
 *   .success; //=> true
 * ```
 */
export const ExposureTargetInfoSchema = z.strictObject({
  id: VOCABULARY_ID,
  name: text,
  documents: z.array(VOCABULARY_ID),
});

/**
 * A group some orders single out (`data/pk/groups.json`).
 *
 * @example
 * ```ts
 * GroupInfoSchema.safeParse({ id: "awaiting_resettlement", name: "Awaiting resettlement" })
 *   .success; //=> true
 * ```
 */
export const GroupInfoSchema = z.strictObject({
  id: VOCABULARY_ID,
  name: text,
});

/**
 * The legal wording of a dataset's summaries (`data/pk/wording.json`).
 *
 * @example
 * ```ts
 * WordingSchema.safeParse(pakistan.wording).success; //=> true
 * WordingSchema.safeParse({ ...pakistan.wording, notAssessed: "No." }).success; //=> false
 * ```
 */
export const WordingSchema = z.strictObject({
  legalBasis: text,
  notAssessed: text.refine((t) => t.includes("{document}"), {
    error: "must say where the document's name goes, with {document}",
  }),
});
