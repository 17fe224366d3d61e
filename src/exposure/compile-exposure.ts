// Compiles phases and directives into integer-day tables: per knowledge epoch, per target and
// per combination of groups, the record that governs each day. Place-scoped records are few and
// are evaluated per query instead (see exposure.ts).
import { parseDay, type DayNumber } from "../dates/index.js";
import { floorIndex, governedRuns, type RankedSpan } from "../timeline/governed-runs.js";
import type { TimelineRecord } from "../timeline/record.js";
import {
  decisionDays,
  effectWindows,
  parseExposureRecords,
  targetBit,
  type EffectWindow,
  type ParsedExposureRecord,
} from "./effects.js";
import {
  EXPOSURE_TARGETS,
  PERSON_GROUPS,
  type ExposureTarget,
  type PersonGroup,
} from "./record.js";

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
  /** tables[epoch][targetIndex * groupCombos + groupMask] */
  tables: ExposureTable[][];
  before: ExposureTable[];
  records: ParsedExposureRecord[];
  /** The phase records, for the `phase` of an answer. */
  phaseRecords: ParsedExposureRecord[];
  /** Records that may appear as notices: notices, and directives scoped to a place or group. */
  noticeCandidates: ParsedExposureRecord[];
  decisions: Map<ExposureTarget, Int32Array>;
  /** Whether any status-changing record is scoped to a place. */
  hasPlaceScoped: boolean;
  /** The records scoped to a place (provinces or districts), of any effect. */
  placeScoped: ParsedExposureRecord[];
}

const GROUP_COMBOS = 1 << PERSON_GROUPS.length;

/** The bit mask of a person's groups. @internal */
export function groupMask(groups: readonly PersonGroup[] | undefined): number {
  let mask = 0;
  if (groups !== undefined) {
    for (const g of groups) mask |= 1 << PERSON_GROUPS.indexOf(g);
  }
  return mask;
}

/** Whether a record's group scope admits people with these groups. @internal */
export function groupsMatch(p: ParsedExposureRecord, mask: number): boolean {
  return p.groupBits === 0 || (p.groupBits & mask) !== 0;
}

function buildTable(
  records: readonly ParsedExposureRecord[],
  target: ExposureTarget,
  mask: number,
  decisions: Map<ExposureTarget, Int32Array>,
  knownAt: number,
): ExposureTable {
  const spans: RankedSpan<Governing>[] = [];
  for (const p of records) {
    if ((p.targets & targetBit(target)) === 0 || p.placeScoped || !groupsMatch(p, mask)) continue;
    for (const window of effectWindows(p, target, decisions, knownAt)) {
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
  decisions: Map<ExposureTarget, Int32Array>,
  knownAt: number,
): ExposureTable[] {
  const known = records.filter((p) => p.announced <= knownAt);
  const tables: ExposureTable[] = [];
  for (const target of EXPOSURE_TARGETS) {
    for (let mask = 0; mask < GROUP_COMBOS; mask++) {
      tables.push(buildTable(known, target, mask, decisions, knownAt));
    }
  }
  return tables;
}

/** Compiles the exposure records of a timeline. @internal */
export function compileExposure(records: readonly TimelineRecord[]): CompiledExposure {
  const parsed = parseExposureRecords(records);
  const decisions = decisionDays(records);
  const days = [...new Set(records.map((r) => parseDay(r.announced)))].sort((a, b) => a - b);
  return {
    epochStarts: Int32Array.from(days),
    tables: days.map((day) => buildEpoch(parsed, decisions, day)),
    before: buildEpoch([], decisions, -1),
    records: parsed,
    phaseRecords: parsed.filter((p) => p.record.kind === "phase"),
    noticeCandidates: parsed.filter(
      (p) =>
        p.record.kind === "directive" &&
        (p.record.effect === "notice" || p.record.scope !== undefined),
    ),
    decisions,
    hasPlaceScoped: parsed.some(
      (p) => p.placeScoped && p.record.kind === "directive" && p.record.effect !== "notice",
    ),
    placeScoped: parsed.filter((p) => p.placeScoped),
  };
}

/** The tables of the knowledge epoch that `knownAt` falls in. @internal */
export function epochTables(
  compiled: CompiledExposure,
  knownAt: DayNumber | undefined,
): readonly ExposureTable[] {
  if (knownAt === undefined) return compiled.tables[compiled.tables.length - 1] ?? compiled.before;
  const i = floorIndex(compiled.epochStarts, knownAt);
  return i < 0 ? compiled.before : (compiled.tables[i] as ExposureTable[]);
}

/** The record governing a day for one target (by index) and group mask. @internal */
export function governingIn(
  tables: readonly ExposureTable[],
  targetIndex: number,
  mask: number,
  on: DayNumber,
): Governing | null {
  const table = tables[targetIndex * GROUP_COMBOS + mask] as ExposureTable;
  return table.governing[floorIndex(table.starts, on)] ?? null;
}
