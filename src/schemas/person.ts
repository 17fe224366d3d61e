import * as z from "zod";
import { daysFromCivil } from "../dates/day.js";
import { DOCUMENT_TYPES } from "../datasets/pakistan-vocabulary.js";
import { IsoDateSchema } from "./day.js";
import { HeldDocumentSchema, PersonGroupSchema, ProvinceSchema, text } from "./records.js";
import { RiskProfileInputSchema } from "./risk.js";

/**
 * Where a person lives: an ISO 3166-2:PK province code, a district name, and the name of the
 * settlement (refugee village, camp) they live in, if any. No other fields: a misspelt key
 * would otherwise pass unnoticed.
 *
 * @example
 * ```ts
 * LocationSchema.safeParse({ province: "PK-IS" }).success; //=> true
 * LocationSchema.safeParse({ district: "Mianwali", settlement: "Kot Chandna" }).success; //=> true
 * ```
 */
export const LocationSchema = z.strictObject({
  province: ProvinceSchema.optional(),
  district: text.optional(),
  settlement: text
    .describe("the refugee village (camp) or settlement the person lives in, by name")
    .optional(),
});

/**
 * A person record as files and apps hold it: `id`, `documents`, and optional `profile`,
 * `location` and `groups`. Other top-level fields are allowed and left alone (the library
 * never reads them). `profile` and `location` take only their own fields, because a misspelt
 * key there (`gender` for `sex`) would silently skip a screening. `id` should be an internal, pseudonymous case id: it is the only value the command
 * repeats, so that results can be joined back.
 *
 * @example
 * ```ts
 * PersonRecordSchema.safeParse({ id: "case-0001", documents: [{ type: "por_card" }] }).success;
 * //=> true
 * ```
 */
export const PersonRecordSchema = z.looseObject({
  id: text,
  documents: z.array(HeldDocumentSchema),
  profile: z.strictObject(RiskProfileInputSchema.shape).optional(),
  location: LocationSchema.optional(),
  groups: z.array(PersonGroupSchema).optional(),
});

/**
 * How a person returned: `deported`, `spontaneous` (left on their own, often under pressure),
 * `assisted` (returns assisted by IOM or others), `facilitated_voluntary_repatriation` (UNHCR's
 * programme for registered refugees), or `other`.
 *
 * @example
 * ```ts
 * ReturnTypeSchema.parse("deported");
 * ```
 */
export const ReturnTypeSchema = z.enum([
  "deported",
  "spontaneous",
  "assisted",
  "facilitated_voluntary_repatriation",
  "other",
]);

/**
 * A row of a return-flow table: people returned on a day (or in an ISO week) through a crossing
 * point (Torkham, Chaman/Spin Boldak, Ghulam Khan, Angoor Adda, Kharlachi, Badini, Bahramcha...),
 * by type of return and document held, with its source. Exactly one of `day` and `week` is
 * required, and week 53 only in years that have one (`2025-W53` does not exist; the JSON Schema
 * file cannot say this, the zod schema checks it).
 *
 * @example
 * ```ts
 * ReturnFlowRowSchema.safeParse({
 *   day: "2025-09-02", crossingPoint: "Torkham", returnType: "deported",
 *   documentType: "por_card", individuals: 412, source: "IOM DTM",
 * }).success; //=> true
 * ```
 */
export const ReturnFlowRowSchema = z
  .object({
    day: IsoDateSchema.optional(),
    week: z
      .string()
      .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/)
      .describe("ISO week, e.g. 2025-W36")
      .optional(),
    crossingPoint: text,
    returnType: ReturnTypeSchema,
    documentType: z.enum([...DOCUMENT_TYPES, "unknown"]),
    individuals: z.number().int().min(0),
    households: z.number().int().min(0).optional(),
    source: text,
  })
  .refine((row) => (row.day === undefined) !== (row.week === undefined), {
    error: "exactly one of day and week is required",
    path: ["day"],
  })
  .refine((row) => row.week === undefined || isoWeekExists(row.week), {
    error: "is week 53 of a year that has 52 ISO weeks",
    path: ["week"],
  });

/**
 * Whether an ISO week `YYYY-Www` exists: week 53 only in years whose 1 January is a Thursday,
 * or a Wednesday in a leap year.
 */
function isoWeekExists(week: string): boolean {
  const year = Number(week.slice(0, 4));
  if (Number(week.slice(6)) < 53) return true;
  // Day 0 (1970-01-01) was a Thursday: 0 Sunday .. 6 Saturday.
  const jan1 = (((daysFromCivil(year, 1, 1) + 4) % 7) + 7) % 7;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3);
}
