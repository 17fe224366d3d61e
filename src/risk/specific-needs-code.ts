import type { Confidence } from "../sources/confidence.js";

/**
 * A category of UNHCR's standardized specific-needs codes (11 categories: CR, SC, WR, ER, SP,
 * DS, SM, FU, LP, TR, SV).
 *
 * @example
 * ```ts
 * specificNeedsCategories.find((c) => c.code === "LP")?.label;
 * //=> "Specific legal and physical protection needs"
 * ```
 */
export interface SpecificNeedsCategory {
  /** The two-letter category code. */
  code: string;
  /** The category's name. */
  label: string;
  /** The category's name in proGres v4, where it was read. */
  progresLabel?: string;
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of the label. */
  confidence: Confidence;
  /** Caveats. */
  note?: string;
}

/**
 * A UNHCR standardized specific-needs code (as used in proGres and Primero).
 *
 * @example
 * ```ts
 * specificNeedsCodes.find((c) => c.code === "LP-RR");
 * //=> { code: "LP-RR", label: "At risk of refoulement", category: "LP", status: "standard", ... }
 * ```
 */
export interface SpecificNeedsCode {
  /** The code, e.g. `"LP-RR"`. */
  code: string;
  /** Its label as in proGres v4 (typos kept, e.g. "No acces to services"). */
  label: string;
  /** Its category code. */
  category: string;
  /**
   * `standard`: one of the 71 sub-codes of UNHCR's 2009 guidance as implemented in proGres v4;
   * `single_source`: a newer disability code read in one source only.
   */
  status: "standard" | "single_source";
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of the code and its label. */
  confidence: Confidence;
  /** Caveats. */
  note?: string;
}
