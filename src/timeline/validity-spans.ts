import { formatDay, parseDay, type IsoDate } from "../dates/index.js";
import type { Dataset } from "../dataset/dataset.js";
import { documentInfo, queryDays } from "../documents/document-validity.js";
import type { ValidityStatus } from "../documents/validity-result.js";
import { InvalidInputError } from "../errors.js";
import { checkOptions } from "../keys.js";
import type { Confidence } from "../sources/confidence.js";
import { NEG_INF, POS_INF, tableAt } from "./compile.js";
import type { ValidityRecord } from "./record.js";
import type { Timeline } from "./timeline.js";

const SPANS_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["knownAt", "dataset", "timeline"]);

/**
 * A run of days with one answer, for a timeline chart or a table.
 *
 * @example
 * ```ts
 * const span: ValiditySpan = validitySpans("por_card")[1];
 * span.status; //=> "valid"
 * ```
 */
export interface ValiditySpan {
  /** First day; `null` for the span that starts before every record. */
  readonly from: IsoDate | null;
  /** Last day; `null` when open-ended. */
  readonly through: IsoDate | null;
  /** The answer of {@link documentValidity} on these days. */
  readonly status: ValidityStatus;
  /** The record that governs the span (`null` in a gap and before the document existed). */
  readonly record: ValidityRecord | null;
  /**
   * Whether the governing decision (a `valid` or `invalid` record) was announced after the span's
   * first day: a retroactive decision.
   */
  readonly retroactive: boolean;
  /** Days from the span's first day to the announcement, when retroactive; otherwise `null`. */
  readonly daysLate: number | null;
  /** The weakest confidence of the records the answer rests on. */
  readonly confidence: Confidence;
}

/**
 * Options of {@link validitySpans}.
 *
 * @example
 * ```ts
 * const options: SpansOptions = { knownAt: "2023-09-15" };
 * ```
 */
export interface SpansOptions {
  /** Use only decisions announced on or before this day (default: all). */
  knownAt?: IsoDate | Date;
  /** The dataset to consult (in the main entry, default {@link pakistan}). */
  dataset?: Dataset;
  /**
   * The timeline to consult.
   *
   * @deprecated Use `dataset` (a timeline is a dataset now).
   */
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated option's type
  timeline?: Timeline;
}

/**
 * {@link validitySpans} with the entry point's default dataset (`undefined`: none).
 * @internal
 */
export function validitySpansIn(
  fallback: Dataset | undefined,
  type: string,
  options?: SpansOptions,
): readonly ValiditySpan[] {
  const given = checkOptions(options, SPANS_KEYS, true);
  const { knownAt, compiled: all } = queryDays({ ...given, on: "1970-01-01" }, fallback);
  const info = documentInfo(type, "type", all.vocabulary);
  if (info.validityRule !== "timeline") {
    const decided = all.dataset.documentTypes
      .filter((d) => d.validityRule === "timeline")
      .map((d) => d.id)
      .join(", ");
    throw new InvalidInputError(
      `type: expected a document type whose validity is decided by the dataset's records (${decided})`,
    );
  }
  const compiled = all.validity.get(info.id);
  if (compiled === undefined) throw new InvalidInputError("dataset: not compiled");
  const spans = tableAt(compiled, knownAt).segments.map((segment): ValiditySpan => {
    const announced = segment.record === null ? undefined : parseDay(segment.record.announced);
    const late = announced === undefined ? 0 : announced - segment.start;
    // Only decisions are retroactive; an `unknown` record documents a gap, it decides nothing.
    const decided = segment.record !== null && segment.record.status !== "unknown";
    const retroactive = decided && segment.start !== NEG_INF && late > 0;
    return Object.freeze({
      from: segment.start === NEG_INF ? null : formatDay(segment.start),
      through: segment.end === POS_INF ? null : formatDay(segment.end),
      status: segment.status,
      record: segment.record,
      retroactive,
      daysLate: retroactive ? late : null,
      confidence: segment.confidence,
    });
  });
  return Object.freeze(spans);
}
