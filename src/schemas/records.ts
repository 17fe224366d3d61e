import * as z from "zod";
import {
  DOCUMENT_TYPES,
  EXPOSURE_TARGETS,
  PAKISTAN_PROVINCES,
  PERSON_GROUPS,
  type DocumentType,
  type ExposureTarget,
  type PersonGroup,
} from "../datasets/pakistan-vocabulary.js";
import { DOCUMENT_TYPE, FIGURE } from "../grammar/dataset.js";
import { ID_PATTERN } from "../grammar/fields.js";
import {
  DIRECTIVE_RECORD,
  PHASE_RECORD,
  SCOPE,
  SETTLEMENT_REF,
  SOURCE,
  VALIDITY_RECORD,
} from "../grammar/records.js";
import type { Terms } from "../grammar/spec.js";
import { PAKISTAN_TIMELINE_DOCUMENT_TYPES } from "../generated/pakistan-vocabulary.js";
import { IsoDateSchema } from "./day.js";
import { allIds } from "./hosts.js";
import { zodObject, type TermTypes } from "./grammar.js";

export { PartialDateSchema, text } from "./grammar.js";

/** The bundled dataset's ids: the record schemas check records against them. */
const PAKISTAN_TERMS: Terms = {
  documents: new Set(DOCUMENT_TYPES),
  timelineDocuments: new Set(PAKISTAN_TIMELINE_DOCUMENT_TYPES),
  targets: new Set(EXPOSURE_TARGETS),
  groups: new Set(PERSON_GROUPS),
  subdivisions: new Set(Object.keys(PAKISTAN_PROVINCES)),
};

/** The types of those ids. @internal */
export interface PakistanTermTypes extends TermTypes {
  documents: DocumentType;
  timelineDocuments: DocumentType;
  targets: ExposureTarget;
  groups: PersonGroup;
  subdivisions: string;
  sources: string;
}

/** Any dataset's ids: for the schemas of a dataset's own parts. @internal */
export interface AnyTermTypes extends TermTypes {
  documents: string;
}

/**
 * A record or source id: lowercase letters, digits and hyphens, at most 100 characters.
 *
 * @example
 * ```ts
 * IdSchema.safeParse("por-2024-07-10").success; //=> true
 * ```
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN)
  .describe("lowercase letters, digits and hyphens");

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

/**
 * An entry of the source registry.
 *
 * @example
 * ```ts
 * SourceSchema.safeParse({ id: "x", publisher: "Dawn", title: "T", url: "https://dawn.com/",
 *   published: null, kind: "secondary" }).success; //=> true
 * ```
 */
export const SourceSchema = /* @__PURE__ */ zodObject<typeof SOURCE.shape, AnyTermTypes>(
  SOURCE,
  {},
);

/**
 * A validity record of the policy timeline. Checks the record alone; `createTimeline` also
 * checks it against the rest (cited sources exist, ids unique, first issue days).
 *
 * @example
 * ```ts
 * ValidityRecordSchema.safeParse(defaultTimeline.records[0]).success; //=> true
 * ```
 */
export const ValidityRecordSchema = /* @__PURE__ */ zodObject<
  typeof VALIDITY_RECORD.shape,
  PakistanTermTypes
>(VALIDITY_RECORD, PAKISTAN_TERMS);

/**
 * A document type's description.
 *
 * @example
 * ```ts
 * DocumentTypeInfoSchema.safeParse(documentTypes.por_card).success; //=> true
 * ```
 */
export const DocumentTypeInfoSchema = /* @__PURE__ */ zodObject<
  typeof DOCUMENT_TYPE.shape,
  AnyTermTypes
>(DOCUMENT_TYPE, {});

/**
 * A cited figure.
 *
 * @example
 * ```ts
 * FigureSchema.safeParse(figures[0]).success; //=> true
 * ```
 */
export const FigureSchema = /* @__PURE__ */ zodObject<typeof FIGURE.shape, AnyTermTypes>(
  FIGURE,
  {},
);

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
  type: z
    .enum(allIds("documents"))
    .describe("a document type of a bundled host (the person record's host says which)"),
  validThrough: IsoDateSchema.optional(),
  number: z.string().optional(),
  issuedOn: IsoDateSchema.optional(),
});

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
export const SettlementRefSchema = /* @__PURE__ */ zodObject<
  typeof SETTLEMENT_REF.shape,
  PakistanTermTypes
>(SETTLEMENT_REF, PAKISTAN_TERMS);

/**
 * The place or group a directive is scoped to.
 *
 * @example
 * ```ts
 * ScopeSchema.safeParse({ provinces: ["PK-IS"], districts: ["Rawalpindi"] }).success; //=> true
 * ```
 */
export const ScopeSchema = /* @__PURE__ */ zodObject<typeof SCOPE.shape, PakistanTermTypes>(
  SCOPE,
  PAKISTAN_TERMS,
);

/**
 * A repatriation phase record (or one decision within a phase).
 *
 * @example
 * ```ts
 * PhaseRecordSchema.safeParse(defaultTimeline.records.find((r) => r.id === "ifrp-1")).success;
 * //=> true
 * ```
 */
export const PhaseRecordSchema = /* @__PURE__ */ zodObject<
  typeof PHASE_RECORD.shape,
  PakistanTermTypes
>(PHASE_RECORD, PAKISTAN_TERMS);

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
export const DirectiveRecordSchema = /* @__PURE__ */ zodObject<
  typeof DIRECTIVE_RECORD.shape,
  PakistanTermTypes
>(DIRECTIVE_RECORD, PAKISTAN_TERMS);

/**
 * Any record of the policy timeline, by its `kind`.
 *
 * @example
 * ```ts
 * defaultTimeline.records.every((r) => TimelineRecordSchema.safeParse(r).success); //=> true
 * ```
 */
export const TimelineRecordSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  ValidityRecordSchema,
  PhaseRecordSchema,
  DirectiveRecordSchema,
]);
