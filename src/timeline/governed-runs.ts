// The core of both compilers: given spans of days, each with a rank, find for every day the
// highest-ranked span that covers it, as maximal runs of days with the same span.

/** Below every real day. @internal */
export const NEG_INF = -2_147_483_648;
/** Above every real day. @internal */
export const POS_INF = 2_147_483_647;

/** A span of days [from, through] with a rank; the higher rank governs. @internal */
export interface RankedSpan<T> {
  from: number;
  through: number;
  rank: number;
  payload: T;
}

/** A maximal run of days governed by one span (or by none). @internal */
export interface Run<T> {
  start: number;
  end: number;
  span: RankedSpan<T> | null;
}

/**
 * Splits the whole day line into runs governed by the highest-ranked covering span. Runs are
 * never merged across a day listed in `splits`.
 * @internal
 */
export function governedRuns<T>(
  spans: readonly RankedSpan<T>[],
  splits: readonly number[] = [],
): Run<T>[] {
  const points = new Set<number>([NEG_INF, ...splits]);
  for (const s of spans) {
    points.add(s.from);
    if (s.through !== POS_INF) points.add(s.through + 1);
  }
  const forced = new Set(splits);
  const sorted = [...points].sort((a, b) => a - b);
  const runs: Run<T>[] = [];
  sorted.forEach((start, i) => {
    const end = i + 1 < sorted.length ? (sorted[i + 1] as number) - 1 : POS_INF;
    let best: RankedSpan<T> | null = null;
    for (const s of spans) {
      if (s.from <= start && start <= s.through && (best === null || s.rank > best.rank)) best = s;
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && last.span === best && !forced.has(start)) last.end = end;
    else runs.push({ start, end, span: best });
  });
  return runs;
}

/** Largest index i with sorted[i] <= value, or -1. @internal */
export function floorIndex(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
