import * as z from "zod";
import {
  DOCUMENT_TYPES,
  EXPOSURE_TARGETS,
  PAKISTAN_PROVINCES,
  PERSON_GROUPS,
} from "../datasets/pakistan-vocabulary.js";
import { settlementKey } from "../exposure/place-names.js";
import { IsoDateSchema } from "./day.js";

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * A record or source id: lowercase letters, digits and hyphens, at most 100 characters.
 *
 * @example
 * ```ts
 * IdSchema.safeParse("por-2024-07-10").success; //=> true
 * ```
 */
export const IdSchema = z.string().regex(ID).describe("lowercase letters, digits and hyphens");

/**
 * A confidence level: `high`, `medium` or `low`.
 *
 * @example
 * ```ts
 * ConfidenceSchema.parse("medium"); //=> "medium"
 * ```
 */
export const ConfidenceSchema = z.enum(["high", "medium", "low"]);

/**
 * A document type.
 *
 * @example
 * ```ts
 * DocumentTypeSchema.safeParse("por_card").success; //=> true
 * ```
 */
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);

const TIMELINE_TYPES: readonly string[] = ["por_card", "afghan_citizen_card", "umrf_certificate"];

/**
 * A publication date as shown on a page: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 *
 * @example
 * ```ts
 * PartialDateSchema.safeParse("2025-06").success; //=> true
 * ```
 */
export const PartialDateSchema = z.union([
  IsoDateSchema,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  z.string().regex(/^\d{4}$/),
]);

/** A non-blank string (expressible in JSON Schema, unlike a trim). @internal */
export const text = z.string().regex(/\S/);

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * An entry of the source registry.
 *
 * @example
 * ```ts
 * SourceSchema.safeParse({ id: "x", publisher: "Dawn", title: "T", url: "https://dawn.com/",
 *   published: null, kind: "secondary" }).success; //=> true
 * ```
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  publisher: text,
  via: text.optional(),
  title: text,
  titleNote: text.optional(),
  titleTranslation: text.optional(),
  url: z
    .string()
    .regex(/^https?:\/\/[\x21-\x7e]+$/)
    .refine(isUrl, { error: "must be a well-formed URL" })
    .describe("an http(s) URL, ASCII only (percent-encode other characters)"),
  published: PartialDateSchema.nullable().describe("null when the page shows no date"),
  publishedNote: text.optional(),
  kind: z.enum(["primary", "secondary"]),
  language: text.optional(),
  note: text.optional(),
});

/**
 * A validity record of the policy timeline. Checks the record alone; `createTimeline` also
 * checks it against the rest (cited sources exist, ids unique, first issue days).
 *
 * @example
 * ```ts
 * ValidityRecordSchema.safeParse(defaultTimeline.records[0]).success; //=> true
 * ```
 */
export const ValidityRecordSchema = z
  .strictObject({
    kind: z.literal("validity"),
    id: IdSchema,
    documents: z.array(DocumentTypeSchema).min(1),
    announced: IsoDateSchema,
    announcedPrecision: z.enum(["exact", "inferred", "on_or_before"]),
    from: IsoDateSchema,
    through: IsoDateSchema.optional(),
    status: z.enum(["valid", "invalid", "unknown"]),
    body: text,
    instrument: text.optional(),
    summary: text,
    sources: z.array(IdSchema).min(1),
    confidence: ConfidenceSchema,
    note: text.optional(),
  })
  .superRefine((record, ctx) => {
    if (record.through !== undefined && record.through < record.from) {
      ctx.addIssue({ code: "custom", path: ["through"], message: "must not be before `from`" });
    }
    record.documents.forEach((doc, i) => {
      if (!TIMELINE_TYPES.includes(doc)) {
        ctx.addIssue({
          code: "custom",
          path: ["documents", i],
          message: "this document type's validity is not decided by timeline records",
        });
      } else if (record.documents.indexOf(doc) !== i) {
        ctx.addIssue({ code: "custom", path: ["documents", i], message: "is listed twice" });
      }
    });
    record.sources.forEach((id, i) => {
      if (record.sources.indexOf(id) !== i) {
        ctx.addIssue({ code: "custom", path: ["sources", i], message: "is cited twice" });
      }
    });
  });

/**
 * A document type's description.
 *
 * @example
 * ```ts
 * DocumentTypeInfoSchema.safeParse(documentTypes.por_card).success; //=> true
 * ```
 */
export const DocumentTypeInfoSchema = z.strictObject({
  id: DocumentTypeSchema,
  name: text,
  issuer: text,
  firstIssued: IsoDateSchema.optional(),
  validityRule: z.enum(["timeline", "holder", "not_assessed", "none"]),
  recognisedByState: z.boolean(),
  protects: text,
  doesNotProtect: text,
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});

/**
 * A cited figure.
 *
 * @example
 * ```ts
 * FigureSchema.safeParse(figures[0]).success; //=> true
 * ```
 */
export const FigureSchema = z.strictObject({
  id: IdSchema,
  measure: z.enum([
    "por_holders",
    "acc_holders",
    "umrf_certificate_holders",
    "undocumented_afghans",
    "afghans_in_pakistan",
    "returns",
    "deportations",
    "arrests",
    "people_in_need",
    "resettlement_pipeline",
  ]),
  value: z.number().int().nonnegative(),
  qualifier: z.enum(["exact", "about", "over", "nearly", "at_least"]),
  asOf: PartialDateSchema,
  since: PartialDateSchema.optional(),
  area: text,
  counts: text,
  reportedBy: text,
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});

/**
 * A document as a person holds it: `{ type, validThrough?, number?, issuedOn? }`. `number` and
 * `issuedOn` are personal data; error messages of this library never repeat them.
 *
 * @example
 * ```ts
 * HeldDocumentSchema.safeParse({ type: "passport_visa", validThrough: "2026-03-31" }).success;
 * //=> true
 * ```
 */
export const HeldDocumentSchema = z.strictObject({
  type: DocumentTypeSchema,
  validThrough: IsoDateSchema.optional(),
  number: z.string().optional(),
  issuedOn: IsoDateSchema.optional(),
});

const PRECISION = z.enum(["exact", "inferred", "on_or_before"]);

/**
 * Who an exposure record targets.
 *
 * @example
 * ```ts
 * ExposureTargetSchema.parse("undocumented"); //=> "undocumented"
 * ```
 */
export const ExposureTargetSchema = z.enum(EXPOSURE_TARGETS);

/**
 * A group singled out by some orders.
 *
 * @example
 * ```ts
 * PersonGroupSchema.parse("awaiting_resettlement");
 * ```
 */
export const PersonGroupSchema = z.enum(PERSON_GROUPS);

/**
 * An ISO 3166-2:PK province or territory code.
 *
 * @example
 * ```ts
 * ProvinceSchema.safeParse("PK-IS").success; //=> true
 * ```
 */
export const ProvinceSchema = z.enum(Object.keys(PAKISTAN_PROVINCES) as [string, ...string[]]);

function uniqueList<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .min(1)
    .superRefine((list, ctx) => {
      list.forEach((value, i) => {
        if (list.indexOf(value) !== i) {
          ctx.addIssue({ code: "custom", path: [i], message: "is listed twice" });
        }
      });
    });
}

/**
 * A settlement (refugee village, camp) a record concerns: by name; without a name, every
 * settlement of a district; with neither, every settlement of a province.
 *
 * @example
 * ```ts
 * SettlementRefSchema.safeParse({ name: "Kot Chandna", district: "Mianwali" }).success; //=> true
 * SettlementRefSchema.safeParse({ province: "PK-BA" }).success; //=> true
 * SettlementRefSchema.safeParse({}).success; //=> false
 * ```
 */
export const SettlementRefSchema = z
  .strictObject({
    name: text
      .refine((n) => settlementKey(n) !== "", {
        error: "must name a settlement, not only a word such as camp",
      })
      .optional(),
    district: text.optional(),
    province: ProvinceSchema.optional(),
  })
  .refine((s) => s.name !== undefined || s.district !== undefined || s.province !== undefined, {
    error: "must give a name, a district or a province",
  });

/**
 * The place or group a directive is scoped to.
 *
 * @example
 * ```ts
 * ScopeSchema.safeParse({ provinces: ["PK-IS"], districts: ["Rawalpindi"] }).success; //=> true
 * ```
 */
export const ScopeSchema = z
  .strictObject({
    provinces: z.array(ProvinceSchema).min(1).optional(),
    districts: z.array(text).min(1).optional(),
    settlements: z.array(SettlementRefSchema).min(1).optional(),
    groups: z.array(PersonGroupSchema).min(1).optional(),
  })
  .refine((s) => Object.keys(s).length > 0, {
    error: "must name provinces, districts, settlements or groups",
  });

const commonRecordFields = {
  id: IdSchema,
  announced: IsoDateSchema,
  announcedPrecision: PRECISION,
  from: IsoDateSchema,
  through: IsoDateSchema.optional(),
  body: text,
  instrument: text.optional(),
  summary: text,
  sources: uniqueList(IdSchema),
  confidence: ConfidenceSchema,
  note: text.optional(),
};

/**
 * A repatriation phase record (or one decision within a phase).
 *
 * @example
 * ```ts
 * PhaseRecordSchema.safeParse(defaultTimeline.records.find((r) => r.id === "ifrp-1")).success;
 * //=> true
 * ```
 */
export const PhaseRecordSchema = z
  .strictObject({
    kind: z.literal("phase"),
    ...commonRecordFields,
    phase: IdSchema,
    name: text,
    targets: uniqueList(ExposureTargetSchema),
    departureDeadline: IsoDateSchema.optional(),
    enforcementFrom: IsoDateSchema,
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => {
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (r.through !== undefined && r.through < r.from)
      issue("through", "must not be before `from`");
    if (r.departureDeadline !== undefined && r.departureDeadline < r.from) {
      issue("departureDeadline", "must not be before `from`");
    }
    if (r.enforcementFrom < r.from) issue("enforcementFrom", "must not be before `from`");
    if (r.departureDeadline !== undefined && r.enforcementFrom <= r.departureDeadline) {
      issue("enforcementFrom", "must be after `departureDeadline`");
    }
    if (r.through !== undefined && r.through < r.enforcementFrom) {
      issue("through", "must not be before `enforcementFrom`");
    }
  });

/**
 * A directive record: "no adverse action", a deportation order, a deadline for a group, or a
 * notice.
 *
 * @example
 * ```ts
 * DirectiveRecordSchema.safeParse(
 *   defaultTimeline.records.find((r) => r.id === "no-adverse-action-2023-10-11"),
 * ).success; //=> true
 * ```
 */
export const DirectiveRecordSchema = z
  .strictObject({
    kind: z.literal("directive"),
    ...commonRecordFields,
    name: text.optional(),
    effect: z.enum(["tolerate", "deport", "deadline", "notice"]),
    targets: uniqueList(ExposureTargetSchema),
    endsWithDecision: z.boolean().optional(),
    deadline: IsoDateSchema.optional(),
    scope: ScopeSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.through !== undefined && r.through < r.from) {
      ctx.addIssue({ code: "custom", path: ["through"], message: "must not be before `from`" });
    }
    if (r.effect === "deadline" && r.deadline === undefined) {
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "is required for a deadline" });
    }
    if (r.effect !== "deadline" && r.deadline !== undefined) {
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "is only for deadlines" });
    }
    if (r.deadline !== undefined && r.deadline < r.from) {
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "must not be before `from`" });
    }
  });

/**
 * Any record of the policy timeline, by its `kind`.
 *
 * @example
 * ```ts
 * defaultTimeline.records.every((r) => TimelineRecordSchema.safeParse(r).success); //=> true
 * ```
 */
export const TimelineRecordSchema = z.discriminatedUnion("kind", [
  ValidityRecordSchema,
  PhaseRecordSchema,
  DirectiveRecordSchema,
]);
