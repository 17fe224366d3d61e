/**
 * A straightforward reference implementation of exposure: it scans every record on every call
 * (no tables, no epochs). The oracle of the exposure property tests and the baseline of the
 * assess benchmark.
 */
import {
  type Dataset,
  type Exposure,
  pakistan,
  parseDay,
  type Person,
  type TimelineRecord,
} from "../../src/index.js";
import { districtKey, settlementKey } from "../../src/exposure/place-names.js";
import { referenceValidity } from "./validity-reference.js";

export interface ReferenceExposure {
  status: "protected" | "tolerated" | "deadline_pending" | "liable";
  record: string | null;
  deadline: number | null;
  phase: string | null;
}

const INF = Number.POSITIVE_INFINITY;

/** The fields of a library answer that the reference computes, in its form. */
export function asReference(e: Exposure): ReferenceExposure {
  return {
    status: e.status,
    record:
      e.status === "protected"
        ? null
        : e.basis[0]?.kind === "validity"
          ? null
          : (e.basis[0]?.id ?? null),
    deadline: e.deadline === null ? null : parseDay(e.deadline),
    phase: e.phase,
  };
}

function docValid(
  records: readonly TimelineRecord[],
  doc: Person["documents"][number],
  on: number,
  knownAt: number | undefined,
  dataset: Dataset,
): boolean {
  const info = dataset.documentTypes.find((d) => d.id === doc.type);
  if (info === undefined || !info.recognisedByState) return false;
  if (info.validityRule === "holder")
    return doc.validThrough !== undefined && on <= parseDay(doc.validThrough);
  if (info.validityRule !== "timeline") return false;
  return referenceValidity(records, info, on, knownAt).status === "valid";
}

export function referenceExposure(
  records: readonly TimelineRecord[],
  person: Person,
  on: number,
  knownAt?: number,
  dataset: Dataset = pakistan,
): ReferenceExposure {
  if (person.documents.some((d) => docValid(records, d, on, knownAt, dataset))) {
    return { status: "protected", record: null, deadline: null, phase: null };
  }
  const held = person.documents.map((d) => d.type);
  // The person's targets: those whose documents they hold, else the one with no documents.
  const targets: string[] = dataset.targets
    .filter((t) => t.documents.some((d) => held.includes(d)))
    .map((t) => t.id);
  const fallback = dataset.targets.find((t) => t.documents.length === 0)?.id;
  if (targets.length === 0 && fallback !== undefined) targets.push(fallback);
  const known = (r: TimelineRecord) => knownAt === undefined || parseDay(r.announced) <= knownAt;

  let best:
    | {
        announced: number;
        index: number;
        status: ReferenceExposure["status"];
        id: string;
        deadline: number | null;
      }
    | undefined;
  records.forEach((r, index) => {
    if (r.kind === "validity" || !known(r)) return;
    if (r.kind === "directive" && r.effect === "notice") return;
    const scope = r.kind === "directive" ? r.scope : undefined;
    if (scope?.groups && !scope.groups.some((g) => person.groups?.includes(g))) return;
    if (scope?.provinces || scope?.districts || scope?.settlements) {
      const loc = person.location;
      const inProvince = loc?.province !== undefined && scope.provinces?.includes(loc.province);
      const district = loc?.district === undefined ? undefined : districtKey(loc.district);
      const inDistrict =
        district !== undefined && scope.districts?.some((d) => districtKey(d) === district);
      // A settlement entry concerns only people who live in a settlement: by its name, else
      // every settlement of its district, else of its province.
      const inSettlement =
        loc?.settlement !== undefined &&
        scope.settlements?.some((s) =>
          s.name !== undefined
            ? settlementKey(s.name) !== "" &&
              settlementKey(s.name) === settlementKey(loc.settlement ?? "")
            : s.district !== undefined
              ? districtKey(s.district) === district
              : s.province === loc.province,
        );
      if (!inProvince && !inDistrict && !inSettlement) return;
    }
    const announced = parseDay(r.announced);
    for (const t of targets) {
      if (!r.targets.includes(t)) continue;
      const windows: {
        from: number;
        through: number;
        status: ReferenceExposure["status"];
        deadline: number | null;
      }[] = [];
      if (r.kind === "phase") {
        const deadline = r.departureDeadline === undefined ? null : parseDay(r.departureDeadline);
        if (deadline !== null) {
          windows.push({
            from: parseDay(r.from),
            through: deadline,
            status: "deadline_pending",
            deadline,
          });
        }
        windows.push({
          from: parseDay(r.enforcementFrom),
          through: r.through === undefined ? INF : parseDay(r.through),
          status: "liable",
          deadline,
        });
      } else {
        let through = r.through === undefined ? INF : parseDay(r.through);
        if (r.endsWithDecision === true && t !== fallback) {
          for (const v of records) {
            if (
              v.kind !== "validity" ||
              v.status === "unknown" ||
              !known(v) ||
              !dataset.targets
                .find((x) => x.id === t)
                ?.documents.some((d) => v.documents.includes(d))
            )
              continue;
            const d = parseDay(v.announced);
            if (d > announced) through = Math.min(through, d - 1);
          }
        }
        const deadline = r.deadline === undefined ? null : parseDay(r.deadline);
        if (deadline !== null) through = Math.min(through, deadline);
        const status =
          r.effect === "tolerate"
            ? "tolerated"
            : r.effect === "deport"
              ? "liable"
              : "deadline_pending";
        windows.push({ from: parseDay(r.from), through, status, deadline });
      }
      for (const w of windows) {
        if (w.from > on || on > w.through) continue;
        if (
          !best ||
          announced > best.announced ||
          (announced === best.announced && index > best.index)
        ) {
          best = { announced, index, status: w.status, id: r.id, deadline: w.deadline };
        }
      }
    }
  });

  let phase: { announced: number; index: number; id: string; deadline: number | null } | undefined;
  records.forEach((r, index) => {
    if (r.kind !== "phase" || !known(r) || !r.targets.some((t) => targets.includes(t))) return;
    if (parseDay(r.from) > on || (r.through !== undefined && parseDay(r.through) < on)) return;
    const announced = parseDay(r.announced);
    if (
      !phase ||
      announced > phase.announced ||
      (announced === phase.announced && index > phase.index)
    ) {
      phase = {
        announced,
        index,
        id: r.phase,
        deadline: r.departureDeadline === undefined ? null : parseDay(r.departureDeadline),
      };
    }
  });

  if (!best) {
    const passed = phase?.deadline ?? null;
    return {
      status: "liable",
      record: null,
      deadline: passed !== null && passed < on ? passed : null,
      phase: phase?.id ?? null,
    };
  }
  let deadline = best.deadline;
  if (best.status === "liable") {
    deadline = deadline ?? phase?.deadline ?? null;
    if (deadline !== null && deadline >= on) deadline = null;
  }
  if (best.status === "tolerated") deadline = null;
  return { status: best.status, record: best.id, deadline, phase: phase?.id ?? null };
}
