import type { Confidence } from "../sources/confidence.js";

/**
 * The kinds of harm reported for Afghans returned (or at risk in Afghanistan).
 *
 * @example
 * ```ts
 * const h: HarmType = "torture_and_ill_treatment";
 * ```
 */
export type HarmType =
  | "torture_and_ill_treatment"
  | "extrajudicial_killing"
  | "enforced_disappearance"
  | "arbitrary_arrest_and_detention"
  | "persecution_on_the_basis_of_gender"
  | "threats_to_personal_security"
  | "forced_into_hiding"
  | "persecution";

/**
 * A harm as one source reports it: its wording, the groups named, the profiles those groups
 * correspond to, and who reported it when.
 *
 * @example
 * ```ts
 * const r = harmReports.find((h) => h.id === "ohchr-2025-gender")!;
 * r.harm; //=> "persecution_on_the_basis_of_gender"
 * ```
 */
export interface HarmReport {
  /** Stable identifier. */
  id: string;
  /** The kind of harm. */
  harm: HarmType;
  /** The wording of the source. */
  wording: string;
  /** Whom it concerns: people returned, or people in Afghanistan generally. */
  population: "returnees" | "in_afghanistan";
  /** The groups as the source names them. */
  groups: string;
  /** Whether the source speaks of all people returned, not of particular groups. */
  allReturnees?: boolean;
  /** The risk profiles the named groups correspond to (our reading). */
  profiles: string[];
  /** Who reported it (not who published the page). */
  reportedBy: string;
  /** When it was reported: `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of this report. */
  confidence: Confidence;
  /** Caveats. */
  note?: string;
}

/**
 * Readable names of the {@link HarmType}s.
 *
 * @example
 * ```ts
 * HARM_LABELS.enforced_disappearance; //=> "Enforced disappearance"
 * ```
 */
export const HARM_LABELS: Readonly<Record<HarmType, string>> = /* @__PURE__ */ Object.freeze({
  torture_and_ill_treatment: "Torture and ill-treatment",
  extrajudicial_killing: "Extrajudicial killing",
  enforced_disappearance: "Enforced disappearance",
  arbitrary_arrest_and_detention: "Arbitrary arrest and detention",
  persecution_on_the_basis_of_gender: "Persecution on the basis of gender",
  threats_to_personal_security: "Threats to personal security",
  forced_into_hiding: "Forced into hiding",
  persecution: "Persecution",
});
