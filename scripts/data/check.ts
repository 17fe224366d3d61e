// The data-quality gate of a release (tz's `make check`): every rule a maintainer must not
// break when adding a decision, reported as `file: id: problem`, all at once.
import type * as z from "zod";
import { createTimeline, isAfghanRefugeesError, type TimelineRecord } from "../../src/index.js";
import {
  CrosswalkRuleSchema,
  DatasetMetaSchema,
  DocumentTypeInfoSchema,
  FigureSchema,
  HarmReportSchema,
  LegalProvisionSchema,
  RiskProfileSchema,
  SourceSchema,
  SpecificNeedsCategorySchema,
  SpecificNeedsCodeSchema,
  TimelineRecordSchema,
} from "../../src/schemas/index.js";
import type { DataFile } from "./files.js";

/** One problem: the file, the item's id (or a field of the file), and what is wrong. */
export interface DataProblem {
  file: string;
  id: string;
  message: string;
}

/** `file: id: problem`, the form `data:check` prints. */
export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.id}: ${p.message}`;
}

type Item = Record<string, unknown>;
const isItem = (v: unknown): v is Item => typeof v === "object" && v !== null && !Array.isArray(v);

/** A day or partial date (`YYYY`, `YYYY-MM`) as the first day it can stand for. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function isWebUrl(value: unknown): boolean {
  if (typeof value !== "string" || !/^https?:\/\/[\x21-\x7e]+$/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** What each file holds: a list of items checked by a schema, and the key of their id. */
interface Collection {
  file: string;
  items: Item[];
  schema: z.ZodType;
  idKey: string;
  /** Whether items cite sources (and so count as citing them). */
  cites: boolean;
}

function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const path = i.path.map(String).join(".");
    return path === "" ? i.message : `${path}: ${i.message}`;
  });
}

/**
 * Checks the dataset's files. Returns every problem found (none: the dataset may be released).
 */
export function checkDataset(files: readonly DataFile[], unreadable: readonly DataFile[] = []) {
  const problems: DataProblem[] = unreadable.map((f) => ({
    file: f.path,
    id: "-",
    message: String(f.value),
  }));
  const add = (file: string, id: string, message: string) => {
    problems.push({ file, id, message });
  };
  const byPath = new Map(files.map((f) => [f.path, f.value]));
  const list = (path: string): Item[] => {
    const value = byPath.get(path);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      add(path, "-", "must be an array");
      return [];
    }
    return value.filter((v, i): v is Item => {
      if (!isItem(v)) add(path, `[${i}]`, "must be an object");
      return isItem(v);
    });
  };

  // The dataset's metadata.
  const meta = byPath.get("dataset.json");
  for (const message of issues(DatasetMetaSchema, meta)) add("dataset.json", "meta", message);
  const reviewed =
    isItem(meta) && typeof meta.reviewedThrough === "string" ? meta.reviewedThrough : null;
  if (reviewed === null) add("dataset.json", "reviewedThrough", "is required");
  if (isItem(meta) && typeof meta.released === "string" && reviewed !== null) {
    if (meta.released < reviewed) add("dataset.json", "released", "is before reviewedThrough");
  }

  const specificNeeds = byPath.get("risk/specific-needs-codes.json");
  const needs = isItem(specificNeeds) ? specificNeeds : {};
  const recordFiles = files.filter((f) => /^(validity|exposure)\//.test(f.path));
  const collections: Collection[] = [
    {
      file: "sources.json",
      items: list("sources.json"),
      schema: SourceSchema,
      idKey: "id",
      cites: false,
    },
    {
      file: "documents.json",
      items: list("documents.json"),
      schema: DocumentTypeInfoSchema,
      idKey: "id",
      cites: true,
    },
    {
      file: "figures.json",
      items: list("figures.json"),
      schema: FigureSchema,
      idKey: "id",
      cites: true,
    },
    ...recordFiles.map((f) => ({
      file: f.path,
      items: list(f.path),
      schema: TimelineRecordSchema,
      idKey: "id",
      cites: true,
    })),
    {
      file: "risk/profiles.json",
      items: list("risk/profiles.json"),
      schema: RiskProfileSchema,
      idKey: "id",
      cites: true,
    },
    {
      file: "risk/harms.json",
      items: list("risk/harms.json"),
      schema: HarmReportSchema,
      idKey: "id",
      cites: true,
    },
    {
      file: "risk/crosswalk.json",
      items: list("risk/crosswalk.json"),
      schema: CrosswalkRuleSchema,
      idKey: "code",
      cites: true,
    },
    {
      file: "risk/legal-basis.json",
      items: list("risk/legal-basis.json"),
      schema: LegalProvisionSchema,
      idKey: "id",
      cites: true,
    },
    {
      file: "risk/specific-needs-codes.json",
      items: Array.isArray(needs.categories) ? needs.categories.filter(isItem) : [],
      schema: SpecificNeedsCategorySchema,
      idKey: "code",
      cites: true,
    },
    {
      file: "risk/specific-needs-codes.json",
      items: Array.isArray(needs.codes) ? needs.codes.filter(isItem) : [],
      schema: SpecificNeedsCodeSchema,
      idKey: "code",
      cites: true,
    },
  ];
  const idOf = (c: Collection, item: Item, i: number) =>
    typeof item[c.idKey] === "string" ? (item[c.idKey] as string) : `[${i}]`;

  // Every item against its schema (field syntax, spans, confidence, URL syntax...).
  for (const c of collections) {
    c.items.forEach((item, i) => {
      for (const message of issues(c.schema, item)) add(c.file, idOf(c, item, i), message);
    });
  }

  // Unique ids: sources, figures and document types each among themselves; records across
  // every record file.
  const unique = (items: { file: string; id: string }[], what: string) => {
    const seen = new Map<string, string>();
    for (const { file, id } of items) {
      const first = seen.get(id);
      if (first !== undefined) add(file, id, `duplicates the id of another ${what} (in ${first})`);
      else seen.set(id, file);
    }
  };
  const named = (c: Collection) =>
    c.items.map((item, i) => ({ file: c.file, id: idOf(c, item, i) }));
  const [sources, documents, figures] = collections as [Collection, Collection, Collection];
  const records = collections.filter((c) => recordFiles.some((f) => f.path === c.file));
  unique(named(sources), "source");
  unique(named(documents), "document type");
  unique(named(figures), "figure");
  unique(records.flatMap(named), "record");

  // Every cited source exists, and every source is cited.
  const sourceIds = new Set(sources.items.map((s) => s.id));
  const cited = new Set<unknown>();
  for (const c of collections) {
    if (!c.cites) continue;
    c.items.forEach((item, i) => {
      const list = item.sources;
      if (!Array.isArray(list)) return;
      for (const id of list) {
        cited.add(id);
        if (!sourceIds.has(id))
          add(c.file, idOf(c, item, i), `cites "${String(id)}", which is not in sources.json`);
      }
    });
  }
  for (const [i, s] of sources.items.entries()) {
    if (!cited.has(s.id)) add("sources.json", idOf(sources, s, i), "is cited by nothing");
  }

  // Nothing after the review day: no announcement, figure or source date.
  if (reviewed !== null) {
    for (const c of records) {
      c.items.forEach((r, i) => {
        if (typeof r.announced === "string" && r.announced > reviewed) {
          add(c.file, idOf(c, r, i), "is announced after reviewedThrough");
        }
      });
    }
    figures.items.forEach((f, i) => {
      if (typeof f.asOf === "string" && firstDay(f.asOf) > reviewed) {
        add("figures.json", idOf(figures, f, i), "is as of a day after reviewedThrough");
      }
    });
    sources.items.forEach((s, i) => {
      if (typeof s.published === "string" && firstDay(s.published) > reviewed) {
        add("sources.json", idOf(sources, s, i), "is published after reviewedThrough");
      }
    });
  }
  // URLs that a reader can follow (the schema checks the syntax; this adds a host name).
  sources.items.forEach((s, i) => {
    if (!isWebUrl(s.url))
      add("sources.json", idOf(sources, s, i), "url: is not an http(s) URL with a host name");
  });

  // Records that are not sure say why.
  for (const c of records) {
    c.items.forEach((r, i) => {
      const unsure = r.confidence !== "high" || (r.kind === "validity" && r.status === "unknown");
      if (unsure && (typeof r.note !== "string" || r.note.length < 40)) {
        add(
          c.file,
          idOf(c, r, i),
          "is not of high confidence (or is unknown) but has no note that says why",
        );
      }
    });
  }

  // What the library itself checks when it builds the timeline: first issue days, records of
  // one document announced the same day that overlap, and the rest. Only when the records are
  // well formed, so that each problem is said once.
  if (problems.length === 0) {
    const all = records.flatMap((c) => c.items.map((item) => ({ file: c.file, item })));
    try {
      createTimeline(all.map((r) => r.item) as unknown as TimelineRecord[], {
        base: null,
        sources: sources.items as never,
        ...(reviewed === null ? {} : { reviewedThrough: reviewed }),
      });
    } catch (error) {
      if (!isAfghanRefugeesError(error) || !("problems" in error)) throw error;
      for (const p of (error as { problems: { path: string; message: string }[] }).problems) {
        const m = /^records\[(\d+)\](.*)$/.exec(p.path);
        const at = m === null ? undefined : all[Number(m[1])];
        if (at === undefined) add("data", p.path, p.message);
        else
          add(
            at.file,
            String(at.item.id),
            `${(m?.[2] ?? "").replace(/^\./, "")}: ${p.message}`.replace(/^: /, ""),
          );
      }
    }
  }
  return problems;
}
