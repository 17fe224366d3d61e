// How far a timeline's sources were read, and what that does to an answer about a later day:
// every answer says `reviewedThrough` and `beyondReview`; an answer beyond review is never more
// than medium confidence, and its summary says that later decisions are not known.
import { formatDay, type DayNumber, type IsoDate } from "../dates/index.js";
import type { Confidence } from "../sources/confidence.js";

/**
 * The fields every answer carries about the data it comes from: which host country's dataset,
 * and how current it is.
 *
 * @example
 * ```ts
 * const r: ReviewState = documentValidity("por_card", { on: "2099-01-01" });
 * r.host; //=> "PK"
 * r.beyondReview; //=> true
 * ```
 */
export interface ReviewState {
  /** The host country of the dataset that answered (ISO 3166-1 alpha-2, such as `"PK"`). */
  readonly host: string;
  /**
   * The last day up to which the timeline's sources were read for decisions (`null` when the
   * timeline does not say). Decisions announced after it are not known to the timeline.
   */
  readonly reviewedThrough: IsoDate | null;
  /**
   * Whether `on` or `knownAt` is after {@link ReviewState.reviewedThrough} (always, when that is
   * `null`): a decision this timeline does not know may then change the answer, so its
   * confidence is at most `"medium"` and its summary says so.
   */
  readonly beyondReview: boolean;
}

/** A timeline's review day, parsed once. @internal */
export interface Review {
  /** The dataset's host country. */
  host: string;
  day: DayNumber | null;
  text: IsoDate | null;
  /** The sentence added to the summary of an answer beyond review. */
  note: string;
}

/** The review of a timeline whose sources were read through `day` (or that does not say). @internal */
export function makeReview(day: DayNumber | null, host: string): Review {
  const text = day === null ? null : formatDay(day);
  return {
    host,
    day,
    text,
    note:
      text === null
        ? "This timeline does not say how far its sources were read: a decision it lacks may change this answer."
        : `Beyond review: this dataset's sources were read through ${text}, and decisions after that day are not known to it.`,
  };
}

/** Whether an answer about `on`, as known at `knownAt`, is beyond the review. @internal */
export function isBeyondReview(review: Review, on: DayNumber, knownAt: DayNumber | undefined) {
  const day = review.day;
  return day === null || on > day || (knownAt !== undefined && knownAt > day);
}

/** A confidence as it stands beyond review: at most `medium`. @internal */
export function capConfidence(confidence: Confidence): Confidence {
  return confidence === "high" ? "medium" : confidence;
}
