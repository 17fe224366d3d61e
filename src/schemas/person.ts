import * as z from "zod";
import { daysFromCivil } from "../dates/day.js";
import { IsoDateSchema } from "./day.js";
import { allIds, HOST_IDS, HOST_SETS, HOSTS } from "./hosts.js";
import { HeldDocumentSchema, text } from "./records.js";
import { RiskProfileInputSchema } from "./risk.js";

/**
 * Where a person lives: the ISO 3166-2 code of a province of a bundled host (`PK-IS`, `IR-23`),
 * a district name, and the name of the settlement (refugee village, camp) they live in, if
 * any. No other fields: a misspelt key would otherwise pass unnoticed. In a person record, the
 * province must be one of the record's host.
 *
 * @example
 * ```ts
 * LocationSchema.safeParse({ province: "PK-IS" }).success; //=> true
 * LocationSchema.safeParse({ district: "Mianwali", settlement: "Kot Chandna" }).success; //=> true
 * ```
 */
export const LocationSchema = z.strictObject({
  province: z
    .enum(allIds("subdivisions"))
    .describe("ISO 3166-2 code of a province of the person's host")
    .optional(),
  district: text.optional(),
  settlement: text
    .describe("the refugee village (camp) or settlement the person lives in, by name")
    .optional(),
});

/** The fields of a person record. @internal */
export const PERSON_SHAPE = {
  id: text,
  host: z
    .enum(HOSTS)
    .describe("the host country the person lives in, ISO 3166-1 alpha-2 (default PK)")
    .optional(),
  documents: z.array(HeldDocumentSchema),
  profile: z.strictObject(RiskProfileInputSchema.shape).optional(),
  location: LocationSchema.optional(),
  groups: z.array(z.enum(allIds("groups")).describe("a group of the person's host")).optional(),
};

/**
 * A record's documents, province and groups must be its host's (default PK).
 * @internal
 */
export function checkHostIds(
  record: {
    host?: string | undefined;
    documents: readonly { type: string }[];
    location?: { province?: string | undefined } | undefined;
    groups?: readonly string[] | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const host = (record.host ?? "PK") as keyof typeof HOST_SETS;
  const ids = HOST_SETS[host];
  const issue = (path: (string | number)[], what: string) => {
    ctx.addIssue({ code: "custom", path, message: `is not ${what} of ${host}` });
  };
  record.documents.forEach((d, i) => {
    if (!ids.documents.has(d.type)) issue(["documents", i, "type"], "a document type");
  });
  const province = record.location?.province;
  if (province !== undefined && !ids.subdivisions.has(province)) {
    issue(["location", "province"], "a province");
  }
  record.groups?.forEach((g, i) => {
    if (!ids.groups.has(g)) issue(["groups", i], "a group");
  });
}

/**
 * A person record as files and apps hold it: `id`, `documents`, and optional `host`, `profile`,
 * `location` and `groups`. `host` (`"PK"` or `"IR"`, default `"PK"`) says which host's document
 * types, provinces and groups the record may name. Other top-level fields are allowed and left
 * alone (the library never reads them). `profile` and `location` take only their own fields,
 * because a misspelt key there (`gender` for `sex`) would silently skip a screening. `id` should
 * be an internal, pseudonymous case id: it is the only value the command repeats, so that
 * results can be joined back.
 *
 * @example
 * ```ts
 * PersonRecordSchema.safeParse({ id: "case-0001", documents: [{ type: "por_card" }] }).success;
 * //=> true
 * PersonRecordSchema.safeParse({ id: "case-0002", host: "IR", documents: [{ type: "amayesh_card" }] })
 *   .success; //=> true
 * PersonRecordSchema.safeParse({ id: "case-0003", host: "IR", documents: [{ type: "por_card" }] })
 *   .success; //=> false
 * ```
 */
export const PersonRecordSchema = z.looseObject(PERSON_SHAPE).superRefine(checkHostIds);

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
 * A row of a return-flow table: people returned from a host country (`host`, `"PK"` by
 * default, or `"IR"`) on a day (or in an ISO week) through a crossing point (from Pakistan:
 * Torkham, Chaman/Spin Boldak, Ghulam Khan, Angoor Adda, Kharlachi, Badini, Bahramcha...; from
 * Iran: Islam Qala (Dogharoun), Milak / Pul-e Abrisham (Zaranj), Abu Nasr Farahi (Mahirud)),
 * by type of return and document held (one of the host's document types, or `unknown`), with
 * its source. Exactly one of `day` and `week` is
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
    host: z
      .enum(HOSTS)
      .describe("the host country people returned from, ISO 3166-1 alpha-2 (default PK)")
      .optional(),
    crossingPoint: text.describe(
      "the crossing point, e.g. Torkham, Chaman/Spin Boldak (from Pakistan), Islam Qala, Milak (from Iran)",
    ),
    returnType: ReturnTypeSchema,
    documentType: z
      .enum([...allIds("documents"), "unknown"])
      .describe("a document type of the row's host, or unknown"),
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
  })
  .superRefine((row, ctx) => {
    const host = row.host ?? "PK";
    if (row.documentType !== "unknown" && !HOST_IDS[host].documents.includes(row.documentType)) {
      ctx.addIssue({
        code: "custom",
        path: ["documentType"],
        message: `is not a document type of ${host}`,
      });
    }
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
