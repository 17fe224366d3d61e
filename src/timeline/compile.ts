// Compiles validity records into integer-day tables, once per document type and knowledge epoch,
// so that answering "is this document valid on day D, as known on day K?" costs two binary
// searches. Semantics (docs/timeline.md): the record that governs a day is the latest-announced
// known record whose span includes it; known means announced on or before K.
import { formatDay, parseDay, type DayNumber, type IsoDate } from "../dates/index.js";
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type {
  ExpiredResult,
  UndecidedResult,
  ValidityResult,
  ValidityStatus,
} from "../documents/validity-result.js";
import { InvalidInputError } from "../errors.js";
import { weakestConfidence } from "../sources/confidence.js";
import { floorIndex, governedRuns, POS_INF, type RankedSpan } from "./governed-runs.js";
import type { TimelineRecord, ValidityRecord } from "./record.js";
import { capConfidence, type Review } from "./review.js";

export { NEG_INF, POS_INF } from "./governed-runs.js";

/** A maximal run of days with one answer, in one knowledge epoch. @internal */
export interface Segment {
  /** First day (NEG_INF for the first segment). */
  start: DayNumber;
  /** Last day (POS_INF for the last segment). */
  end: DayNumber;
  status: ValidityStatus;
  /** The record that governs the run, if any. */
  record: ValidityRecord | null;
  /** Valid: last day of the run. Expired: last valid day before (null if none). */
  validThrough: IsoDate | null;
  basis: readonly ValidityRecord[];
  confidence: ValidityResult["confidence"];
  summary: string;
  /** {@link Segment.confidence} and {@link Segment.summary} of an answer beyond review. */
  confidenceBeyond: ValidityResult["confidence"];
  summaryBeyond: string;
  /**
   * The shared, frozen answers when they do not depend on the day asked (all but `valid`):
   * within the review, and beyond it.
   */
  fixed: ValidityResult | null;
  fixedBeyond: ValidityResult | null;
  /**
   * For `valid` (whose days remaining depend on the day asked): the frozen answer last made, and
   * its key (the day times two, plus one when beyond review). It is the dataset's cache: the
   * same query gets the same answer object, as long as no other day was asked in between.
   */
  sharedKey: number;
  shared: ValidityResult | null;
  /** Earlier `valid` answers, by key (see the dataset's `validAnswers`, which bounds them). */
  answers: Map<number, ValidityResult> | null;
}

/** The segments of one knowledge epoch, with their start days for binary search. @internal */
export interface Table {
  starts: Int32Array;
  segments: Segment[];
}

/** Every epoch of one document type. @internal */
export interface CompiledDocument {
  /** Day from which each epoch's knowledge applies, ascending (distinct announcement days). */
  epochStarts: Int32Array;
  tables: Table[];
  /** The table used when nothing is known yet (knownAt before the first announcement). */
  before: Table;
}

interface Parsed {
  record: ValidityRecord;
  from: DayNumber;
  through: DayNumber;
  announced: DayNumber;
}

function describe(record: ValidityRecord): string {
  return `"${record.id}" (${record.body}, announced ${record.announced})`;
}

function buildTable(known: readonly Parsed[], info: DocumentTypeInfo, review: Review): Table {
  const firstIssued = info.firstIssued === undefined ? undefined : parseDay(info.firstIssued);
  const spans: RankedSpan<Parsed>[] = known.map((p) => ({
    from: p.from,
    through: p.through,
    rank: p.announced,
    payload: p,
  }));
  const runs = governedRuns(spans, firstIssued === undefined ? [] : [firstIssued]).map((run) => ({
    start: run.start,
    end: run.end,
    notIssued: firstIssued !== undefined && run.start < firstIssued,
    governor: run.span?.payload ?? null,
  }));

  let lastValid: { end: DayNumber; record: ValidityRecord } | null = null;
  const segments = runs.map((run): Segment => {
    const record = run.governor?.record ?? null;
    let status: ValidityStatus;
    let validThrough: IsoDate | null = null;
    let basis: ValidityRecord[];
    let summary: string;
    if (run.notIssued) {
      status = "not_issued";
      basis = [];
      summary = `Not issued: the ${info.name} was first issued on ${info.firstIssued ?? "?"}.`;
    } else if (record?.status === "valid") {
      // The grammar gives every valid record a last day, so a valid run always ends.
      if (run.end === POS_INF) throw new InvalidInputError("dataset: a valid record has no end");
      status = "valid";
      validThrough = formatDay(run.end);
      basis = [record];
      summary = `Valid under ${describe(record)} through ${validThrough}.`;
    } else if (record?.status === "unknown") {
      status = "unknown";
      basis = [record];
      summary = `Unknown: ${record.summary} ("${record.id}", ${record.confidence} confidence)`;
    } else if (record !== null || lastValid !== null) {
      status = "expired";
      validThrough = lastValid === null ? null : formatDay(lastValid.end);
      basis = [];
      if (record !== null) basis.push(record);
      if (lastValid !== null) basis.push(lastValid.record);
      const lastDay =
        lastValid === null
          ? "it was never valid before"
          : `last valid day ${validThrough ?? ""} under "${lastValid.record.id}"`;
      summary =
        record !== null
          ? `Expired: ${describe(record)} makes it invalid from ${record.from}; ${lastDay}.`
          : `Expired: ${lastDay}; no known decision covers this day.`;
    } else {
      status = "unknown";
      basis = [];
      summary = `Unknown: no known decision covers this day and the ${info.name} was not known to be valid before it.`;
    }
    const confidence = weakestConfidence(
      basis.map((r) => r.confidence),
      info.confidence,
    );
    const frozenBasis = Object.freeze(basis);
    const confidenceBeyond = capConfidence(confidence);
    const summaryBeyond = `${summary} ${review.note}`;
    const fixedAnswer = (beyondReview: boolean): ValidityResult =>
      Object.freeze<ExpiredResult | UndecidedResult>({
        status,
        validThrough,
        daysRemaining: null,
        basis: frozenBasis,
        confidence: beyondReview ? confidenceBeyond : confidence,
        summary: beyondReview ? summaryBeyond : summary,
        host: review.host,
        reviewedThrough: review.text,
        beyondReview,
      } as ExpiredResult | UndecidedResult);
    const fixed = status === "valid" ? null : fixedAnswer(false);
    const fixedBeyond = status === "valid" ? null : fixedAnswer(true);
    if (status === "valid" && record !== null && run.end !== POS_INF) {
      lastValid = { end: run.end, record };
    }
    return {
      start: run.start,
      end: run.end,
      status,
      record,
      validThrough,
      basis: frozenBasis,
      confidence,
      summary,
      confidenceBeyond,
      summaryBeyond,
      fixed,
      fixedBeyond,
      sharedKey: Number.NaN,
      shared: null,
      answers: null,
    };
  });
  return { starts: Int32Array.from(segments.map((s) => s.start)), segments };
}

/**
 * Compiles the validity records of one document type into a table per knowledge epoch.
 * @internal
 */
export function compileDocument(
  records: readonly TimelineRecord[],
  info: DocumentTypeInfo,
  review: Review,
): CompiledDocument {
  const parsed: Parsed[] = records
    .filter((r): r is ValidityRecord => r.kind === "validity" && r.documents.includes(info.id))
    .map((record) => ({
      record,
      from: parseDay(record.from),
      through: record.through === undefined ? POS_INF : parseDay(record.through),
      announced: parseDay(record.announced),
    }));
  const days = [...new Set(parsed.map((p) => p.announced))].sort((a, b) => a - b);
  return {
    epochStarts: Int32Array.from(days),
    tables: days.map((day) =>
      buildTable(
        parsed.filter((p) => p.announced <= day),
        info,
        review,
      ),
    ),
    before: buildTable([], info, review),
  };
}

/** The compiled tables of a whole timeline, one per document type. @internal */
export type CompiledTimeline = ReadonlyMap<string, CompiledDocument>;

/** The table of one knowledge state: the latest epoch whose start is on or before `knownAt`. @internal */
export function tableAt(compiled: CompiledDocument, knownAt: DayNumber | undefined): Table {
  if (knownAt === undefined) return compiled.tables[compiled.tables.length - 1] ?? compiled.before;
  const epoch = floorIndex(compiled.epochStarts, knownAt);
  return epoch < 0 ? compiled.before : (compiled.tables[epoch] as Table);
}

/** The segment that answers for a day, as known on a day. @internal */
export function lookupSegment(
  compiled: CompiledDocument,
  on: DayNumber,
  knownAt: DayNumber | undefined,
): Segment {
  const table = tableAt(compiled, knownAt);
  return table.segments[floorIndex(table.starts, on)] as Segment;
}
