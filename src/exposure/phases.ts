import { parseDay, toDayIn, type IsoDate } from "../dates/index.js";
import type { Dataset } from "../dataset/dataset.js";
import { resolveVocabulary } from "../dataset/resolve.js";
import { checkOptions } from "../keys.js";
import { weakestConfidence, type Confidence } from "../sources/confidence.js";
import type { Timeline } from "../timeline/timeline.js";
import type { PhaseRecord } from "./record.js";

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
  readonly id: string;
  /** A short name. */
  readonly name: string;
  /** Who it targets (ids of the dataset's exposure targets). */
  readonly targets: readonly string[];
  /** The day the phase was first announced. */
  readonly announced: IsoDate;
  /** The last day of voluntary departure, if one was given. */
  readonly departureDeadline: IsoDate | null;
  /** The first day of arrests and deportation. */
  readonly enforcementFrom: IsoDate;
  /** Every source of every record of the phase. */
  readonly sources: readonly string[];
  /** The weakest confidence of the phase's records. */
  readonly confidence: Confidence;
  /** The records of the phase, first announced first. */
  readonly records: readonly PhaseRecord[];
}

const PHASES_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "knownAt",
  "dataset",
  "timeline",
]);

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
 * {@link listPhases} with the entry point's default dataset (`undefined`: none).
 * @internal
 */
export function listPhasesIn(
  fallback: Dataset | undefined,
  options?: PhasesOptions,
): readonly Phase[] {
  const given = checkOptions(options, PHASES_KEYS, true) as PhasesOptions;
  const { dataset, vocabulary } = resolveVocabulary(given, fallback);
  const knownAt =
    given.knownAt === undefined
      ? undefined
      : toDayIn(given.knownAt, vocabulary.timeZone, "knownAt");
  const byPhase = new Map<string, PhaseRecord[]>();
  for (const r of dataset.records) {
    if (r.kind !== "phase") continue;
    if (knownAt !== undefined && parseDay(r.announced) > knownAt) continue;
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
  return Object.freeze(
    result.sort((a, b) => (a.announced < b.announced ? -1 : a.announced > b.announced ? 1 : 0)),
  );
}
