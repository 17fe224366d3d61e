import type { Confidence } from "../sources/confidence.js";

/**
 * What a {@link Figure} counts:
 * `por_holders`, `acc_holders`, `umrf_certificate_holders` (holders of each document),
 * `undocumented_afghans`, `afghans_in_pakistan` (all statuses), `returns` (people returned to
 * Afghanistan, forced or not), `deportations`, `arrests` (arrests and detentions),
 * `people_in_need` (of humanitarian assistance in Afghanistan), `resettlement_pipeline` (people
 * in Pakistan awaiting resettlement to a third country); for Iran, `amayesh_holders`,
 * `headcount_slip_holders` (2022 headcount slips), `passport_visa_holders` and
 * `afghans_in_iran` (all statuses).
 *
 * @example
 * ```ts
 * const m: FigureMeasure = "returns";
 * ```
 */
export type FigureMeasure =
  | "por_holders"
  | "acc_holders"
  | "umrf_certificate_holders"
  | "undocumented_afghans"
  | "afghans_in_pakistan"
  | "returns"
  | "deportations"
  | "arrests"
  | "people_in_need"
  | "resettlement_pipeline"
  | "amayesh_holders"
  | "headcount_slip_holders"
  | "afghans_in_iran"
  | "passport_visa_holders";

/**
 * How a figure was stated: `exact`, `about`, `over`, `nearly`, or `at_least`.
 *
 * @example
 * ```ts
 * const q: FigureQualifier = "over"; // "over 1.3 million"
 * ```
 */
export type FigureQualifier = "exact" | "about" | "over" | "nearly" | "at_least";

/**
 * A cited number: how many people, counted how, as of when, by whom. Where sources disagree,
 * each value is its own figure with its own source; none is the "true" one.
 *
 * @example
 * ```ts
 * const f: Figure = {
 *   id: "por-holders-2024-07-unhcr",
 *   measure: "por_holders",
 *   value: 1300000,
 *   qualifier: "over",
 *   asOf: "2024-07-09",
 *   area: "Pakistan",
 *   counts: "Afghan refugees holding a PoR card",
 *   reportedBy: "UNHCR",
 *   sources: ["arabnews-2024-07-10"],
 *   confidence: "high",
 * };
 * ```
 */
export interface Figure {
  /** Stable identifier. */
  id: string;
  /** What is counted. */
  measure: FigureMeasure;
  /** The number of people. */
  value: number;
  /** How the number was stated. */
  qualifier: FigureQualifier;
  /** The day (or month `YYYY-MM`, or year `YYYY`) the figure is as of. */
  asOf: string;
  /** For cumulative counts, the day (or month, or year) counting starts. */
  since?: string;
  /** Where: `"Pakistan"`, `"Afghanistan"`, or a province. */
  area: string;
  /** Exactly what the figure counts, in a sentence. */
  counts: string;
  /** Who produced the number (not who published the page). */
  reportedBy: string;
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of this figure. */
  confidence: Confidence;
  /** Disagreements and caveats. */
  note?: string;
}
