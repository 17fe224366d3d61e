// The legal basis of non-refoulement and removal, with Pakistan's relation to each provision:
// part of the bundled dataset, not of the engine.
import type { IsoDate } from "../dates/index.js";
import { deepFreeze } from "../freeze.js";
import { pakistanLegalBasis } from "../generated/pakistan.js";
import type { Confidence } from "../sources/confidence.js";

/**
 * A legal provision behind non-refoulement or removal, with Pakistan's relation to it.
 *
 * @example
 * ```ts
 * legalBasis.find((l) => l.id === "convention-against-torture-art-3")?.pakistan; //=> "party"
 * ```
 */
export interface LegalProvision {
  /** Stable identifier. */
  id: string;
  /** The instrument. */
  instrument: string;
  /** The provision. */
  provision: string;
  /** Its text (or a summary, as the note says). */
  text: string;
  /** Pakistan's relation to it: `party`, `not_party`, or `domestic_law`. */
  pakistan: "party" | "not_party" | "domestic_law";
  /** That relation in a sentence. */
  pakistanDetail: string;
  /** When Pakistan signed, if known. */
  signed?: IsoDate;
  /** When Pakistan ratified, if known. */
  ratified?: IsoDate;
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of this entry. */
  confidence: Confidence;
  /** Caveats. */
  note?: string;
}

/**
 * The legal basis that the docs and results cite: non-refoulement in the 1951 Refugee
 * Convention (art. 33; Pakistan is not a party) and the Convention against Torture (art. 3;
 * ratified by Pakistan in 2010), and the Foreigners Act 1946 under which removals happen.
 *
 * @example
 * ```ts
 * legalBasis.map((l) => `${l.provision}: ${l.pakistan}`);
 * //=> ["Article 33(1): not_party", "Article 3(1): party", "Sections 3 and 14: domestic_law"]
 * ```
 */
export const legalBasis: readonly LegalProvision[] = /* @__PURE__ */ (() =>
  deepFreeze(structuredClone(pakistanLegalBasis)))();
