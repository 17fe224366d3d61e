// Compiles phases and directives into integer-day tables: per knowledge epoch, per target and
// per combination of groups, the record that governs each day. Place-scoped records are few and
// are evaluated per query instead (see exposure.ts).
import { parseDay, type DayNumber } from "../dates/index.js";
import { floorIndex, governedRuns, type RankedSpan } from "../timeline/governed-runs.js";
import type { TimelineRecord } from "../timeline/record.js";
import { compileNotices, type CompiledNotices } from "./compile-notices.js";
import type { Vocabulary } from "../dataset/vocabulary.js";
import {
  decisionDays,
  effectWindows,
  parseExposureRecords,
  type EffectWindow,
  type ParsedExposureRecord,
} from "./effects.js";

/** The effect that governs a run of days. @internal */
export interface Governing {
  parsed: ParsedExposureRecord;
  window: EffectWindow;
}

/** Runs of one table. @internal */
export interface ExposureTable {
  starts: Int32Array;
  governing: (Governing | null)[];
}

/** Everything a query needs. @internal */
export interface CompiledExposure {
  epochStarts: Int32Array;
  /**
   * tables[epoch][targetIndex * groupCombos + groupMask], built on first use; an epoch that
   * announces no exposure record and no decision shares the tables of the one before.
   */
  tables: (ExposureTable[] | undefined)[];
  /** For each epoch, the first epoch whose tables it shares. */
  sameAs: Int32Array;
  /** Builds the tables of an epoch. */
  build: (epoch: number) => ExposureTable[];
  before: ExposureTable[];
  records: ParsedExposureRecord[];
  /** The phase records, for the `phase` of an answer. */
  phaseRecords: ParsedExposureRecord[];
  /** The notices, compiled where they can be. */
  notices: CompiledNotices;
  /** The announcement days of decisions about each target's documents, by target bit. */
  decisions: Map<number, Int32Array>;
  /** How many targets (bits), combinations of groups, and the default target's bit. */
  targetCount: number;
  groupCombos: number;
  defaultTarget: number;
  /** Whether any status-changing record is scoped to a place. */
  hasPlaceScoped: boolean;
  /** The records scoped to a place (provinces or districts), of any effect. */
  placeScoped: ParsedExposureRecord[];
}

/** Whether a record's group scope admits people with these groups. @internal */
export function groupsMatch(p: ParsedExposureRecord, mask: number): boolean {
  return p.groupBits === 0 || (p.groupBits & mask) !== 0;
}

function buildTable(
  records: readonly ParsedExposureRecord[],
  target: number,
  mask: number,
  decisions: Map<number, Int32Array>,
  knownAt: number,
  defaultTarget: number,
): ExposureTable {
  const spans: RankedSpan<Governing>[] = [];
  for (const p of records) {
    if ((p.targets & target) === 0 || p.placeScoped || !groupsMatch(p, mask)) continue;
    for (const window of effectWindows(p, target, decisions, knownAt, defaultTarget)) {
      if (window.status === "notice") continue;
      spans.push({
        from: window.from,
        through: window.through,
        rank: p.rank,
        payload: { parsed: p, window },
      });
    }
  }
  // Each window is its own span, so a phase's deadline and its enforcement are separate runs.
  const runs = governedRuns(spans);
  return {
    starts: Int32Array.from(runs.map((run) => run.start)),
    governing: runs.map((run) => run.span?.payload ?? null),
  };
}

function buildEpoch(
  records: readonly ParsedExposureRecord[],
  decisions: Map<number, Int32Array>,
  knownAt: number,
  vocabulary: Vocabulary,
): ExposureTable[] {
  const known = records.filter((p) => p.announced <= knownAt);
  // Groups that no status-changing record names (a group of notices only) change no table: a
  // mask with such a group gets the table of the same mask without it.
  let relevant = 0;
  for (const p of records) {
    if (p.record.kind !== "directive" || p.record.effect !== "notice") relevant |= p.groupBits;
  }
  const combos = 1 << vocabulary.groups.length;
  const tables: ExposureTable[] = [];
  for (let t = 0; t < vocabulary.targets.length; t++) {
    const first = tables.length;
    for (let mask = 0; mask < combos; mask++) {
      const same = mask & relevant;
      tables.push(
        same === mask
          ? buildTable(known, 1 << t, mask, decisions, knownAt, vocabulary.defaultTarget)
          : (tables[first + same] as ExposureTable),
      );
    }
  }
  return tables;
}

/** How many of `sorted` are on or before `day`. */
const countUpTo = (sorted: Int32Array, day: number): number => floorIndex(sorted, day) + 1;

/** Compiles the exposure records of a timeline. @internal */
export function compileExposure(
  records: readonly TimelineRecord[],
  vocabulary: Vocabulary,
): CompiledExposure {
  const parsed = parseExposureRecords(records, vocabulary);
  const decisions = decisionDays(records, vocabulary);
  const days = [...new Set(records.map((r) => parseDay(r.announced)))].sort((a, b) => a - b);
  const epochStarts = Int32Array.from(days);
  const announced = Int32Array.from(parsed.map((p) => p.announced).sort((a, b) => a - b));
  const decided = [...decisions.values()];
  // An epoch whose day announces no exposure record and no decision has the tables of the one
  // before: most epochs are validity decisions about other documents, or unknown spans.
  const sameAs = new Int32Array(days.length);
  let lastKey = "";
  days.forEach((day, i) => {
    const key = [countUpTo(announced, day), ...decided.map((d) => countUpTo(d, day))].join(",");
    sameAs[i] = i > 0 && key === lastKey ? (sameAs[i - 1] as number) : i;
    lastKey = key;
  });
  return {
    epochStarts,
    tables: days.map(() => undefined),
    sameAs,
    build: (epoch) => buildEpoch(parsed, decisions, days[epoch] as number, vocabulary),
    before: buildEpoch([], decisions, -1, vocabulary),
    records: parsed,
    phaseRecords: parsed.filter((p) => p.record.kind === "phase"),
    notices: compileNotices(parsed, epochStarts, vocabulary.targets.length),
    decisions,
    targetCount: vocabulary.targets.length,
    groupCombos: 1 << vocabulary.groups.length,
    defaultTarget: vocabulary.defaultTarget,
    hasPlaceScoped: parsed.some(
      (p) => p.placeScoped && p.record.kind === "directive" && p.record.effect !== "notice",
    ),
    placeScoped: parsed.filter((p) => p.placeScoped),
  };
}

/**
 * The knowledge epoch that `knownAt` falls in: an index into the epochs, -1 before the first,
 * the last one when `knownAt` is undefined (all knowledge).
 * @internal
 */
export function epochOf(compiled: CompiledExposure, knownAt: DayNumber | undefined): number {
  return knownAt === undefined
    ? compiled.epochStarts.length - 1
    : floorIndex(compiled.epochStarts, knownAt);
}

/** The tables of a knowledge epoch (see {@link epochOf}), built on first use. @internal */
export function epochTables(compiled: CompiledExposure, epoch: number): readonly ExposureTable[] {
  if (epoch < 0) return compiled.before;
  let tables = compiled.tables[epoch];
  if (tables === undefined) {
    const first = compiled.sameAs[epoch] as number;
    tables = compiled.tables[first] ?? compiled.build(first);
    compiled.tables[first] = tables;
    compiled.tables[epoch] = tables;
  }
  return tables;
}

/** The record governing a day for one target (by index) and group mask. @internal */
export function governingIn(
  compiled: CompiledExposure,
  tables: readonly ExposureTable[],
  targetIndex: number,
  mask: number,
  on: DayNumber,
): Governing | null {
  const table = tables[targetIndex * compiled.groupCombos + mask] as ExposureTable;
  return table.governing[floorIndex(table.starts, on)] ?? null;
}
