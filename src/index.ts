/**
 * `afghan-refugees`: a typed, sourced model of the legal situation of Afghans in Pakistan.
 *
 * The main entry holds the engine's pure functions with the bundled data as their defaults (the
 * dataset {@link pakistan} and the {@link riskData}); it never loads zod. Every query also takes
 * a `dataset` of one's own ({@link createDataset}, {@link extendDataset}). Schemas are in
 * `afghan-refugees/schemas`, the raw data in `afghan-refugees/data`.
 *
 * @packageDocumentation
 */
export {
  addDays,
  DAY_RANGE,
  dayInZone,
  daysBetween,
  formatDay,
  isIsoDate,
  parseDay,
  toDayIn,
  type DayNumber,
  type IsoDate,
} from "./dates/index.js";
export { dayOfInstant, karachiDay, PAKISTAN_TIME_ZONE, toDay } from "./datasets/pakistan-days.js";
export {
  AfghanRefugeesError,
  InvalidDateError,
  InvalidInputError,
  isAfghanRefugeesError,
  TimelineValidationError,
  type ErrorCode,
  type TimelineProblem,
} from "./errors.js";
export type {
  Dataset,
  DatasetInput,
  DatasetMeta,
  ExposureTargetInfo,
  GroupInfo,
  Subdivision,
  Wording,
} from "./dataset/dataset.js";
export {
  createDataset,
  datasetInput,
  extendDataset,
  type DatasetAdditions,
} from "./dataset/create-dataset.js";
export { documentTypes, figures, pakistan } from "./datasets/pakistan.js";
export { iran } from "./datasets/iran.js";
export { datasets } from "./datasets/bundled.js";
export {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for a deprecation period
  DATASET_DATE,
  DATASET_RELEASED,
  DATASET_REVIEWED_THROUGH,
  DATASET_VERSION,
} from "./datasets/release.js";
export { CONFIDENCE_LEVELS, weakestConfidence, type Confidence } from "./sources/confidence.js";
export type { Source } from "./sources/source.js";
export { sources } from "./datasets/sources.js";
export type { DocumentTypeInfo, HeldDocument, ValidityRule } from "./documents/document-type.js";
export {
  DOCUMENT_TYPES,
  EXPOSURE_TARGETS,
  PAKISTAN_PROVINCES,
  PERSON_GROUPS,
  type DocumentType,
  type ExposureTarget,
  type PersonGroup,
} from "./datasets/pakistan-vocabulary.js";
export type { QueryOptions } from "./documents/document-validity.js";
export {
  assess,
  deadlines,
  documentValidity,
  exposure,
  listPhases,
  phases,
  screenRisk,
  validitySpans,
} from "./datasets/queries.js";
export type {
  ExpiredResult,
  UndecidedResult,
  ValidityResult,
  ValidityStatus,
  ValidResult,
} from "./documents/validity-result.js";
export type {
  AnnouncedPrecision,
  RecordCommon,
  RecordStatus,
  TimelineRecord,
  ValidityRecord,
} from "./timeline/record.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for a deprecation period
export type { Timeline } from "./timeline/timeline.js";
export type { ReviewState } from "./timeline/review.js";
export {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for a deprecation period
  createTimeline,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for a deprecation period
  defaultTimeline,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept for a deprecation period
  type CreateTimelineOptions,
} from "./datasets/create-timeline.js";
export type { SpansOptions, ValiditySpan } from "./timeline/validity-spans.js";
export type {
  DirectiveEffect,
  DirectiveRecord,
  PhaseRecord,
  Scope,
  SettlementRef,
} from "./exposure/record.js";
export type { Location } from "./exposure/location.js";
export type { Person } from "./exposure/person.js";
export type {
  DeadlinePendingExposure,
  Exposure,
  ExposureStatus,
  LiableExposure,
  ProtectedExposure,
  ToleratedExposure,
} from "./exposure/exposure.js";
export type { Phase, PhasesOptions } from "./exposure/phases.js";
export type { Deadline, DeadlinesOptions } from "./exposure/deadlines.js";
export type { AssessOptions, Assessment } from "./assess/assess.js";
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
export type { ProfileCriteria, RiskFramework, RiskProfile } from "./risk/risk-profile.js";
export { HARM_LABELS, type HarmReport, type HarmType } from "./risk/harm.js";
export type { SpecificNeedsCategory, SpecificNeedsCode } from "./risk/specific-needs-code.js";
export type { CrosswalkCondition, CrosswalkRule } from "./risk/crosswalk.js";
export {
  createRiskData,
  riskDataInput,
  type RiskData,
  type RiskDataInput,
} from "./risk/risk-data.js";
export {
  harmReports,
  riskData,
  riskProfiles,
  specificNeedsCategories,
  specificNeedsCodes,
  specificNeedsCrosswalk,
} from "./datasets/risk.js";
export { legalBasis, type LegalProvision } from "./datasets/legal-basis.js";
export {
  SCREENING_DISCLAIMER,
  type HarmSummary,
  type RiskMatch,
  type RiskScreening,
  type ScreenRiskOptions,
  type SpecificNeed,
} from "./risk/screen-risk.js";
export type { Figure, FigureMeasure, FigureQualifier } from "./figures/figure.js";
