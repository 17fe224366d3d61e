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

/** The fields of every validity answer. */
interface ValidityAnswer extends ReviewState {
  /** Whether the document is valid on the day. */
  readonly status: ValidityStatus;
  /** The records the answer rests on, with their sources. */
  readonly basis: readonly ValidityRecord[];
  /**
   * The weakest confidence among `basis` (or of the document type's description, if empty);
   * at most `"medium"` when {@link ReviewState.beyondReview}, and `"low"` when the answer lacks
   * input it needs (a visa without its end day).
   */
  readonly confidence: Confidence;
  /** One line for people: names the decision and days, never a personal value. */
  readonly summary: string;
}

/**
 * A `valid` answer of {@link documentValidity}: valid on the day, through `validThrough`.
 *
 * @example
 * ```ts
 * const r = documentValidity("por_card", { on: "2025-06-10" });
 * if (r.status === "valid") r.daysRemaining; //=> 20
 * ```
 */
export interface ValidResult extends ValidityAnswer {
  readonly status: "valid";
  /**
   * The last day of the run of days from `on` governed by the same record (for a visa, the
   * holder's own end day). A valid span always has a last day: a record that says `valid` gives
   * one.
   */
  readonly validThrough: IsoDate;
  /** Whole days from `on` to `validThrough` (0 on the last valid day). */
  readonly daysRemaining: number;
}

/**
 * An `expired` answer of {@link documentValidity}.
 *
 * @example
 * ```ts
 * const r = documentValidity("por_card", { on: "2025-09-02" });
 * if (r.status === "expired") r.validThrough; //=> "2025-06-30"
 * ```
 */
export interface ExpiredResult extends ValidityAnswer {
  readonly status: "expired";
  /** The last valid day before `on` (`null` if the document was never valid). */
  readonly validThrough: IsoDate | null;
  readonly daysRemaining: null;
}

/**
 * An answer of {@link documentValidity} that is neither valid nor expired: `not_issued`,
 * `no_document` or `unknown`.
 *
 * @example
 * ```ts
 * documentValidity("tazkira", { on: "2025-09-02" }).status; //=> "unknown"
 * ```
 */
export interface UndecidedResult extends ValidityAnswer {
  readonly status: "not_issued" | "no_document" | "unknown";
  readonly validThrough: null;
  readonly daysRemaining: null;
}

/**
 * The answer of {@link documentValidity}: a union on `status`, so that after
 * `r.status === "valid"` the days remaining are a number. Answers are deeply frozen, always.
 *
 * @example
 * ```ts
 * const r: ValidityResult = documentValidity("por_card", { on: "2023-09-15" });
 * r.status; //=> "valid"
 * r.validThrough; //=> "2023-12-31"
 * r.reviewedThrough; //=> "2026-03-15"
 * r.beyondReview; //=> false
 * Object.isFrozen(r); //=> true
 * ```
 */
export type ValidityResult = ValidResult | ExpiredResult | UndecidedResult;
