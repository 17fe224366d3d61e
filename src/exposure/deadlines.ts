import { toDay, type IsoDate } from "../dates/index.js";
import { InvalidInputError } from "../errors.js";
import { checkOptions } from "../keys.js";
import type { Confidence } from "../sources/confidence.js";
import { defaultTimeline } from "../timeline/default-timeline.js";
import { checkTimeline, type Timeline } from "../timeline/timeline.js";
import type { DirectiveRecord, ExposureTarget, PhaseRecord, Scope } from "./record.js";

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
  day: IsoDate;
  /** `departure_deadline` (last day to leave voluntarily) or `enforcement_start`. */
  kind: "departure_deadline" | "enforcement_start";
  /** The IFRP phase, when the record is a phase. */
  phase: string | null;
  /** Who it concerns. */
  targets: readonly ExposureTarget[];
  /** Where or to whom it applies; `null` when national. */
  scope: Scope | null;
  /** One line for people. */
  summary: string;
  /** How sure the dataset is of it. */
  confidence: Confidence;
  /** The record it comes from (with its sources). */
  record: PhaseRecord | DirectiveRecord;
}

const DEADLINES_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "from",
  "to",
  "knownAt",
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
  /** The timeline to read (default {@link defaultTimeline}). */
  timeline?: Timeline;
}

/**
 * The departure deadlines and enforcement starts in a range of days, for calendars and
 * dashboards. For each phase only its latest known record counts (the letter of 4 August 2025
 * replaced the "forthwith" of the notification of 31 July); deadlines of orders to groups and
 * starts of deportation orders are listed too. Notices are not.
 *
 * @param options - `from`, `to` (inclusive; both required), `knownAt`, `timeline`.
 * @returns The events, by day.
 * @throws {@link InvalidInputError} without `from` or `to`, when `to` is before `from`, or for
 *   an unknown option; {@link InvalidDateError} for a bad day.
 *
 * @example
 * ```ts
 * deadlines({ from: "2025-01-01", to: "2025-12-31" }).map((d) => `${d.day} ${d.kind} ${d.phase ?? d.record.id}`);
 * //=> ["2025-03-31 departure_deadline ifrp-2", "2025-04-01 enforcement_start ifrp-2",
 * //    "2025-04-30 departure_deadline resettlement-2025-04-30", "2025-08-31 departure_deadline ifrp-3",
 * //    "2025-09-01 enforcement_start ifrp-3", "2025-10-17 enforcement_start no-extension-2025-10-17"]
 * ```
 */
export function deadlines(options: DeadlinesOptions): Deadline[] {
  const given = checkOptions(options, DEADLINES_KEYS, false) as Partial<DeadlinesOptions>;
  if (given.from === undefined) throw new InvalidInputError("options.from: is required");
  if (given.to === undefined) throw new InvalidInputError("options.to: is required");
  const from = toDay(given.from, "from");
  const to = toDay(given.to, "to");
  if (to < from) throw new InvalidInputError("options.to: must not be before options.from");
  const knownAt = given.knownAt === undefined ? undefined : toDay(given.knownAt, "knownAt");
  const timeline = given.timeline ?? defaultTimeline;
  checkTimeline(timeline);
  const known = timeline.records.filter(
    (r): r is PhaseRecord | DirectiveRecord =>
      r.kind !== "validity" && (knownAt === undefined || toDay(r.announced) <= knownAt),
  );
  const latestOfPhase = new Map<string, PhaseRecord>();
  for (const r of known) {
    if (r.kind !== "phase") continue;
    const current = latestOfPhase.get(r.phase);
    if (current === undefined || r.announced >= current.announced) latestOfPhase.set(r.phase, r);
  }
  const events: Deadline[] = [];
  const push = (day: IsoDate, kind: Deadline["kind"], record: PhaseRecord | DirectiveRecord) => {
    const n = toDay(day);
    if (n < from || n > to) return;
    const verb =
      kind === "departure_deadline" ? "Last day of voluntary departure" : "Enforcement begins";
    events.push({
      day,
      kind,
      phase: record.kind === "phase" ? record.phase : null,
      targets: record.targets,
      scope: record.kind === "directive" ? (record.scope ?? null) : null,
      summary: `${verb}: ${record.summary}`,
      confidence: record.confidence,
      record,
    });
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
  return events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
