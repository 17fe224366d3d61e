import type { ExposureStatus } from "../exposure/exposure.js";
import type { Circumstance, Role, Sex } from "./vocabulary.js";

/**
 * When a specific-needs code applies: **all** the listed conditions must hold (and within a
 * list, any one value).
 *
 * @example
 * ```ts
 * const when: CrosswalkCondition = { sex: ["female"], adult: true };
 * ```
 */
export interface CrosswalkCondition {
  /** At least one risk profile matches, other than these. */
  anyProfileExcept?: string[];
  /** The exposure status is one of these (only known to `assess`). */
  exposure?: ExposureStatus[];
  /** No held document is valid and recognised on the day (only known to `assess`). */
  noValidDocument?: boolean;
  /** The person declares one of these roles. */
  roles?: Role[];
  /** The person declares one of these circumstances. */
  circumstances?: Circumstance[];
  /** The person's sex is one of these. */
  sex?: Sex[];
  /** The person is an adult: 18 or over, or no age given. */
  adult?: boolean;
}

/**
 * One rule of the crosswalk from screening results to UNHCR specific-needs codes. The crosswalk
 * is this project's own analysis, not UNHCR's: every code it yields is marked `derived`, with
 * its rationale.
 *
 * @example
 * ```ts
 * specificNeedsCrosswalk.find((r) => r.code === "LP-RR")?.when;
 * //=> { anyProfileExcept: ["euaa-2024-3-20"], exposure: ["deadline_pending", "liable"] }
 * ```
 */
export interface CrosswalkRule {
  /** The specific-needs code. */
  code: string;
  /** When it applies. */
  when: CrosswalkCondition;
  /** Why, in a sentence. */
  rationale: string;
  /** Sources that support the rationale, where there are any. */
  sources?: string[];
}
