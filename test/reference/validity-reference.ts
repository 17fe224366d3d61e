/**
 * A straightforward reference implementation of documentValidity for timeline-governed
 * documents: it scans every record on every call, with no precomputation. It is the oracle of
 * the property tests and the baseline of the benchmark. Keep it simple rather than fast.
 */
import { formatDay, parseDay } from "../../src/index.js";
import type { DocumentTypeInfo, TimelineRecord, ValidityRecord } from "../../src/index.js";

const INF = Number.POSITIVE_INFINITY;

export interface ReferenceAnswer {
  status: "valid" | "expired" | "not_issued" | "unknown";
  validThrough: string | null;
  daysRemaining: number | null;
  basis: string[];
}

interface R {
  rec: ValidityRecord;
  from: number;
  through: number;
  announced: number;
}

export function referenceValidity(
  records: readonly TimelineRecord[],
  info: DocumentTypeInfo,
  on: number,
  knownAt?: number,
): ReferenceAnswer {
  if (info.firstIssued !== undefined && on < parseDay(info.firstIssued)) {
    return { status: "not_issued", validThrough: null, daysRemaining: null, basis: [] };
  }
  const known: R[] = [];
  for (const rec of records) {
    if (rec.kind !== "validity" || !rec.documents.includes(info.id)) continue;
    const announced = parseDay(rec.announced);
    if (knownAt !== undefined && announced > knownAt) continue;
    known.push({
      rec,
      from: parseDay(rec.from),
      through: rec.through === undefined ? INF : parseDay(rec.through),
      announced,
    });
  }
  const covers = (r: R, day: number) => r.from <= day && day <= r.through;
  const governor = (day: number): R | undefined => {
    let best: R | undefined;
    for (const r of known) if (covers(r, day) && (!best || r.announced > best.announced)) best = r;
    return best;
  };

  const g = governor(on);
  if (g?.rec.status === "valid") {
    let runEnd = g.through;
    for (const s of known) {
      if (s.announced > g.announced && s.from > on && s.from <= runEnd) runEnd = s.from - 1;
    }
    return {
      status: "valid",
      validThrough: runEnd === INF ? null : formatDay(runEnd),
      daysRemaining: runEnd === INF ? null : runEnd - on,
      basis: [g.rec.id],
    };
  }
  if (g?.rec.status === "unknown") {
    return { status: "unknown", validThrough: null, daysRemaining: null, basis: [g.rec.id] };
  }

  // The last day before `on` on which some valid record governed.
  let lastValid: { day: number; id: string } | undefined;
  for (const r of known) {
    if (r.rec.status !== "valid") continue;
    let d = Math.min(on - 1, r.through);
    while (d >= r.from) {
      const outrankers = known.filter((s) => s.announced > r.announced && covers(s, d));
      if (outrankers.length === 0) break;
      d = Math.min(...outrankers.map((s) => s.from)) - 1;
    }
    if (d >= r.from && (!lastValid || d > lastValid.day)) lastValid = { day: d, id: r.rec.id };
  }
  if (g === undefined && lastValid === undefined) {
    return { status: "unknown", validThrough: null, daysRemaining: null, basis: [] };
  }
  return {
    status: "expired",
    validThrough: lastValid ? formatDay(lastValid.day) : null,
    daysRemaining: null,
    basis: [...(g ? [g.rec.id] : []), ...(lastValid ? [lastValid.id] : [])],
  };
}
