import * as z from "zod";
import { DOCUMENT_TYPES } from "../datasets/pakistan-vocabulary.js";
import { IsoDateSchema } from "./day.js";
import {
  ConfidenceSchema,
  DirectiveRecordSchema,
  TimelineRecordSchema,
  ValidityRecordSchema,
  text,
} from "./records.js";
import { HarmReportSchema, RiskProfileSchema } from "./risk.js";

const review = {
  host: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe("the host country of the dataset that answered, ISO 3166-1 alpha-2"),
  reviewedThrough: IsoDateSchema.nullable().describe(
    "the last day up to which the dataset's sources were read for decisions",
  ),
  beyondReview: z
    .boolean()
    .describe("whether on or knownAt is after reviewedThrough (confidence then at most medium)"),
};

/**
 * The result of `documentValidity`, for apps that store it.
 *
 * @example
 * ```ts
 * ValidityResultSchema.safeParse(documentValidity("por_card", { on: "2024-01-15" })).success;
 * //=> true
 * ```
 */
export const ValidityResultSchema = z.object({
  status: z.enum(["valid", "expired", "not_issued", "no_document", "unknown"]),
  validThrough: IsoDateSchema.nullable(),
  daysRemaining: z.number().int().min(0).nullable(),
  basis: z.array(ValidityRecordSchema),
  confidence: ConfidenceSchema,
  summary: text,
  ...review,
});

/**
 * The result of `exposure`, for apps that store it.
 *
 * @example
 * ```ts
 * ExposureSchema.safeParse(exposure({ documents: [] }, { on: "2023-10-15" })).success; //=> true
 * ```
 */
export const ExposureSchema = z.object({
  status: z.enum(["protected", "tolerated", "deadline_pending", "liable"]),
  phase: text.nullable(),
  deadline: IsoDateSchema.nullable(),
  daysToDeadline: z.number().int().min(0).nullable(),
  protectingDocument: z.enum(DOCUMENT_TYPES).nullable(),
  basis: z.array(TimelineRecordSchema),
  confidence: ConfidenceSchema,
  summary: text,
  notices: z.array(DirectiveRecordSchema),
  ...review,
});

/**
 * The result of `screenRisk`, for apps that store it.
 *
 * @example
 * ```ts
 * RiskScreeningSchema.safeParse(screenRisk({ roles: ["journalist"] })).success; //=> true
 * ```
 */
export const RiskScreeningSchema = z.object({
  matches: z.array(z.object({ profile: RiskProfileSchema, reasons: z.array(text).min(1) })),
  harms: z.array(
    z.object({
      harm: HarmReportSchema.shape.harm,
      label: text,
      reports: z.array(HarmReportSchema),
    }),
  ),
  specificNeeds: z.array(
    z.object({ code: text, label: text, reason: text, derived: z.literal(true) }),
  ),
  disclaimer: text,
});

/**
 * The result of `assess`, for apps that store it.
 *
 * @example
 * ```ts
 * AssessmentSchema.safeParse(assess({ documents: [] }, { on: "2025-01-01" })).success; //=> true
 * ```
 */
export const AssessmentSchema = z.object({
  documents: z.array(ValidityResultSchema),
  exposure: ExposureSchema,
  risk: RiskScreeningSchema,
  specificNeeds: RiskScreeningSchema.shape.specificNeeds,
  ...review,
});
