// The bundled dataset, read from the JSON files in data/ (the single place that holds facts).
// The JSON is typed here; its shape is checked by the tests against the zod schemas, and the
// records are validated again by createTimeline when the default timeline is built.
import datasetMeta from "../../data/dataset.json" with { type: "json" };
import documentsData from "../../data/documents.json" with { type: "json" };
import figuresData from "../../data/figures.json" with { type: "json" };
import crosswalkData from "../../data/risk/crosswalk.json" with { type: "json" };
import harmsData from "../../data/risk/harms.json" with { type: "json" };
import legalBasisData from "../../data/risk/legal-basis.json" with { type: "json" };
import profilesData from "../../data/risk/profiles.json" with { type: "json" };
import specificNeedsData from "../../data/risk/specific-needs-codes.json" with { type: "json" };
import sourcesData from "../../data/sources.json" with { type: "json" };
import directiveRecords from "../../data/exposure/directives.json" with { type: "json" };
import phaseRecords from "../../data/exposure/phases.json" with { type: "json" };
import accRecords from "../../data/validity/afghan-citizen-card.json" with { type: "json" };
import porRecords from "../../data/validity/por-card.json" with { type: "json" };
import umrfRecords from "../../data/validity/umrf-certificate.json" with { type: "json" };
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { Figure } from "../figures/figure.js";
import type { CrosswalkRule } from "../risk/crosswalk.js";
import type { HarmReport } from "../risk/harm.js";
import type { LegalProvision } from "../risk/legal-basis.js";
import type { RiskProfile } from "../risk/risk-profile.js";
import type { SpecificNeedsCategory, SpecificNeedsCode } from "../risk/specific-needs-code.js";
import type { Source } from "../sources/source.js";
import type { TimelineRecord } from "../timeline/record.js";

/** @internal */
export const bundledMeta: {
  version: string;
  released: string;
  reviewedThrough: string;
  reviewNote: string;
  schemaVersion: number;
} = datasetMeta;
/** @internal */
export const bundledSources = sourcesData as Source[];
/** @internal */
export const bundledDocumentTypes = documentsData as DocumentTypeInfo[];
/** @internal */
export const bundledFigures = figuresData as Figure[];
/** @internal */
export const bundledRecords = [
  ...porRecords,
  ...accRecords,
  ...umrfRecords,
  ...phaseRecords,
  ...directiveRecords,
] as TimelineRecord[];
/** @internal */
export const bundledRiskProfiles = profilesData as RiskProfile[];
/** @internal */
export const bundledHarms = harmsData as HarmReport[];
/** @internal */
export const bundledSpecificNeeds = specificNeedsData as {
  categories: SpecificNeedsCategory[];
  codes: SpecificNeedsCode[];
};
/** @internal */
export const bundledCrosswalk = crosswalkData as CrosswalkRule[];
/** @internal */
export const bundledLegalBasis = legalBasisData as LegalProvision[];
