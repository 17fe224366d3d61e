import { formatDay, parseDay, type IsoDate } from "../dates/index.js";
import type { DocumentType } from "../documents/document-type.js";
import { documentInfo, queryDays } from "../documents/document-validity.js";
import { checkOptions } from "../keys.js";

const SPANS_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["knownAt", "timeline"]);
import type { ValidityStatus } from "../documents/validity-result.js";
import type { Confidence } from "../sources/confidence.js";
import { InvalidInputError } from "../errors.js";
import { NEG_INF, POS_INF, tableAt } from "./compile.js";
import type { ValidityRecord } from "./record.js";
import { compiledOf, type Timeline } from "./timeline.js";

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
  from: IsoDate | null;
  /** Last day; `null` when open-ended. */
  through: IsoDate | null;
  /** The answer of {@link documentValidity} on these days. */
  status: ValidityStatus;
  /** The record that governs the span (`null` in a gap and before the document existed). */
  record: ValidityRecord | null;
  /**
   * Whether the governing decision (a `valid` or `invalid` record) was announced after the span's
   * first day: a retroactive decision.
   */
  retroactive: boolean;
  /** Days from the span's first day to the announcement, when retroactive; otherwise `null`. */
  daysLate: number | null;
  /** The weakest confidence of the records the answer rests on. */
  confidence: Confidence;
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
  /** The timeline to consult (default {@link defaultTimeline}). */
  timeline?: Timeline;
}

/**
 * The validity spans of a document type as known on a day: every run of days with one answer,
 * in order, with its governing decision. Gaps (lapses no decision covers) appear as `expired`
 * spans without a record; retroactive decisions are flagged. Retroactivity and gaps are derived
 * from the records, not stored.
 *
 * @param type - A document type whose validity is decided by the timeline (`por_card`,
 *   `afghan_citizen_card`, `umrf_certificate`).
 * @param options - `knownAt`, `timeline`.
 * @returns The spans, covering every day from the distant past to the open future.
 * @throws {@link InvalidInputError} for another document type.
 *
 * @example
 * ```ts
 * validitySpans("por_card")
 *   .filter((s) => s.retroactive)
 *   .map((s) => `${s.from} ${s.record?.id} (${s.daysLate} days late)`);
 * //=> [..., "2023-07-01 por-2023-11-08 (130 days late)", ...]
 * ```
 */
export function validitySpans(type: DocumentType, options?: SpansOptions): ValiditySpan[] {
  const info = documentInfo(type, "type");
  if (info.validityRule !== "timeline") {
    throw new InvalidInputError(
      "type: expected a document type whose validity is decided by the timeline (por_card, afghan_citizen_card, umrf_certificate)",
    );
  }
  const given = checkOptions(options, SPANS_KEYS, true);
  const { knownAt, timeline } = queryDays({ ...given, on: "1970-01-01" });
  const compiled = compiledOf(timeline).validity.get(info.id);
  if (compiled === undefined) throw new InvalidInputError("timeline: not compiled");
  return tableAt(compiled, knownAt).segments.map((segment) => {
    const announced = segment.record === null ? undefined : parseDay(segment.record.announced);
    const late = announced === undefined ? 0 : announced - segment.start;
    // Only decisions are retroactive; an `unknown` record documents a gap, it decides nothing.
    const decided = segment.record !== null && segment.record.status !== "unknown";
    const retroactive = decided && segment.start !== NEG_INF && late > 0;
    return {
      from: segment.start === NEG_INF ? null : formatDay(segment.start),
      through: segment.end === POS_INF ? null : formatDay(segment.end),
      status: segment.status,
      record: segment.record,
      retroactive,
      daysLate: retroactive ? late : null,
      confidence: segment.confidence,
    };
  });
}
