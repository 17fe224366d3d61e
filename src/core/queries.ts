// The core entry's queries: the engine with no bundled data, so every query names its dataset
// (and `assess` and `screenRisk` their risk data). The same functions as the main entry's.
import { assessIn, type AssessOptions, type Assessment } from "../assess/assess.js";
import type { Dataset } from "../dataset/dataset.js";
import type { IsoDate } from "../dates/index.js";
import type { HeldDocument } from "../documents/document-type.js";
import { documentValidityIn, type QueryOptions } from "../documents/document-validity.js";
import type { ValidityResult } from "../documents/validity-result.js";
import { deadlinesIn, type Deadline, type DeadlinesOptions } from "../exposure/deadlines.js";
import { exposureIn, type Exposure } from "../exposure/exposure.js";
import type { Person } from "../exposure/person.js";
import { listPhasesIn, type Phase } from "../exposure/phases.js";
import type { RiskData } from "../risk/risk-data.js";
import { screenRiskIn, type RiskScreening } from "../risk/screen-risk.js";
import type { RiskProfileInput } from "../risk/vocabulary.js";
import { validitySpansIn, type ValiditySpan } from "../timeline/validity-spans.js";

const NO_DEFAULTS = /* @__PURE__ */ Object.freeze({ dataset: undefined, riskData: undefined });

/**
 * Options of a query of the core entry: `on`, `knownAt`, and the dataset, which is required.
 *
 * @example
 * ```ts
 * import { createDataset } from "afghan-refugees/core";
 * import { pakistanInput } from "afghan-refugees/data";
 * const options: CoreQueryOptions = { on: "2025-01-15", dataset: createDataset(pakistanInput) };
 * ```
 */
export interface CoreQueryOptions extends Omit<QueryOptions, "dataset" | "timeline"> {
  /** The dataset to consult. */
  dataset: Dataset;
}

/**
 * Options of {@link assess} in the core entry: a dataset and risk data are required.
 *
 * @example
 * ```ts
 * const options: CoreAssessOptions = { on: "2025-09-02", dataset, riskData };
 * ```
 */
export interface CoreAssessOptions extends Omit<
  AssessOptions,
  "dataset" | "timeline" | "riskData"
> {
  /** The dataset to consult. */
  dataset: Dataset;
  /** The risk data to screen against. */
  riskData: RiskData;
}

/**
 * Options of {@link validitySpans} and {@link listPhases} in the core entry.
 *
 * @example
 * ```ts
 * const options: CoreDatasetOptions = { dataset, knownAt: "2025-08-01" };
 * ```
 */
export interface CoreDatasetOptions {
  /** Use only records announced on or before this day (default: all). */
  knownAt?: IsoDate | Date;
  /** The dataset to read. */
  dataset: Dataset;
}

/**
 * Options of {@link deadlines} in the core entry.
 *
 * @example
 * ```ts
 * const options: CoreDeadlinesOptions = { from: "2025-01-01", to: "2025-12-31", dataset };
 * ```
 */
export interface CoreDeadlinesOptions extends Omit<DeadlinesOptions, "dataset" | "timeline"> {
  /** The dataset to read. */
  dataset: Dataset;
}

/**
 * Whether a document is legally valid on a day in a dataset: the core entry's
 * `documentValidity`, the same as the main entry's with `dataset` required.
 *
 * @param doc - A document type of the dataset, or a held document `{ type, validThrough? }`.
 * @param options - `on` (required), `knownAt`, `dataset` (required).
 * @returns `{ status, validThrough, daysRemaining, basis, confidence, summary, reviewedThrough, beyondReview }`.
 * @throws {@link InvalidInputError} without a dataset, or for a document type it does not know;
 *   {@link InvalidDateError} for a bad day.
 *
 * @example
 * ```ts
 * import { createDataset, documentValidity } from "afghan-refugees/core";
 * import { pakistanInput } from "afghan-refugees/data"; // or your own JSON
 * const dataset = createDataset(pakistanInput);
 * documentValidity("por_card", { on: "2025-01-15", dataset }).status; //=> "valid"
 * ```
 */
export function documentValidity(
  doc: string | HeldDocument,
  options: CoreQueryOptions,
): ValidityResult {
  return documentValidityIn(undefined, doc, options);
}

/**
 * The validity spans of a document type in a dataset, as known on a day: the core entry's
 * `validitySpans`, with `dataset` required.
 *
 * @param type - A document type whose validity the dataset's records decide.
 * @param options - `knownAt`, `dataset` (required).
 * @returns The spans, covering every day.
 * @throws {@link InvalidInputError} without a dataset, or for another document type.
 *
 * @example
 * ```ts
 * validitySpans("por_card", { dataset }).some((s) => s.retroactive); //=> true
 * ```
 */
export function validitySpans(type: string, options: CoreDatasetOptions): readonly ValiditySpan[] {
  return validitySpansIn(undefined, type, options);
}

/**
 * What the state may do to a person on a day, in a dataset: the core entry's `exposure`, with
 * `dataset` required.
 *
 * @param person - `{ documents, location?, groups? }`.
 * @param options - `on` (required), `knownAt`, `dataset` (required).
 * @returns The {@link Exposure}.
 * @throws {@link InvalidInputError} without a dataset, or for a person of the wrong shape.
 *
 * @example
 * ```ts
 * exposure({ documents: [] }, { on: "2023-10-15", dataset }).status; //=> "deadline_pending"
 * ```
 */
export function exposure(person: Person, options: CoreQueryOptions): Exposure {
  return exposureIn(undefined, person, options);
}

/**
 * Everything about one person on one day, in a dataset and against risk data: the core entry's
 * `assess`, with `dataset` and `riskData` required.
 *
 * @param person - `{ documents, location?, groups?, profile? }`.
 * @param options - `on` (required), `knownAt`, `dataset` and `riskData` (required).
 * @returns The {@link Assessment}.
 * @throws {@link InvalidInputError} without a dataset or risk data, or for a person of the
 *   wrong shape.
 *
 * @example
 * ```ts
 * import { createRiskData } from "afghan-refugees/core";
 * import { riskInput } from "afghan-refugees/data";
 * const riskData = createRiskData(riskInput);
 * assess({ documents: [] }, { on: "2025-09-02", dataset, riskData }).exposure.status;
 * //=> "liable"
 * ```
 */
export function assess(person: Person, options: CoreAssessOptions): Assessment {
  return assessIn(NO_DEFAULTS, person, options);
}

/**
 * The phases of a dataset, as known on a day: the core entry's `listPhases`, with `dataset`
 * required.
 *
 * @param options - `knownAt`, `dataset` (required).
 * @returns One {@link Phase} per phase id, in order of announcement.
 * @throws {@link InvalidInputError} without a dataset.
 *
 * @example
 * ```ts
 * listPhases({ dataset }).map((p) => p.id); //=> ["ifrp-1", "ifrp-2", "ifrp-3"]
 * ```
 */
export function listPhases(options: CoreDatasetOptions): readonly Phase[] {
  return listPhasesIn(undefined, options);
}

/**
 * The departure deadlines and enforcement starts of a dataset in a range of days: the core
 * entry's `deadlines`, with `dataset` required.
 *
 * @param options - `from`, `to` (inclusive), `knownAt`, `dataset` (required).
 * @returns The events, by day.
 * @throws {@link InvalidInputError} without a dataset, `from` or `to`.
 *
 * @example
 * ```ts
 * deadlines({ from: "2023-10-01", to: "2023-11-30", dataset }).map((d) => d.day);
 * //=> ["2023-10-31", "2023-11-01"]
 * ```
 */
export function deadlines(options: CoreDeadlinesOptions): readonly Deadline[] {
  return deadlinesIn(undefined, options);
}

/**
 * Screens declared attributes against the published risk profiles of risk data: the core
 * entry's `screenRisk`, with `riskData` required.
 *
 * @param profile - `{ sex?, age?, roles?, ethnicity?, religion?, circumstances? }`.
 * @param options - `riskData` (required).
 * @returns `{ matches, harms, specificNeeds, disclaimer }`.
 * @throws {@link InvalidInputError} without risk data, or for a value outside the vocabularies.
 *
 * @example
 * ```ts
 * screenRisk({ roles: ["journalist"] }, { riskData }).specificNeeds.map((n) => n.code);
 * //=> ["LP-RP"]
 * ```
 */
export function screenRisk(
  profile: RiskProfileInput,
  options: { riskData: RiskData },
): RiskScreening {
  return screenRiskIn(undefined, profile, options);
}
