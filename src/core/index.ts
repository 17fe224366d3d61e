/**
 * `afghan-refugees/core`: the engine without bundled data. Every query takes the dataset it
 * reads (`createDataset` of a dataset's JSON, such as `afghan-refugees/data`'s `pakistanInput`
 * or one of your own), and `assess` and `screenRisk` the risk data. For an app that loads its
 * data at run time and should not carry the bundled dataset in its bundle. It never loads zod.
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
} from "../dates/index.js";
export {
  AfghanRefugeesError,
  InvalidDateError,
  InvalidInputError,
  isAfghanRefugeesError,
  TimelineValidationError,
  type ErrorCode,
  type TimelineProblem,
} from "../errors.js";
export type {
  Dataset,
  DatasetInput,
  DatasetMeta,
  ExposureTargetInfo,
  GroupInfo,
  Subdivision,
  Wording,
} from "../dataset/dataset.js";
export {
  createDataset,
  datasetInput,
  extendDataset,
  type DatasetAdditions,
} from "../dataset/create-dataset.js";
export {
  createRiskData,
  riskDataInput,
  type RiskData,
  type RiskDataInput,
} from "../risk/risk-data.js";
export {
  assess,
  deadlines,
  documentValidity,
  exposure,
  listPhases,
  screenRisk,
  validitySpans,
  type CoreAssessOptions,
  type CoreDatasetOptions,
  type CoreDeadlinesOptions,
  type CoreQueryOptions,
} from "./queries.js";
export { CONFIDENCE_LEVELS, weakestConfidence, type Confidence } from "../sources/confidence.js";
export type { Source } from "../sources/source.js";
export type { DocumentTypeInfo, HeldDocument, ValidityRule } from "../documents/document-type.js";
export type {
  ExpiredResult,
  UndecidedResult,
  ValidityResult,
  ValidityStatus,
  ValidResult,
} from "../documents/validity-result.js";
export type {
  AnnouncedPrecision,
  RecordCommon,
  RecordStatus,
  TimelineRecord,
  ValidityRecord,
} from "../timeline/record.js";
export type { ReviewState } from "../timeline/review.js";
export type { ValiditySpan } from "../timeline/validity-spans.js";
export type {
  DirectiveEffect,
  DirectiveRecord,
  PhaseRecord,
  Scope,
  SettlementRef,
} from "../exposure/record.js";
export type { Location } from "../exposure/location.js";
export type { Person } from "../exposure/person.js";
export type {
  DeadlinePendingExposure,
  Exposure,
  ExposureStatus,
  LiableExposure,
  ProtectedExposure,
  ToleratedExposure,
} from "../exposure/exposure.js";
export type { Phase } from "../exposure/phases.js";
export type { Deadline } from "../exposure/deadlines.js";
export type { Assessment } from "../assess/assess.js";
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
} from "../risk/vocabulary.js";
export type { ProfileCriteria, RiskFramework, RiskProfile } from "../risk/risk-profile.js";
export { HARM_LABELS, type HarmReport, type HarmType } from "../risk/harm.js";
export type { SpecificNeedsCategory, SpecificNeedsCode } from "../risk/specific-needs-code.js";
export type { CrosswalkCondition, CrosswalkRule } from "../risk/crosswalk.js";
export {
  SCREENING_DISCLAIMER,
  type HarmSummary,
  type RiskMatch,
  type RiskScreening,
  type SpecificNeed,
} from "../risk/screen-risk.js";
export type { Figure, FigureMeasure, FigureQualifier } from "../figures/figure.js";
