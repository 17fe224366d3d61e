import { parseDay, toDayIn, type IsoDate } from "../dates/index.js";
import type { Dataset } from "../dataset/dataset.js";
import { resolveVocabulary } from "../dataset/resolve.js";
import { InvalidInputError } from "../errors.js";
import { checkOptions } from "../keys.js";
import type { Confidence } from "../sources/confidence.js";
import type { Timeline } from "../timeline/timeline.js";
import type { DirectiveRecord, PhaseRecord, Scope } from "./record.js";

/**
 * A day in a calendar of deadlines: the last day of voluntary departure, or the first day of
 * enforcement (arrests and deportation).
 *
 * @example
 * ```ts
 * const d: Deadline = deadlines({ from: "2025-08-01", to: "2025-09-30" })[0];
 * d.kind; //=> "departure_deadline"
 * ```
 */
export interface Deadline {
  /** The day. */
  readonly day: IsoDate;
  /** `departure_deadline` (last day to leave voluntarily) or `enforcement_start`. */
  readonly kind: "departure_deadline" | "enforcement_start";
  /** The IFRP phase, when the record is a phase. */
  readonly phase: string | null;
  /** Who it concerns (ids of the dataset's exposure targets). */
  readonly targets: readonly string[];
  /** Where or to whom it applies; `null` when national. */
  readonly scope: Scope | null;
  /** One line for people. */
  readonly summary: string;
  /** How sure the dataset is of it. */
  readonly confidence: Confidence;
  /** The record it comes from (with its sources). */
  readonly record: PhaseRecord | DirectiveRecord;
}

const DEADLINES_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "from",
  "to",
  "knownAt",
  "dataset",
  "timeline",
]);

/**
 * Options of {@link deadlines}.
 *
 * @example
 * ```ts
 * const options: DeadlinesOptions = { from: "2025-01-01", to: "2025-12-31" };
 * ```
 */
export interface DeadlinesOptions {
  /** The first day of the range. */
  from: IsoDate | Date;
  /** The last day of the range. */
  to: IsoDate | Date;
  /** Use only records announced on or before this day (default: all). */
  knownAt?: IsoDate | Date;
  /** The dataset to read (in the main entry, default {@link pakistan}). */
  dataset?: Dataset;
  /**
   * The timeline to read.
   *
   * @deprecated Use `dataset` (a timeline is a dataset now).
   */
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated option's type
  timeline?: Timeline;
}

/**
 * {@link deadlines} with the entry point's default dataset (`undefined`: none).
 * @internal
 */
export function deadlinesIn(
  fallback: Dataset | undefined,
  options: DeadlinesOptions,
): readonly Deadline[] {
  const given = checkOptions(options, DEADLINES_KEYS, false) as Partial<DeadlinesOptions>;
  if (given.from === undefined) throw new InvalidInputError("options.from: is required");
  if (given.to === undefined) throw new InvalidInputError("options.to: is required");
  const { dataset, vocabulary } = resolveVocabulary(given, fallback);
  const zone = vocabulary.timeZone;
  const from = toDayIn(given.from, zone, "from");
  const to = toDayIn(given.to, zone, "to");
  if (to < from) throw new InvalidInputError("options.to: must not be before options.from");
  const knownAt = given.knownAt === undefined ? undefined : toDayIn(given.knownAt, zone, "knownAt");
  const known = dataset.records.filter(
    (r): r is PhaseRecord | DirectiveRecord =>
      r.kind !== "validity" && (knownAt === undefined || parseDay(r.announced) <= knownAt),
  );
  const latestOfPhase = new Map<string, PhaseRecord>();
  for (const r of known) {
    if (r.kind !== "phase") continue;
    const current = latestOfPhase.get(r.phase);
    if (current === undefined || r.announced >= current.announced) latestOfPhase.set(r.phase, r);
  }
  const events: Deadline[] = [];
  const push = (day: IsoDate, kind: Deadline["kind"], record: PhaseRecord | DirectiveRecord) => {
    const n = parseDay(day);
    if (n < from || n > to) return;
    const verb =
      kind === "departure_deadline" ? "Last day of voluntary departure" : "Enforcement begins";
    events.push(
      Object.freeze({
        day,
        kind,
        phase: record.kind === "phase" ? record.phase : null,
        targets: record.targets,
        scope: record.kind === "directive" ? (record.scope ?? null) : null,
        summary: `${verb}: ${record.summary}`,
        confidence: record.confidence,
        record,
      }),
    );
  };
  for (const r of known) {
    if (r.kind === "phase") {
      if (latestOfPhase.get(r.phase) !== r) continue;
      if (r.departureDeadline !== undefined) push(r.departureDeadline, "departure_deadline", r);
      push(r.enforcementFrom, "enforcement_start", r);
    } else if (r.effect === "deadline" && r.deadline !== undefined) {
      push(r.deadline, "departure_deadline", r);
    } else if (r.effect === "deport") {
      push(r.from, "enforcement_start", r);
    }
  }
  return Object.freeze(events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)));
}
