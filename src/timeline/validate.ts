// Runtime validation of timeline records and sources for createTimeline. The main entry must not
// load zod, so this is written by hand; a property test checks that it accepts and rejects the
// same records as the zod schemas of `afghan-refugees/schemas`.
import { isIsoDate } from "../dates/index.js";
import {
  DOCUMENT_TYPES,
  type DocumentType,
  type DocumentTypeInfo,
} from "../documents/document-type.js";
import type { TimelineProblem } from "../errors.js";
import type { Source } from "../sources/source.js";
import type { TimelineRecord, ValidityRecord } from "./record.js";

/** The pattern of record and source ids. @internal */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CONFIDENCES = new Set(["high", "medium", "low"]);
const PRECISIONS = new Set(["exact", "inferred", "on_or_before"]);
const RECORD_STATUSES = new Set(["valid", "invalid", "unknown"]);
const SOURCE_KINDS = new Set(["primary", "secondary"]);

const SOURCE_KEYS = new Set([
  "id",
  "publisher",
  "via",
  "title",
  "titleNote",
  "titleTranslation",
  "url",
  "published",
  "publishedNote",
  "kind",
  "language",
  "note",
]);
const VALIDITY_KEYS = new Set([
  "kind",
  "id",
  "documents",
  "announced",
  "announcedPrecision",
  "from",
  "through",
  "status",
  "body",
  "instrument",
  "summary",
  "sources",
  "confidence",
  "note",
]);

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Checker {
  readonly problems: TimelineProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  keys(obj: Obj, allowed: ReadonlySet<string>, path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.has(key)) this.add(`${path}.${safeKey(key)}`, "is not a known field");
    }
  }

  text(obj: Obj, key: string, path: string, optional = false): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.add(`${path}.${key}`, "is required (a non-empty string)");
      return undefined;
    }
    if (typeof value !== "string" || value.trim() === "") {
      this.add(`${path}.${key}`, "must be a non-empty string");
      return undefined;
    }
    return value;
  }

  day(obj: Obj, key: string, path: string, optional = false): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.add(`${path}.${key}`, "is required (a calendar day, YYYY-MM-DD)");
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.add(`${path}.${key}`, "must be a real calendar day written YYYY-MM-DD");
      return undefined;
    }
    return value;
  }

  oneOf(obj: Obj, key: string, allowed: ReadonlySet<string>, path: string): void {
    const value = obj[key];
    if (typeof value !== "string" || !allowed.has(value)) {
      this.add(`${path}.${key}`, `must be one of: ${[...allowed].join(", ")}`);
    }
  }

  id(obj: Obj, path: string, seen: Set<string>, what: string): string | undefined {
    const value = obj.id;
    if (typeof value !== "string" || !ID_PATTERN.test(value)) {
      this.add(`${path}.id`, "must be lowercase letters, digits and hyphens (at most 100)");
      return undefined;
    }
    if (seen.has(value)) {
      this.add(`${path}.id`, `duplicates the id of another ${what} ("${value}")`);
      return undefined;
    }
    seen.add(value);
    return value;
  }
}

/** Field names in messages are input too: show only safe ones. */
function safeKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(key) ? key : "(an unknown field)";
}

function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  if (value.length === 10) return isIsoDate(value);
  if (value.length === 7) {
    const month = Number(value.slice(5, 7));
    return month >= 1 && month <= 12;
  }
  return true;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Checks sources and appends them to `into`. Problems go to `checker`.
 * @internal
 */
function checkSources(values: unknown, checker: Checker, seen: Set<string>, into: Source[]): void {
  if (!Array.isArray(values)) {
    checker.add("sources", "must be an array of sources");
    return;
  }
  values.forEach((value: unknown, index) => {
    const path = `sources[${index}]`;
    if (!isObject(value)) {
      checker.add(path, "must be an object");
      return;
    }
    const before = checker.problems.length;
    checker.keys(value, SOURCE_KEYS, path);
    checker.id(value, path, seen, "source");
    checker.text(value, "publisher", path);
    checker.text(value, "title", path);
    for (const key of [
      "via",
      "titleNote",
      "titleTranslation",
      "publishedNote",
      "language",
      "note",
    ]) {
      checker.text(value, key, path, true);
    }
    const url = checker.text(value, "url", path);
    if (url !== undefined && !isWebUrl(url)) checker.add(`${path}.url`, "must be an http(s) URL");
    const published = value.published;
    if (published !== null && (typeof published !== "string" || !isPartialDate(published))) {
      checker.add(
        `${path}.published`,
        "must be YYYY-MM-DD, YYYY-MM, YYYY, or null (no date shown)",
      );
    }
    checker.oneOf(value, "kind", SOURCE_KINDS, path);
    if (checker.problems.length === before) into.push(value as unknown as Source);
  });
}

/**
 * Checks timeline records and appends them to `into`. Problems go to `checker`.
 * @internal
 */
function checkRecords(
  values: unknown,
  checker: Checker,
  seen: Set<string>,
  sourceIds: ReadonlySet<string>,
  documentTypes: ReadonlyMap<DocumentType, DocumentTypeInfo>,
  into: TimelineRecord[],
): void {
  if (!Array.isArray(values)) {
    checker.add("records", "must be an array of records");
    return;
  }
  values.forEach((value: unknown, index) => {
    const path = `records[${index}]`;
    if (!isObject(value)) {
      checker.add(path, "must be an object");
      return;
    }
    if (value.kind !== "validity") {
      checker.add(`${path}.kind`, "must be one of: validity");
      return;
    }
    const before = checker.problems.length;
    checker.keys(value, VALIDITY_KEYS, path);
    checker.id(value, path, seen, "record");
    const documents = value.documents;
    const types: DocumentTypeInfo[] = [];
    if (!Array.isArray(documents) || documents.length === 0) {
      checker.add(`${path}.documents`, "must be a non-empty array of document types");
    } else {
      const distinct = new Set<unknown>();
      documents.forEach((doc: unknown, i) => {
        const info =
          typeof doc === "string" && (DOCUMENT_TYPES as readonly string[]).includes(doc)
            ? documentTypes.get(doc as DocumentType)
            : undefined;
        if (info === undefined) {
          checker.add(`${path}.documents[${i}]`, `must be one of: ${DOCUMENT_TYPES.join(", ")}`);
        } else if (info.validityRule !== "timeline") {
          checker.add(
            `${path}.documents[${i}]`,
            "this document type's validity is not decided by timeline records",
          );
        } else if (distinct.has(doc)) {
          checker.add(`${path}.documents[${i}]`, "is listed twice");
        } else {
          types.push(info);
        }
        distinct.add(doc);
      });
    }
    checker.day(value, "announced", path);
    checker.oneOf(value, "announcedPrecision", PRECISIONS, path);
    const from = checker.day(value, "from", path);
    const through = checker.day(value, "through", path, true);
    if (from !== undefined && through !== undefined && through < from) {
      checker.add(`${path}.through`, "must not be before `from`");
    }
    if (from !== undefined) {
      for (const info of types) {
        if (info.firstIssued !== undefined && from < info.firstIssued) {
          checker.add(`${path}.from`, `is before ${info.id} was first issued`);
        }
      }
    }
    checker.oneOf(value, "status", RECORD_STATUSES, path);
    checker.text(value, "body", path);
    checker.text(value, "summary", path);
    checker.text(value, "instrument", path, true);
    checker.text(value, "note", path, true);
    checker.oneOf(value, "confidence", CONFIDENCES, path);
    const sources = value.sources;
    if (!Array.isArray(sources) || sources.length === 0) {
      checker.add(`${path}.sources`, "must cite at least one source id");
    } else {
      const distinct = new Set<unknown>();
      sources.forEach((id: unknown, i) => {
        if (typeof id !== "string" || !sourceIds.has(id)) {
          checker.add(`${path}.sources[${i}]`, "is not the id of a known source");
        } else if (distinct.has(id)) {
          checker.add(`${path}.sources[${i}]`, "is cited twice");
        }
        distinct.add(id);
      });
    }
    if (checker.problems.length === before) into.push(value as unknown as ValidityRecord);
  });
}

/** Two records for the same document announced the same day must not overlap. */
function checkAmbiguity(records: readonly TimelineRecord[], firstNew: number, checker: Checker) {
  for (let i = firstNew; i < records.length; i++) {
    const a = records[i] as ValidityRecord;
    for (let j = 0; j < i; j++) {
      const b = records[j] as ValidityRecord;
      if (a.announced !== b.announced) continue;
      const overlap =
        (a.through === undefined || b.from <= a.through) &&
        (b.through === undefined || a.from <= b.through);
      const shared = a.documents.find((d) => b.documents.includes(d));
      if (overlap && shared !== undefined) {
        checker.add(
          `records[${i - firstNew}]`,
          `overlaps record "${b.id}" for ${shared}, announced the same day: which one governs would be ambiguous`,
        );
      }
    }
  }
}

/** The checked input of createTimeline. @internal */
export interface CheckedTimeline {
  records: TimelineRecord[];
  sources: Source[];
}

/**
 * Validates new records and sources against a base, collecting every problem.
 * @internal
 */
export function checkTimelineInput(
  records: unknown,
  sources: unknown,
  base: { records: readonly TimelineRecord[]; sources: readonly Source[] },
  documentTypes: ReadonlyMap<DocumentType, DocumentTypeInfo>,
): { checked: CheckedTimeline; problems: TimelineProblem[] } {
  const checker = new Checker();
  const sourceSeen = new Set(base.sources.map((s) => s.id));
  const newSources: Source[] = [];
  if (sources !== undefined) checkSources(sources, checker, sourceSeen, newSources);
  const recordSeen = new Set(base.records.map((r) => r.id));
  const newRecords: TimelineRecord[] = [];
  checkRecords(records, checker, recordSeen, sourceSeen, documentTypes, newRecords);
  const all = [...base.records, ...newRecords];
  if (checker.problems.length === 0) checkAmbiguity(all, base.records.length, checker);
  return {
    checked: { records: all, sources: [...base.sources, ...newSources] },
    problems: checker.problems,
  };
}
