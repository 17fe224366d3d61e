// Compiles the notices that most people see into integer-day tables: per knowledge epoch, per
// province and per target, the notices shown on each run of days, in order of announcement.
// Tables hold notices with no scope or a scope of provinces alone, whose days do not depend on
// what is known. Notices scoped to districts, settlements or groups, those that end with the next
// decision, and scoped directives are few and are evaluated per query (see exposure.ts).
import { floorIndex, NEG_INF, POS_INF } from "../timeline/governed-runs.js";
import type { ParsedExposureRecord } from "./effects.js";
import type { DirectiveRecord } from "./record.js";

/** The national notices shown on each run of days, for one target. @internal */
export interface NoticeTable {
  starts: Int32Array;
  notices: readonly (readonly DirectiveRecord[])[];
}

/** Everything `exposure` needs to list notices. @internal */
export interface CompiledNotices {
  /** Knowledge epochs: the distinct announcement days, ascending. */
  epochStarts: Int32Array;
  /**
   * The tables of each epoch (index 0: nothing known yet; i + 1: epoch i) by province code
   * (`""` for a province that no notice names), then by target index. Built on first use, and
   * shared by epochs that know the same notices.
   */
  tables: Map<string, readonly NoticeTable[]>[];
  /** The knowledge day of each entry of `tables` (-Infinity for "nothing known"). */
  knownAt: readonly number[];
  /** How many targets (bits) there are. */
  targetCount: number;
  /** Province codes that some tabled notice names. */
  provinces: ReadonlySet<string>;
  /** The notices that go into the tables. */
  tabled: readonly ParsedExposureRecord[];
  /** The rank (announcement day, then position) of every record that can be a notice. */
  rank: ReadonlyMap<DirectiveRecord, number>;
  /**
   * The records evaluated per query: notices scoped beyond provinces, scoped directives, and
   * notices that end with a decision; those scoped to settlements alone are apart, in
   * `restInSettlements`, and concern only people whose settlement is given.
   */
  rest: readonly ParsedExposureRecord[];
  restInSettlements: readonly ParsedExposureRecord[];
}

const EMPTY: readonly DirectiveRecord[] = /* @__PURE__ */ Object.freeze([]);
const EMPTY_TABLE: NoticeTable = /* @__PURE__ */ Object.freeze({
  starts: Int32Array.of(NEG_INF),
  notices: Object.freeze([EMPTY]),
});

/** Whether a notice candidate can go into the tables: national, or scoped to provinces alone. */
function isTabled(p: ParsedExposureRecord): boolean {
  const r = p.record;
  if (r.kind !== "directive" || r.effect !== "notice" || p.fixedWindows === null) return false;
  const scope = r.scope;
  return (
    scope === undefined ||
    (scope.provinces !== undefined &&
      scope.districts === undefined &&
      scope.settlements === undefined &&
      scope.groups === undefined)
  );
}

/** Whether a record concerns only people who live in a settlement. */
function inSettlementsOnly(p: ParsedExposureRecord): boolean {
  return p.settlements !== null && p.provinces === null && p.districts === null;
}

/** The provinces a tabled notice is scoped to, or null when national. */
const provincesOf = (p: ParsedExposureRecord): readonly string[] | null =>
  p.record.kind === "directive" ? (p.record.scope?.provinces ?? null) : null;

function buildTable(known: readonly ParsedExposureRecord[], targetBit: number): NoticeTable {
  const windows: { from: number; through: number; p: ParsedExposureRecord }[] = [];
  for (const p of known) {
    if ((p.targets & targetBit) === 0) continue;
    for (const w of p.fixedWindows ?? []) windows.push({ from: w.from, through: w.through, p });
  }
  if (windows.length === 0) return EMPTY_TABLE;
  const points = new Set<number>([NEG_INF]);
  for (const w of windows) {
    points.add(w.from);
    if (w.through !== POS_INF) points.add(w.through + 1);
  }
  const starts = [...points].sort((a, b) => a - b);
  const notices = starts.map((start) => {
    const active = windows
      .filter((w) => w.from <= start && start <= w.through)
      .map((w) => w.p)
      .sort((a, b) => a.rank - b.rank);
    return active.length === 0
      ? EMPTY
      : Object.freeze([...new Set(active.map((p) => p.record as DirectiveRecord))]);
  });
  return { starts: Int32Array.from(starts), notices };
}

/**
 * Compiles the notices of a timeline, given its parsed exposure records and its knowledge
 * epochs. The tables themselves are built on first use.
 * @internal
 */
export function compileNotices(
  records: readonly ParsedExposureRecord[],
  epochStarts: Int32Array,
  targetCount: number,
): CompiledNotices {
  const candidates = records.filter(
    (p) =>
      p.record.kind === "directive" &&
      (p.record.effect === "notice" || p.record.scope !== undefined),
  );
  const tabled = candidates.filter(isTabled);
  // An epoch that announces no tabled notice shares the tables of the one before.
  const tables: Map<string, readonly NoticeTable[]>[] = [new Map<string, readonly NoticeTable[]>()];
  const knownAt: number[] = [Number.NEGATIVE_INFINITY];
  let count = 0;
  for (const day of epochStarts) {
    const now = tabled.filter((p) => p.announced <= day).length;
    if (now === count) {
      tables.push(tables[tables.length - 1] as Map<string, readonly NoticeTable[]>);
      knownAt.push(knownAt[knownAt.length - 1] as number);
    } else {
      tables.push(new Map());
      knownAt.push(day);
    }
    count = now;
  }
  return {
    epochStarts,
    tables,
    knownAt,
    targetCount,
    provinces: new Set(tabled.flatMap((p) => provincesOf(p) ?? [])),
    tabled,
    rank: new Map(candidates.map((p) => [p.record as DirectiveRecord, p.rank])),
    rest: candidates.filter((p) => !isTabled(p) && !inSettlementsOnly(p)),
    restInSettlements: candidates.filter((p) => !isTabled(p) && inSettlementsOnly(p)),
  };
}

/** The tables of one epoch entry and province, built on first use. */
function tablesFor(
  c: CompiledNotices,
  entry: number,
  province: string | null,
): readonly NoticeTable[] {
  const byProvince = c.tables[entry] as Map<string, readonly NoticeTable[]>;
  const asked = province ?? "";
  const found = byProvince.get(asked);
  if (found !== undefined) return found;
  // A province that no notice names sees the national tables: remember it under its own code.
  const key = c.provinces.has(asked) ? asked : "";
  let tables = byProvince.get(key);
  if (tables === undefined) {
    const knownAt = c.knownAt[entry] as number;
    const shown = c.tabled.filter((p) => {
      const only = provincesOf(p);
      return p.announced <= knownAt && (only === null || only.includes(key));
    });
    tables = Array.from({ length: c.targetCount }, (_, i) => buildTable(shown, 1 << i));
    byProvince.set(key, tables);
  }
  // Province codes are checked input (ISO 3166-2:PK), so this map stays small.
  byProvince.set(asked, tables);
  return tables;
}

/**
 * The tabled notices shown on `on` to holders of the targets in the mask who live in
 * `province`, in knowledge epoch `epoch` (-1: nothing known yet), in order of announcement: a
 * shared, frozen array when one target is asked.
 * @internal
 */
export function tabledNotices(
  c: CompiledNotices,
  targets: number,
  province: string | null,
  on: number,
  epoch: number,
): readonly DirectiveRecord[] {
  // tables[0] is "nothing known yet"; tables[i + 1] is epoch i.
  const tables = tablesFor(c, epoch + 1, province);
  let found = EMPTY;
  for (let i = 0; i < c.targetCount; i++) {
    if ((targets & (1 << i)) === 0) continue;
    const table = tables[i] as NoticeTable;
    const list = table.notices[floorIndex(table.starts, on)] ?? EMPTY;
    if (list.length === 0) continue;
    found = found.length === 0 ? list : mergeByRank(c, found, list);
  }
  return found;
}

/** The union of notice lists, in order of announcement. @internal */
export function mergeByRank(
  c: CompiledNotices,
  a: readonly DirectiveRecord[],
  b: readonly DirectiveRecord[],
): readonly DirectiveRecord[] {
  const all = [...new Set([...a, ...b])];
  all.sort((x, y) => (c.rank.get(x) ?? 0) - (c.rank.get(y) ?? 0));
  return Object.freeze(all);
}
