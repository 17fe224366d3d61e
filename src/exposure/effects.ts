// The days on which an exposure record has an effect on the people it targets. Shared by the
// compiler (unscoped and group-scoped records) and by the query (place-scoped records).
import { parseDay, type IsoDate } from "../dates/index.js";
import { floorIndex, POS_INF } from "../timeline/governed-runs.js";
import { districtKey, settlementKey } from "./place-names.js";
import type { TimelineRecord } from "../timeline/record.js";
import { groupMaskOf, targetMaskOf, type Vocabulary } from "../dataset/vocabulary.js";
import type { DirectiveRecord, PhaseRecord } from "./record.js";

/** An exposure status that a record can impose. @internal */
export type ImposedStatus = "tolerated" | "deadline_pending" | "liable" | "notice";

/** One window of days with one effect. @internal */
export interface EffectWindow {
  from: number;
  through: number;
  status: ImposedStatus;
  /** The last day of voluntary departure that applies, if any. */
  deadline: number | null;
  /** `deadline` as `YYYY-MM-DD`, written once. */
  deadlineText: IsoDate | null;
}

/** An exposure record with its days parsed once. @internal */
export interface ParsedExposureRecord {
  record: PhaseRecord | DirectiveRecord;
  /** Higher governs: by announcement day, then by position in the timeline. */
  rank: number;
  announced: number;
  from: number;
  through: number;
  deadline: number | null;
  /** `deadline` as `YYYY-MM-DD`. */
  deadlineText: IsoDate | null;
  enforcementFrom: number | null;
  /** Bit mask of targets (bit i = the vocabulary's targets[i]). */
  targets: number;
  /** Whether the record is scoped to a place (then evaluated per query). */
  placeScoped: boolean;
  /** Bit mask of the groups it is scoped to (bit i = the vocabulary's groups[i]); 0 when not scoped. */
  groupBits: number;
  /** Province codes it is scoped to, or null. */
  provinces: ReadonlySet<string> | null;
  /** District names it is scoped to, as {@link districtKey}s, or null. */
  districts: ReadonlySet<string> | null;
  /** Settlements it is scoped to, as keys, or null. */
  settlements: readonly SettlementMatch[] | null;
  /** `[record]`, frozen once: the basis of an answer this record governs. */
  basis: readonly (PhaseRecord | DirectiveRecord)[];
  /**
   * The record's windows when they do not depend on what is known (every record but a
   * directive that ends with the next decision), computed once; otherwise null.
   */
  fixedWindows: readonly EffectWindow[] | null;
}

/**
 * A settlement of a scope, as keys: a named settlement (`name`), every settlement of a
 * district (`district`), or every settlement of a province (`province`); only the first given
 * of the three is used. @internal
 */
export type SettlementMatch =
  { by: "name"; key: string } | { by: "district"; key: string } | { by: "province"; key: string };

/** Parses the exposure records of a timeline, ranked. @internal */
export function parseExposureRecords(
  records: readonly TimelineRecord[],
  vocabulary: Vocabulary,
): ParsedExposureRecord[] {
  const parsed: ParsedExposureRecord[] = [];
  records.forEach((record, index) => {
    if (record.kind === "validity") return;
    const announced = parseDay(record.announced);
    const scope = record.kind === "directive" ? record.scope : undefined;
    parsed.push({
      record,
      rank: announced * 1_000_000 + index,
      announced,
      from: parseDay(record.from),
      through: record.through === undefined ? POS_INF : parseDay(record.through),
      deadline:
        record.kind === "phase"
          ? record.departureDeadline === undefined
            ? null
            : parseDay(record.departureDeadline)
          : record.deadline === undefined
            ? null
            : parseDay(record.deadline),
      deadlineText:
        record.kind === "phase" ? (record.departureDeadline ?? null) : (record.deadline ?? null),
      enforcementFrom: record.kind === "phase" ? parseDay(record.enforcementFrom) : null,
      targets: targetMaskOf(vocabulary, record.targets),
      placeScoped:
        scope?.provinces !== undefined ||
        scope?.districts !== undefined ||
        scope?.settlements !== undefined,
      groupBits: groupMaskOf(vocabulary, scope?.groups),
      provinces: scope?.provinces === undefined ? null : new Set(scope.provinces),
      districts: scope?.districts === undefined ? null : new Set(scope.districts.map(districtKey)),
      settlements:
        scope?.settlements === undefined
          ? null
          : scope.settlements.map((s): SettlementMatch =>
              s.name !== undefined
                ? { by: "name", key: settlementKey(s.name) }
                : s.district !== undefined
                  ? { by: "district", key: districtKey(s.district) }
                  : { by: "province", key: s.province ?? "" },
            ),
      basis: Object.freeze([record]),
      fixedWindows: null,
    });
  });
  for (const p of parsed) {
    if (p.record.kind === "directive" && p.record.endsWithDecision === true) continue;
    // The target does not matter when the record does not end with a decision.
    p.fixedWindows = Object.freeze(computeWindows(p, vocabulary.defaultTarget, new Map(), 0, 0));
  }
  return parsed;
}

/**
 * The announcement days of validity decisions (`valid` or `invalid` records) about each
 * target's documents, sorted, by target bit, for directives that end with the next decision.
 * @internal
 */
export function decisionDays(
  records: readonly TimelineRecord[],
  vocabulary: Vocabulary,
): Map<number, Int32Array> {
  const days = new Map<number, number[]>();
  for (const r of records) {
    if (r.kind !== "validity" || r.status === "unknown") continue;
    let bits = 0;
    for (const doc of r.documents) bits |= vocabulary.documentTargets.get(doc) ?? 0;
    for (let bit = 1; bit <= bits; bit <<= 1) {
      if ((bits & bit) === 0) continue;
      const list = days.get(bit) ?? [];
      list.push(parseDay(r.announced));
      days.set(bit, list);
    }
  }
  return new Map([...days].map(([k, v]) => [k, Int32Array.from(v.sort((a, b) => a - b))]));
}

/** The first day in `sorted` after `after` and not after `knownAt`, or null. */
function firstDecisionAfter(
  sorted: Int32Array | undefined,
  after: number,
  knownAt: number,
): number | null {
  if (sorted === undefined) return null;
  const i = floorIndex(sorted, after) + 1;
  const day = sorted[i];
  return day !== undefined && day <= knownAt ? day : null;
}

/**
 * The windows in which a record affects holders of the target with bit `target`, with the
 * knowledge of `knownAt` (which decides where a directive that "ends with the next decision"
 * ends). `defaultTarget` is the bit of people without the targets' documents, whom no decision
 * about documents concerns.
 * @internal
 */
export function effectWindows(
  p: ParsedExposureRecord,
  target: number,
  decisions: ReadonlyMap<number, Int32Array>,
  knownAt: number,
  defaultTarget: number,
): readonly EffectWindow[] {
  return p.fixedWindows ?? computeWindows(p, target, decisions, knownAt, defaultTarget);
}

function computeWindows(
  p: ParsedExposureRecord,
  target: number,
  decisions: ReadonlyMap<number, Int32Array>,
  knownAt: number,
  defaultTarget: number,
): EffectWindow[] {
  const r = p.record;
  if (r.kind === "phase") {
    const windows: EffectWindow[] = [];
    if (p.deadline !== null) {
      windows.push({
        from: p.from,
        through: p.deadline,
        status: "deadline_pending",
        deadline: p.deadline,
        deadlineText: p.deadlineText,
      });
    }
    windows.push({
      from: p.enforcementFrom ?? p.from,
      through: p.through,
      status: "liable",
      deadline: p.deadline,
      deadlineText: p.deadlineText,
    });
    return windows;
  }
  let through = p.through;
  if (r.endsWithDecision === true && target !== defaultTarget) {
    const next = firstDecisionAfter(decisions.get(target), p.announced, knownAt);
    if (next !== null) through = Math.min(through, next - 1);
  }
  if (r.effect === "deadline" && p.deadline !== null) through = Math.min(through, p.deadline);
  if (through < p.from) return [];
  const status: ImposedStatus =
    r.effect === "tolerate"
      ? "tolerated"
      : r.effect === "deport"
        ? "liable"
        : r.effect === "deadline"
          ? "deadline_pending"
          : "notice";
  const isDeadline = r.effect === "deadline";
  return [
    {
      from: p.from,
      through,
      status,
      deadline: isDeadline ? p.deadline : null,
      deadlineText: isDeadline ? p.deadlineText : null,
    },
  ];
}

/**
 * The window of a record that covers `on` for any of the targets in the mask, or null.
 * @internal
 */
export function windowOn(
  p: ParsedExposureRecord,
  targets: number,
  on: number,
  decisions: ReadonlyMap<number, Int32Array>,
  knownAt: number,
  defaultTarget: number,
): EffectWindow | null {
  const both = p.targets & targets;
  for (let bit = 1; bit <= both; bit <<= 1) {
    if ((both & bit) === 0) continue;
    for (const w of effectWindows(p, bit, decisions, knownAt, defaultTarget)) {
      if (w.from <= on && on <= w.through) return w;
    }
  }
  return null;
}
