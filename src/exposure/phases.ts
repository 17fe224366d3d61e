import { toDay, type IsoDate } from "../dates/index.js";
import { checkOptions } from "../keys.js";
import { weakestConfidence, type Confidence } from "../sources/confidence.js";
import { defaultTimeline } from "../timeline/default-timeline.js";
import { checkTimeline, type Timeline } from "../timeline/timeline.js";
import type { ExposureTarget, PhaseRecord } from "./record.js";

/**
 * A phase of the "Illegal Foreigners' Repatriation Plan" as known on a day: the latest-announced
 * record of the phase gives its targets and dates; its first record gives the announcement day.
 *
 * @example
 * ```ts
 * const p: Phase = phases.find((p) => p.id === "ifrp-3")!;
 * p.departureDeadline; //=> "2025-08-31"
 * ```
 */
export interface Phase {
  /** The phase id: `"ifrp-1"`, `"ifrp-2"`, `"ifrp-3"`, and later ones. */
  id: string;
  /** A short name. */
  name: string;
  /** Who it targets. */
  targets: readonly ExposureTarget[];
  /** The day the phase was first announced. */
  announced: IsoDate;
  /** The last day of voluntary departure, if one was given. */
  departureDeadline: IsoDate | null;
  /** The first day of arrests and deportation. */
  enforcementFrom: IsoDate;
  /** Every source of every record of the phase. */
  sources: readonly string[];
  /** The weakest confidence of the phase's records. */
  confidence: Confidence;
  /** The records of the phase, first announced first. */
  records: readonly PhaseRecord[];
}

const PHASES_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["knownAt", "timeline"]);

/**
 * Options of {@link listPhases}.
 *
 * @example
 * ```ts
 * const options: PhasesOptions = { knownAt: "2025-08-01" };
 * ```
 */
export interface PhasesOptions {
  /** Use only records announced on or before this day (default: all). */
  knownAt?: IsoDate | Date;
  /** The timeline to read (default {@link defaultTimeline}). */
  timeline?: Timeline;
}

/**
 * The IFRP phases of a timeline, in order of announcement, as known on a day.
 *
 * @param options - `knownAt`, `timeline`.
 * @returns One {@link Phase} per phase id.
 *
 * @example
 * ```ts
 * listPhases().map((p) => `${p.id}: leave by ${p.departureDeadline}`);
 * //=> ["ifrp-1: leave by 2023-10-31", "ifrp-2: leave by 2025-03-31", "ifrp-3: leave by 2025-08-31"]
 * listPhases({ knownAt: "2025-08-01" }).find((p) => p.id === "ifrp-3")?.departureDeadline;
 * //=> null (the notification of 31 July 2025 gave no period to leave)
 * ```
 */
export function listPhases(options?: PhasesOptions): Phase[] {
  const given = checkOptions(options, PHASES_KEYS, true) as PhasesOptions;
  const timeline = given.timeline ?? defaultTimeline;
  checkTimeline(timeline);
  const knownAt = given.knownAt === undefined ? undefined : toDay(given.knownAt, "knownAt");
  const byPhase = new Map<string, PhaseRecord[]>();
  for (const r of timeline.records) {
    if (r.kind !== "phase") continue;
    if (knownAt !== undefined && toDay(r.announced) > knownAt) continue;
    byPhase.set(r.phase, [...(byPhase.get(r.phase) ?? []), r]);
  }
  const result = [...byPhase].map(([id, records]): Phase => {
    const sorted = [...records].sort((a, b) =>
      a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0,
    );
    const first = sorted[0] as PhaseRecord;
    const latest = sorted[sorted.length - 1] as PhaseRecord;
    return Object.freeze({
      id,
      name: latest.name,
      targets: latest.targets,
      announced: first.announced,
      departureDeadline: latest.departureDeadline ?? null,
      enforcementFrom: latest.enforcementFrom,
      sources: Object.freeze([...new Set(sorted.flatMap((r) => r.sources))]),
      confidence: weakestConfidence(sorted.map((r) => r.confidence)),
      records: Object.freeze(sorted),
    });
  });
  return result.sort((a, b) =>
    a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0,
  );
}

/**
 * The IFRP phases of the bundled dataset: `ifrp-1` (people without valid documents, from
 * November 2023), `ifrp-2` (Afghan Citizen Card holders, from April 2025), `ifrp-3` (PoR card
 * holders, from September 2025), each with targets, announcement day, departure deadline,
 * enforcement start and sources.
 *
 * @example
 * ```ts
 * phases.map((p) => [p.id, p.enforcementFrom]);
 * //=> [["ifrp-1", "2023-11-01"], ["ifrp-2", "2025-04-01"], ["ifrp-3", "2025-09-01"]]
 * ```
 */
export const phases: readonly Phase[] = /* @__PURE__ */ (() => Object.freeze(listPhases()))();
