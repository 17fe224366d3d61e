/**
 * `afghan-refugees`: a typed, sourced model of the legal situation of Afghans in Pakistan.
 *
 * The main entry holds pure functions and the bundled dataset; it never loads zod. Schemas are
 * in `afghan-refugees/schemas`, the raw dataset in `afghan-refugees/data`.
 *
 * @packageDocumentation
 */
export {
  addDays,
  DAY_RANGE,
  dayOfInstant,
  daysBetween,
  formatDay,
  isIsoDate,
  karachiDay,
  PAKISTAN_TIME_ZONE,
  parseDay,
  toDay,
  type DayNumber,
  type IsoDate,
} from "./dates/index.js";
export {
  AfghanRefugeesError,
  InvalidDateError,
  InvalidInputError,
  isAfghanRefugeesError,
  TimelineValidationError,
  type ErrorCode,
  type TimelineProblem,
} from "./errors.js";
export {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for a deprecation period
  DATASET_DATE,
  DATASET_RELEASED,
  DATASET_REVIEWED_THROUGH,
  DATASET_VERSION,
} from "./dataset.js";
export { CONFIDENCE_LEVELS, weakestConfidence, type Confidence } from "./sources/confidence.js";
export type { Source } from "./sources/source.js";
export { sources } from "./sources/registry.js";
export {
  DOCUMENT_TYPES,
  type DocumentType,
  type DocumentTypeInfo,
  type HeldDocument,
  type ValidityRule,
} from "./documents/document-type.js";
export { documentTypes } from "./documents/document-types.js";
export { documentValidity, type QueryOptions } from "./documents/document-validity.js";
export type { ValidityResult, ValidityStatus } from "./documents/validity-result.js";
export type {
  AnnouncedPrecision,
  RecordCommon,
  RecordStatus,
  TimelineRecord,
  ValidityRecord,
} from "./timeline/record.js";
export type { Timeline } from "./timeline/timeline.js";
export type { ReviewState } from "./timeline/review.js";
export { defaultTimeline } from "./timeline/default-timeline.js";
export { createTimeline, type CreateTimelineOptions } from "./timeline/create-timeline.js";
export { validitySpans, type SpansOptions, type ValiditySpan } from "./timeline/validity-spans.js";
export {
  EXPOSURE_TARGETS,
  PERSON_GROUPS,
  type DirectiveEffect,
  type DirectiveRecord,
  type ExposureTarget,
  type PersonGroup,
  type PhaseRecord,
  type Scope,
  type SettlementRef,
} from "./exposure/record.js";
export { PAKISTAN_PROVINCES, type Location } from "./exposure/location.js";
export type { Person } from "./exposure/person.js";
export { exposure, type Exposure, type ExposureStatus } from "./exposure/exposure.js";
export { listPhases, phases, type Phase, type PhasesOptions } from "./exposure/phases.js";
export { deadlines, type Deadline, type DeadlinesOptions } from "./exposure/deadlines.js";
export { assess, type Assessment } from "./assess/assess.js";
export {
  CIRCUMSTANCES,
  ETHNICITIES,
  RELIGIONS,
  ROLES,
  SEXES,
  type Circumstance,
  type Ethnicity,
  type Religion,
  type RiskProfileInput,
  type Role,
  type Sex,
} from "./risk/vocabulary.js";
export {
  riskProfiles,
  type ProfileCriteria,
  type RiskFramework,
  type RiskProfile,
} from "./risk/risk-profile.js";
export { HARM_LABELS, harmReports, type HarmReport, type HarmType } from "./risk/harm.js";
export {
  specificNeedsCategories,
  specificNeedsCodes,
  type SpecificNeedsCategory,
  type SpecificNeedsCode,
} from "./risk/specific-needs-code.js";
export {
  specificNeedsCrosswalk,
  type CrosswalkCondition,
  type CrosswalkRule,
} from "./risk/crosswalk.js";
export { legalBasis, type LegalProvision } from "./risk/legal-basis.js";
export {
  SCREENING_DISCLAIMER,
  screenRisk,
  type HarmSummary,
  type RiskMatch,
  type RiskScreening,
  type SpecificNeed,
} from "./risk/screen-risk.js";
export type { Figure, FigureMeasure, FigureQualifier } from "./figures/figure.js";
export { figures } from "./figures/figures.js";
