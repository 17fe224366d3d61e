// The answers that change between two versions of the dataset: for every document type whose
// validity the timeline decides and every exposure target, on every day, with all knowledge and
// as known on the day itself, grouped into runs of days. A maintainer reviews this before a
// release and writes the changelog's data section from it (tz's NEWS headings).
import {
  createDataset,
  datasetInput,
  documentValidity,
  exposure,
  formatDay,
  pakistan,
  parseDay,
  type Dataset,
  type DatasetInput,
  type Person,
  type TimelineRecord,
} from "../../src/index.js";
import type { DataFile } from "./files.js";

/** A dataset as the diff needs it. */
interface Version {
  label: string;
  version: string;
  released: string | null;
  reviewedThrough: string | null;
  timeline: Dataset;
  records: Map<string, Record<string, unknown>>;
  sources: Set<string>;
  figures: Map<string, string>;
}

/** A run of days: the last day is `null` when the run lasts beyond every record. */
export interface DayRun {
  from: string;
  through: string | null;
}

/**
 * One change of answer, the same for some situations over the same runs of days: the main
 * answer (status, governing record, deadline, confidence) differs, or a notice is shown or no
 * longer shown.
 */
export interface AnswerChange {
  /** The situations it concerns ("PoR holders (exposure)", ...). */
  situations: string[];
  /** With all knowledge (`today`), as known on each day, or both. */
  knowledge: "today" | "on the day" | "today and on the day";
  runs: DayRun[];
  /** What the answer is now, and what it was (for a notice, the notice's id). */
  change:
    | { kind: "answer"; now: string; was: string }
    | { kind: "notice added"; id: string }
    | { kind: "notice removed"; id: string };
}

/** What changed between two versions of the dataset. */
export interface DatasetDiff {
  from: { label: string; version: string; reviewedThrough: string | null };
  to: { label: string; version: string; reviewedThrough: string | null; released: string | null };
  records: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
  sources: { added: number; removed: number };
  figures: { added: string[]; removed: string[]; changed: string[] };
  answers: AnswerChange[];
}

const asObject = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asList = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(asObject) : []);

/**
 * Builds a version from its files; throws an Error naming the file when it is unusable. The
 * parts a release before 2026.3 did not have (subdivisions, targets, groups, wording, the
 * meta's host and time zone) are the bundled dataset's, which were then written in the code.
 */
function load(label: string, files: readonly DataFile[]): Version {
  const get = (path: string) => files.find((f) => f.path === path)?.value;
  const meta = asObject(get("pk/dataset.json"));
  // Older releases had `date` (documented as a review day) instead of `reviewedThrough`.
  const reviewedThrough =
    typeof meta.reviewedThrough === "string"
      ? meta.reviewedThrough
      : typeof meta.date === "string"
        ? meta.date
        : null;
  const recordList = files
    .filter((f) => /^pk\/(validity|exposure)\//.test(f.path))
    .flatMap((f) => asList(f.value));
  const sourceList = asList(get("pk/sources.json"));
  const current = datasetInput(pakistan);
  const part = (path: string, fallback: unknown) => get(path) ?? fallback;
  let timeline: Dataset;
  try {
    timeline = createDataset({
      meta: {
        ...current.meta,
        version: typeof meta.version === "string" ? meta.version : "0.0",
        reviewedThrough,
      },
      documentTypes: part("pk/documents.json", current.documentTypes),
      // (without the ISO source, which an older registry does not have)
      subdivisions: part(
        "pk/subdivisions.json",
        current.subdivisions.map(({ code, name }) => ({ code, name })),
      ),
      targets: part("pk/targets.json", current.targets),
      groups: part("pk/groups.json", current.groups),
      wording: part("pk/wording.json", current.wording),
      records: recordList as unknown as TimelineRecord[],
      sources: sourceList,
      // Figures are compared as text below; the dataset needs none to answer.
      figures: [],
    } as unknown as DatasetInput);
  } catch (error) {
    throw new Error(`${label}: its files do not make a valid dataset (${String(error)})`, {
      cause: error,
    });
  }
  return {
    label,
    version: typeof meta.version === "string" ? meta.version : "?",
    released:
      typeof meta.released === "string"
        ? meta.released
        : typeof meta.date === "string"
          ? meta.date
          : null,
    reviewedThrough,
    timeline,
    records: new Map(recordList.map((r) => [String(r.id), r])),
    // Every source shipped, the host's and the risk data's (one registry before 2026.3).
    sources: new Set([...sourceList, ...asList(get("risk/sources.json"))].map((s) => String(s.id))),
    figures: new Map(asList(get("pk/figures.json")).map((f) => [String(f.id), JSON.stringify(f)])),
  };
}

const VALIDITY: [string, "por_card" | "afghan_citizen_card" | "umrf_certificate"][] = [
  ["PoR cards", "por_card"],
  ["Afghan Citizen Cards", "afghan_citizen_card"],
  ["UMRF certificates", "umrf_certificate"],
];
const EXPOSURE: [string, Person][] = [
  ["PoR holders", { documents: [{ type: "por_card" }] }],
  ["ACC holders", { documents: [{ type: "afghan_citizen_card" }] }],
  ["UMRF certificate holders", { documents: [{ type: "umrf_certificate" }] }],
  ["Undocumented Afghans", { documents: [] }],
];

/** An answer: the main part, and the ids of the notices shown. */
interface Answer {
  main: string;
  notices: readonly string[];
}
type Ask = (timeline: Dataset, on: string, knownAt: string | undefined) => Answer;

function validityAsk(type: (typeof VALIDITY)[number][1]): Ask {
  return (timeline, on, knownAt) => {
    const v = documentValidity(type, {
      on,
      dataset: timeline,
      ...(knownAt === undefined ? {} : { knownAt }),
    });
    const record = v.basis[0]?.id;
    const through =
      v.validThrough === null
        ? ""
        : v.status === "valid"
          ? ` through ${v.validThrough}`
          : ` since ${v.validThrough}`;
    return {
      main: `${v.status}${record === undefined ? "" : ` under ${record}`}${through} (${v.confidence})`,
      notices: [],
    };
  };
}

function exposureAsk(person: Person): Ask {
  return (timeline, on, knownAt) => {
    const e = exposure(person, {
      on,
      dataset: timeline,
      ...(knownAt === undefined ? {} : { knownAt }),
    });
    const record = e.basis[0]?.kind === "validity" ? undefined : e.basis[0]?.id;
    return {
      main:
        `${e.status}${record === undefined ? "" : ` under ${record}`}` +
        `${e.deadline === null ? "" : `, deadline ${e.deadline}`} (${e.confidence})`,
      notices: e.notices.map((n) => n.id),
    };
  };
}

/** The days to scan: from before the first record to after the last day any record or review names. */
function scanDays(versions: readonly Version[]): [number, number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const v of versions) {
    for (const r of v.timeline.records) {
      for (const d of [r.announced, r.from, r.through, "deadline" in r ? r.deadline : undefined]) {
        if (d === undefined) continue;
        first = Math.min(first, parseDay(d));
        last = Math.max(last, parseDay(d));
      }
    }
    for (const d of [v.reviewedThrough, v.released])
      if (d !== null) last = Math.max(last, parseDay(d));
  }
  return [first - 1, last + 2];
}

/** Compares two versions of the dataset. */
export function diffDatasets(
  before: { label: string; files: readonly DataFile[] },
  after: { label: string; files: readonly DataFile[] },
): DatasetDiff {
  const a = load(before.label, before.files);
  const b = load(after.label, after.files);
  const [first, last] = scanDays([a, b]);
  const situations: [string, Ask][] = [
    ...VALIDITY.map(([label, type]): [string, Ask] => [`${label} (validity)`, validityAsk(type)]),
    ...EXPOSURE.map(([label, person]): [string, Ask] => [
      `${label} (exposure)`,
      exposureAsk(person),
    ]),
  ];
  // For each situation and knowledge, the runs of days of each change, by a key of the change.
  const found: {
    situation: string;
    knowledge: "today" | "on the day";
    key: string;
    runs: DayRun[];
  }[] = [];
  const lastDay = formatDay(last);
  for (const [situation, ask] of situations) {
    for (const knowledge of ["today", "on the day"] as const) {
      const runs = new Map<string, DayRun[]>();
      const mark = (key: string, on: string, previous: string) => {
        let list = runs.get(key);
        if (list === undefined) runs.set(key, (list = []));
        const run = list[list.length - 1];
        if (run?.through === previous) run.through = on;
        else list.push({ from: on, through: on });
      };
      for (let day = first; day <= last; day++) {
        const on = formatDay(day);
        const previous = formatDay(day - 1);
        const knownAt = knowledge === "today" ? undefined : on;
        const now = ask(b.timeline, on, knownAt);
        const was = ask(a.timeline, on, knownAt);
        if (now.main !== was.main)
          mark(JSON.stringify(["answer", now.main, was.main]), on, previous);
        for (const id of now.notices) {
          if (!was.notices.includes(id)) mark(JSON.stringify(["notice added", id]), on, previous);
        }
        for (const id of was.notices) {
          if (!now.notices.includes(id)) mark(JSON.stringify(["notice removed", id]), on, previous);
        }
      }
      for (const [key, list] of runs) {
        for (const run of list) if (run.through === lastDay) run.through = null;
        found.push({ situation, knowledge, key, runs: list });
      }
    }
  }
  // The same change over the same days, in both kinds of knowledge and in several situations,
  // is said once.
  const merged = new Map<string, AnswerChange>();
  const byKnowledge = new Map<string, (typeof found)[number][]>();
  for (const f of found) {
    const k = JSON.stringify([f.situation, f.key, f.runs]);
    byKnowledge.set(k, [...(byKnowledge.get(k) ?? []), f]);
  }
  for (const group of byKnowledge.values()) {
    const f = group[0] as (typeof found)[number];
    const knowledge = group.length === 2 ? "today and on the day" : f.knowledge;
    const k = JSON.stringify([knowledge, f.key, f.runs]);
    const existing = merged.get(k);
    if (existing !== undefined) {
      existing.situations.push(f.situation);
      continue;
    }
    const [kind, x, y] = JSON.parse(f.key) as [string, string, string];
    merged.set(k, {
      situations: [f.situation],
      knowledge,
      runs: f.runs,
      change:
        kind === "answer"
          ? { kind: "answer", now: x, was: y }
          : { kind: kind as "notice added" | "notice removed", id: x },
    });
  }
  const answers = [...merged.values()];
  const changed = [...b.records]
    .filter(([id]) => a.records.has(id))
    .map(([id, r]) => {
      const old = a.records.get(id) ?? {};
      const keys = [...new Set([...Object.keys(old), ...Object.keys(r)])];
      return { id, fields: keys.filter((k) => JSON.stringify(old[k]) !== JSON.stringify(r[k])) };
    })
    .filter((c) => c.fields.length > 0);
  return {
    from: { label: a.label, version: a.version, reviewedThrough: a.reviewedThrough },
    to: {
      label: b.label,
      version: b.version,
      reviewedThrough: b.reviewedThrough,
      released: b.released,
    },
    records: {
      added: [...b.records.keys()].filter((id) => !a.records.has(id)),
      removed: [...a.records.keys()].filter((id) => !b.records.has(id)),
      changed,
    },
    sources: {
      added: [...b.sources].filter((id) => !a.sources.has(id)).length,
      removed: [...a.sources].filter((id) => !b.sources.has(id)).length,
    },
    figures: {
      added: [...b.figures.keys()].filter((id) => !a.figures.has(id)),
      removed: [...a.figures.keys()].filter((id) => !b.figures.has(id)),
      changed: [...b.figures]
        .filter(([id, f]) => a.figures.has(id) && a.figures.get(id) !== f)
        .map(([id]) => id),
    },
    answers,
  };
}

function runText(r: DayRun): string {
  return r.through === null
    ? `${r.from} onward`
    : r.from === r.through
      ? r.from
      : `${r.from}..${r.through}`;
}

function changeText(c: AnswerChange["change"]): string {
  switch (c.kind) {
    case "answer":
      return `${c.now}; was ${c.was}`;
    case "notice added":
      return `new notice ${c.id}`;
    case "notice removed":
      return `notice ${c.id} no longer shown`;
  }
}

/** The runs before `split`, and the runs from it on. */
function splitRuns(runs: readonly DayRun[], split: string): [DayRun[], DayRun[]] {
  const before: DayRun[] = [];
  const after: DayRun[] = [];
  const dayBefore = formatDay(parseDay(split) - 1);
  for (const r of runs) {
    if (r.through !== null && r.through < split) before.push(r);
    else if (r.from >= split) after.push(r);
    else {
      before.push({ from: r.from, through: dayBefore });
      after.push({ from: split, through: r.through });
    }
  }
  return [before, after];
}

/**
 * The diff as text, under tz's NEWS headings: changes to past answers (days before the new
 * version's release day), changes to future answers (from that day on), and corrections
 * (records present in both versions whose content changed).
 */
export function formatDiff(d: DatasetDiff): string {
  const out: string[] = [];
  out.push(`Dataset ${d.from.version} (${d.from.label}) -> ${d.to.version} (${d.to.label})`);
  out.push(
    `reviewedThrough: ${d.from.reviewedThrough ?? "not said"} -> ${d.to.reviewedThrough ?? "not said"}`,
  );
  out.push(
    `Records: ${d.records.added.length} added, ${d.records.removed.length} removed, ${d.records.changed.length} changed; ` +
      `sources: ${d.sources.added} added, ${d.sources.removed} removed; ` +
      `figures: ${d.figures.added.length} added, ${d.figures.removed.length} removed, ${d.figures.changed.length} changed`,
  );
  if (d.records.added.length > 0) out.push(`Added records: ${d.records.added.join(", ")}`);
  if (d.records.removed.length > 0) out.push(`Removed records: ${d.records.removed.join(", ")}`);
  const split = d.to.released;
  const past: string[] = [];
  const future: string[] = [];
  for (const c of d.answers) {
    const [before, after] = split === null ? [c.runs, []] : splitRuns(c.runs, split);
    const line = (runs: DayRun[]) =>
      `- ${c.situations.join(", ")}, ${runs.map(runText).join("; ")}, as known ${c.knowledge}: ${changeText(c.change)}`;
    if (before.length > 0) past.push(line(before));
    if (after.length > 0) future.push(line(after));
  }
  const section = (title: string, list: string[]) => {
    out.push("", `## ${title}`);
    out.push(...(list.length === 0 ? ["(none)"] : list));
  };
  section(`Changes to past answers${split === null ? "" : ` (days before ${split})`}`, past);
  section(`Changes to future answers${split === null ? "" : ` (from ${split})`}`, future);
  out.push("", "## Corrections (records changed in place)");
  if (d.records.changed.length === 0) out.push("(none)");
  for (const c of d.records.changed) out.push(`- ${c.id}: ${c.fields.join(", ")}`);
  if (d.figures.changed.length > 0) out.push(`- figures: ${d.figures.changed.join(", ")}`);
  return `${out.join("\n")}\n`;
}
