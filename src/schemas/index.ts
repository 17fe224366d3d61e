/**
 * zod 4 schemas for the records this library reads and writes (entry `afghan-refugees/schemas`).
 * zod is a peer dependency: bring your own zod 4. The schemas implement Standard Schema, so any
 * library that accepts Standard Schema validators accepts them.
 *
 * @packageDocumentation
 */
export { IsoDateSchema } from "./day.js";
export {
  ConfidenceSchema,
  DirectiveRecordSchema,
  ExposureTargetSchema,
  PersonGroupSchema,
  PhaseRecordSchema,
  ProvinceSchema,
  ScopeSchema,
  SettlementRefSchema,
  TimelineRecordSchema,
  DocumentTypeInfoSchema,
  DocumentTypeSchema,
  FigureSchema,
  HeldDocumentSchema,
  IdSchema,
  PartialDateSchema,
  SourceSchema,
  ValidityRecordSchema,
} from "./records.js";
export {
  DatasetMetaSchema,
  ExposureTargetInfoSchema,
  GroupInfoSchema,
  SubdivisionSchema,
  WordingSchema,
} from "./dataset.js";
export {
  CrosswalkRuleSchema,
  HarmReportSchema,
  LegalProvisionSchema,
  RiskProfileInputSchema,
  RiskProfileSchema,
  SpecificNeedsCategorySchema,
  SpecificNeedsCodeSchema,
} from "./risk.js";
export {
  LocationSchema,
  PersonRecordSchema,
  ReturnFlowRowSchema,
  ReturnTypeSchema,
} from "./person.js";
export {
  AssessmentSchema,
  ExposureSchema,
  RiskScreeningSchema,
  ValidityResultSchema,
} from "./results.js";
export { JSON_SCHEMA_NAMES, toJsonSchema } from "./json-schema.js";
