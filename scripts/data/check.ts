// The data-quality gate of a release (tz's `make check`): every rule a maintainer must not
// break when adding a decision, reported as `file: id: problem`, all at once. One host's files
// are checked together (`pk/`); the shared risk data (`risk/`) is checked on its own, as the
// library builds it.
import type * as z from "zod";
import {
  createDataset,
  createRiskData,
  isAfghanRefugeesError,
  type DatasetInput,
  type RiskDataInput,
} from "../../src/index.js";
import {
  CrosswalkRuleSchema,
  DatasetMetaSchema,
  DocumentTypeInfoSchema,
  ExposureTargetInfoSchema,
  FigureSchema,
  GroupInfoSchema,
  HarmReportSchema,
  LegalProvisionSchema,
  RiskProfileSchema,
  SourceSchema,
  SpecificNeedsCategorySchema,
  SpecificNeedsCodeSchema,
  SubdivisionSchema,
  WordingSchema,
} from "../../src/schemas/index.js";
import { recordSchemasFor } from "../../src/schemas/dataset-schemas.js";
import { HOSTS, type DataFile } from "./files.js";

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
  /** What an item is, in a duplicate-id message (`undefined`: ids are not checked here). */
  what?: string;
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

/** Adds a problem; `count` is how many there are so far. */
interface Add {
  (file: string, id: string, message: string): void;
  readonly count: () => number;
}

/** The files of one part of the data, read as lists of items. */
function reader(byPath: ReadonlyMap<string, unknown>, add: Add) {
  return (path: string): Item[] => {
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
}

const idOf = (c: Collection, item: Item, i: number) =>
  typeof item[c.idKey] === "string" ? (item[c.idKey] as string) : `[${i}]`;

/**
 * The checks every part shares: each item against its schema, unique ids, every cited source
 * known and every source cited, nothing dated after the review day, followable URLs.
 */
function checkCollections(
  sources: Collection,
  collections: readonly Collection[],
  reviewed: string | null,
  add: Add,
): void {
  for (const c of [sources, ...collections]) {
    c.items.forEach((item, i) => {
      for (const message of issues(c.schema, item)) add(c.file, idOf(c, item, i), message);
    });
  }
  // Unique ids within each kind of item; records across every record file.
  const byKind = new Map<string, Collection[]>();
  for (const c of [sources, ...collections]) {
    if (c.what !== undefined) byKind.set(c.what, [...(byKind.get(c.what) ?? []), c]);
  }
  for (const [what, list] of byKind) {
    const seen = new Map<string, string>();
    for (const c of list) {
      c.items.forEach((item, i) => {
        const id = idOf(c, item, i);
        const first = seen.get(id);
        if (first !== undefined)
          add(c.file, id, `duplicates the id of another ${what} (in ${first})`);
        else seen.set(id, c.file);
      });
    }
  }
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
          add(c.file, idOf(c, item, i), `cites "${String(id)}", which is not in ${sources.file}`);
      }
    });
  }
  sources.items.forEach((s, i) => {
    const id = idOf(sources, s, i);
    if (!cited.has(s.id)) add(sources.file, id, "is cited by nothing");
    if (reviewed !== null && typeof s.published === "string" && firstDay(s.published) > reviewed) {
      add(sources.file, id, "is published after reviewedThrough");
    }
    // The schema checks the syntax; this adds a host name.
    if (!isWebUrl(s.url)) add(sources.file, id, "url: is not an http(s) URL with a host name");
  });
}

const HOST_FILES: Record<string, string> = {
  meta: "dataset.json",
  documentTypes: "documents.json",
  subdivisions: "subdivisions.json",
  targets: "targets.json",
  groups: "groups.json",
  wording: "wording.json",
  sources: "sources.json",
  figures: "figures.json",
};

/** Maps a problem of createDataset (a path into the input) back to a file and an id. */
function placeOf(
  path: string,
  host: string,
  records: readonly { file: string; item: Item }[],
  parts: Readonly<Record<string, unknown>>,
): DataProblem {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?\.?(.*)$/.exec(path);
  const key = m?.[1] ?? "";
  const index = m?.[2];
  const field = m?.[3] ?? "";
  if (key === "records" && index !== undefined) {
    const at = records[Number(index)];
    if (at !== undefined) return { file: at.file, id: String(at.item.id), message: field };
  }
  const name = HOST_FILES[key];
  if (name === undefined) return { file: `${host}/`, id: path, message: "" };
  if (index === undefined) return { file: `${host}/${name}`, id: key, message: field };
  const list = parts[key];
  const item: unknown = Array.isArray(list) ? list[Number(index)] : undefined;
  const id = isItem(item) ? (item.id ?? item.code) : undefined;
  return {
    file: `${host}/${name}`,
    id: typeof id === "string" ? id : `[${index}]`,
    message: field,
  };
}

/** The problems of a createDataset or createRiskData call, by file; `[]` when it succeeds. */
function libraryProblems(run: () => void, place: (path: string) => DataProblem): DataProblem[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!isAfghanRefugeesError(error) || !("problems" in error)) throw error;
    return (error as { problems: { path: string; message: string }[] }).problems.map((p) => {
      const at = place(p.path);
      return { ...at, message: `${at.message}: ${p.message}`.replace(/^: /, "") };
    });
  }
}

function checkHost(
  host: string,
  byPath: ReadonlyMap<string, unknown>,
  files: readonly DataFile[],
  add: Add,
): void {
  const at = (f: string) => `${host}/${f}`;
  const list = reader(byPath, add);
  const meta = byPath.get(at("dataset.json"));
  for (const message of issues(DatasetMetaSchema, meta)) add(at("dataset.json"), "meta", message);
  const reviewed =
    isItem(meta) && typeof meta.reviewedThrough === "string" ? meta.reviewedThrough : null;
  if (reviewed === null) add(at("dataset.json"), "reviewedThrough", "is required");
  if (isItem(meta) && typeof meta.released === "string" && reviewed !== null) {
    if (meta.released < reviewed) add(at("dataset.json"), "released", "is before reviewedThrough");
  }
  const wording = byPath.get(at("wording.json"));
  for (const message of issues(WordingSchema, wording)) add(at("wording.json"), "wording", message);

  // The records are checked against the host's own ids, by the grammar's schemas.
  const idsOf = (file: string, key = "id") =>
    new Set(
      list(at(file))
        .map((item) => item[key])
        .filter((v): v is string => typeof v === "string"),
    );
  const documentItems = list(at("documents.json"));
  const { record: recordSchema } = recordSchemasFor({
    documents: idsOf("documents.json"),
    timelineDocuments: new Set(
      documentItems
        .filter((d) => d.validityRule === "timeline")
        .map((d) => d.id)
        .filter((v): v is string => typeof v === "string"),
    ),
    targets: idsOf("targets.json"),
    groups: idsOf("groups.json"),
    subdivisions: idsOf("subdivisions.json", "code"),
  });
  const recordFiles = files.filter(
    (f) => f.path.startsWith(`${host}/validity/`) || f.path.startsWith(`${host}/exposure/`),
  );
  const collection = (
    file: string,
    schema: z.ZodType,
    what: string,
    cites = true,
    idKey = "id",
  ): Collection => ({
    file: at(file),
    what,
    items: list(at(file)),
    schema,
    idKey,
    cites,
  });
  const sources = collection("sources.json", SourceSchema, "source", false);
  const documents = collection("documents.json", DocumentTypeInfoSchema, "document type");
  const figures = collection("figures.json", FigureSchema, "figure");
  const records = recordFiles.map((f): Collection => ({
    file: f.path,
    what: "record",
    items: list(f.path),
    schema: recordSchema,
    idKey: "id",
    cites: true,
  }));
  const subdivisions = collection(
    "subdivisions.json",
    SubdivisionSchema,
    "subdivision",
    true,
    "code",
  );
  const targets = collection("targets.json", ExposureTargetInfoSchema, "target", false);
  const groups = collection("groups.json", GroupInfoSchema, "group", false);
  const legal = collection("legal-basis.json", LegalProvisionSchema, "legal provision");
  const before = add.count();
  checkCollections(
    sources,
    [documents, figures, ...records, subdivisions, targets, groups, legal],
    reviewed,
    add,
  );

  // Nothing after the review day: no announcement or figure.
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
        add(figures.file, idOf(figures, f, i), "is as of a day after reviewedThrough");
      }
    });
  }
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

  // What the library itself checks when it builds the dataset: first issue days, targets that
  // name known documents, records of one document announced the same day that overlap, and
  // the rest. Only when the files are well formed, so that each problem is said once.
  if (add.count() !== before) return;
  const all = records.flatMap((c) => c.items.map((item) => ({ file: c.file, item })));
  const parts: Record<string, unknown> = {
    meta,
    documentTypes: documents.items,
    subdivisions: subdivisions.items,
    targets: targets.items,
    groups: groups.items,
    wording,
    sources: sources.items,
    figures: figures.items,
  };
  const input = { ...parts, records: all.map((r) => r.item) } as unknown as DatasetInput;
  for (const p of libraryProblems(
    () => createDataset(input),
    (path) => placeOf(path, host, all, parts),
  )) {
    add(p.file, p.id, p.message);
  }
}

function checkRisk(byPath: ReadonlyMap<string, unknown>, add: Add): void {
  const list = reader(byPath, add);
  const needsFile = byPath.get("risk/specific-needs-codes.json");
  const needs = isItem(needsFile) ? needsFile : {};
  const of = (
    file: string,
    schema: z.ZodType,
    what: string,
    idKey = "id",
    items = list(file),
  ): Collection => ({
    file,
    what,
    items,
    schema,
    idKey,
    cites: true,
  });
  const sources = { ...of("risk/sources.json", SourceSchema, "risk source"), cites: false };
  const profiles = of("risk/profiles.json", RiskProfileSchema, "risk profile");
  const harms = of("risk/harms.json", HarmReportSchema, "harm report");
  const crosswalk = { ...of("risk/crosswalk.json", CrosswalkRuleSchema, "crosswalk rule", "code") };
  delete crosswalk.what; // several rules may give one code
  const categories = of(
    "risk/specific-needs-codes.json",
    SpecificNeedsCategorySchema,
    "category",
    "code",
    Array.isArray(needs.categories) ? needs.categories.filter(isItem) : [],
  );
  const codes = of(
    "risk/specific-needs-codes.json",
    SpecificNeedsCodeSchema,
    "code",
    "code",
    Array.isArray(needs.codes) ? needs.codes.filter(isItem) : [],
  );
  const before = add.count();
  checkCollections(sources, [profiles, harms, crosswalk, categories, codes], null, add);
  if (add.count() !== before) return;
  const input = {
    profiles: profiles.items,
    harms: harms.items,
    crosswalk: crosswalk.items,
    specificNeedsCategories: categories.items,
    specificNeedsCodes: codes.items,
    sources: sources.items,
  } as unknown as RiskDataInput;
  const files: Record<string, string> = {
    profiles: "risk/profiles.json",
    harms: "risk/harms.json",
    crosswalk: "risk/crosswalk.json",
    specificNeedsCategories: "risk/specific-needs-codes.json",
    specificNeedsCodes: "risk/specific-needs-codes.json",
    sources: "risk/sources.json",
  };
  const place = (path: string): DataProblem => {
    const m = /^([A-Za-z]+)\[(\d+)\]\.?(.*)$/.exec(path);
    const key = m?.[1] ?? "";
    const item = (input as unknown as Record<string, Item[] | undefined>)[key]?.[Number(m?.[2])];
    return {
      file: files[key] ?? "risk/",
      id: item === undefined ? path : String(item.id ?? item.code),
      message: m?.[3] ?? "",
    };
  };
  for (const p of libraryProblems(() => createRiskData(input), place)) add(p.file, p.id, p.message);
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
  const add: Add = Object.assign(
    (file: string, id: string, message: string) => {
      problems.push({ file, id, message });
    },
    { count: () => problems.length },
  );
  const byPath = new Map(files.map((f) => [f.path, f.value]));
  for (const host of HOSTS) checkHost(host, byPath, files, add);
  checkRisk(byPath, add);
  // A source in both a host's registry and the risk data's must say the same.
  for (const host of HOSTS) {
    const hostSources = byPath.get(`${host}/sources.json`);
    const riskSources = byPath.get("risk/sources.json");
    if (!Array.isArray(hostSources) || !Array.isArray(riskSources)) continue;
    const byId = new Map(hostSources.filter(isItem).map((s) => [s.id, JSON.stringify(s)]));
    for (const s of riskSources.filter(isItem)) {
      const other = byId.get(s.id);
      if (other !== undefined && other !== JSON.stringify(s)) {
        add(
          "risk/sources.json",
          String(s.id),
          `differs from the source of the same id in ${host}/sources.json`,
        );
      }
    }
  }
  return problems;
}
