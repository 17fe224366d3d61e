import type { IsoDate } from "../dates/index.js";
import type { Confidence } from "../sources/confidence.js";
import type { ValidityRecord } from "../timeline/record.js";
import type { ReviewState } from "../timeline/review.js";

/**
 * Whether a document is legally valid on a day:
 * `valid`; `expired` (a valid span ended before the day and nothing known extends it, or a
 * record declares it invalid); `not_issued` (before the document type existed); `no_document`
 * (for `"none"`); `unknown` (the documents existed but no validity is published or sources
 * disagree, or a document whose validity Pakistan does not assess).
 *
 * @example
 * ```ts
 * documentValidity("por_card", { on: "2025-09-02" }).status; //=> "expired"
 * ```
 */
export type ValidityStatus = "valid" | "expired" | "not_issued" | "no_document" | "unknown";

/**
 * The answer of {@link documentValidity}.
 *
 * @example
 * ```ts
 * const r: ValidityResult = documentValidity("por_card", { on: "2023-09-15" });
 * r.status; //=> "valid"
 * r.validThrough; //=> "2023-12-31"
 * r.reviewedThrough; //=> "2026-03-15"
 * r.beyondReview; //=> false
 * ```
 */
export interface ValidityResult extends ReviewState {
  /** Whether the document is valid on the day. */
  status: ValidityStatus;
  /**
   * When valid: the last day of the run of days from `on` governed by the same record (`null`
   * when that record is open-ended). When expired: the last valid day before `on` (`null` if the
   * document was never valid). Otherwise `null`.
   */
  validThrough: IsoDate | null;
  /** Whole days from `on` to `validThrough` (0 on the last valid day); `null` unless valid. */
  daysRemaining: number | null;
  /** The records the answer rests on, with their sources. */
  basis: readonly ValidityRecord[];
  /**
   * The weakest confidence among `basis` (or of the document type's description, if empty);
   * at most `"medium"` when {@link ReviewState.beyondReview}, and `"low"` when the answer lacks
   * input it needs (a visa without its end day).
   */
  confidence: Confidence;
  /** One line for people: names the decision and days, never a personal value. */
  summary: string;
}
