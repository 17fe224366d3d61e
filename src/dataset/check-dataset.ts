// Checks the parts of a dataset other than its records and sources: meta, document types,
// subdivisions, exposure targets, groups, wording and figures. Every problem is reported by
// path, never with a value; the records are then checked against the vocabulary these make.
import { isIsoDate } from "../dates/index.js";
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { Figure } from "../figures/figure.js";
import { Checker, isObject, type Obj } from "../timeline/validate.js";
import type {
  DatasetMeta,
  ExposureTargetInfo,
  GroupInfo,
  Subdivision,
  Wording,
} from "./dataset.js";

/** Ids of document types, targets and groups: lowercase letters, digits and underscores. */
const VOCABULARY_ID = /^[a-z][a-z0-9_]{0,39}$/;
const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const HOST = /^[A-Z]{2}$/;
const VERSION = /^\d{4}\.\d+$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;

const META_KEYS = new Set([
  "id",
  "host",
  "name",
  "version",
  "released",
  "reviewedThrough",
  "reviewNote",
  "timeZone",
  "schemaVersion",
]);
const DOCUMENT_KEYS = new Set([
  "id",
  "name",
  "issuer",
  "firstIssued",
  "validityRule",
  "recognisedByState",
  "protects",
  "doesNotProtect",
  "sources",
  "confidence",
  "note",
]);
const RULES = new Set(["timeline", "holder", "not_assessed", "none"]);
const CONFIDENCES = new Set(["high", "medium", "low"]);
const QUALIFIERS = new Set(["exact", "about", "over", "nearly", "at_least"]);
const FIGURE_KEYS = new Set([
  "id",
  "measure",
  "value",
  "qualifier",
  "asOf",
  "since",
  "area",
  "counts",
  "reportedBy",
  "sources",
  "confidence",
  "note",
]);

/** Whether a string names an IANA time zone this runtime knows. */
function isTimeZone(value: unknown): boolean {
  if (typeof value !== "string" || value === "") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The items of a list field that are objects; a problem for the field or an item otherwise. */
function objects(value: unknown, path: string, checker: Checker, nonEmpty: boolean): Obj[] {
  if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
    checker.add(path, nonEmpty ? "must be a non-empty array" : "must be an array");
    return [];
  }
  const out: Obj[] = [];
  value.forEach((item: unknown, i) => {
    if (isObject(item)) out.push(item);
    else checker.add(`${path}[${i}]`, "must be an object");
  });
  return out;
}

/** An id of the dataset's vocabulary, unique in its list. */
function vocabularyId(obj: Obj, path: string, checker: Checker, seen: Set<string>): void {
  const id = obj.id;
  if (typeof id !== "string" || !VOCABULARY_ID.test(id)) {
    checker.add(`${path}.id`, "must be lowercase letters, digits and underscores (at most 40)");
  } else if (seen.has(id)) {
    checker.add(`${path}.id`, "repeats an id of the same list");
  } else {
    seen.add(id);
  }
}

function checkMeta(value: unknown, checker: Checker): void {
  if (!isObject(value)) {
    checker.add("meta", "must be an object");
    return;
  }
  checker.keys(value, META_KEYS, "meta");
  if (typeof value.id !== "string" || !DATASET_ID.test(value.id)) {
    checker.add("meta.id", "must be lowercase letters, digits and hyphens (at most 40)");
  }
  if (typeof value.host !== "string" || !HOST.test(value.host)) {
    checker.add("meta.host", "must be an ISO 3166-1 alpha-2 code, such as PK");
  }
  checker.text(value, "name", "meta");
  if (typeof value.version !== "string" || !VERSION.test(value.version)) {
    checker.add("meta.version", "must be YEAR.N, such as 2026.2");
  }
  checker.day(value, "released", "meta");
  if (value.reviewedThrough !== null) checker.day(value, "reviewedThrough", "meta");
  checker.text(value, "reviewNote", "meta", true);
  if (!isTimeZone(value.timeZone)) {
    checker.add("meta.timeZone", "must be an IANA time zone, such as Asia/Karachi");
  }
  const sv = value.schemaVersion;
  if (typeof sv !== "number" || !Number.isInteger(sv) || sv < 1) {
    checker.add("meta.schemaVersion", "must be a whole number of at least 1");
  }
}

function checkDocumentTypes(value: unknown, checker: Checker): void {
  const seen = new Set<string>();
  objects(value, "documentTypes", checker, true).forEach((d, i) => {
    const path = `documentTypes[${i}]`;
    checker.keys(d, DOCUMENT_KEYS, path);
    vocabularyId(d, path, checker, seen);
    for (const key of ["name", "issuer", "protects", "doesNotProtect"]) checker.text(d, key, path);
    checker.text(d, "note", path, true);
    checker.day(d, "firstIssued", path, true);
    checker.oneOf(d, "validityRule", RULES, path);
    checker.oneOf(d, "confidence", CONFIDENCES, path);
    if (typeof d.recognisedByState !== "boolean") {
      checker.add(`${path}.recognisedByState`, "must be true or false");
    }
  });
}

function checkSubdivisions(value: unknown, host: unknown, checker: Checker): void {
  const seen = new Set<string>();
  const prefix = typeof host === "string" ? `${host}-` : undefined;
  objects(value, "subdivisions", checker, false).forEach((s, i) => {
    const path = `subdivisions[${i}]`;
    checker.keys(s, new Set(["code", "name", "sources"]), path);
    checker.text(s, "name", path);
    const code = s.code;
    if (
      typeof code !== "string" ||
      !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code) ||
      (prefix !== undefined && !code.startsWith(prefix))
    ) {
      checker.add(`${path}.code`, "must be an ISO 3166-2 code of the host country, such as PK-IS");
    } else if (seen.has(code)) {
      checker.add(`${path}.code`, "repeats a code of another subdivision");
    } else {
      seen.add(code);
    }
  });
}

function checkTargets(value: unknown, documentIds: ReadonlySet<string>, checker: Checker): void {
  const seen = new Set<string>();
  let defaults = 0;
  const list = objects(value, "targets", checker, true);
  if (list.length > 24) checker.add("targets", "must have at most 24 targets");
  list.forEach((t, i) => {
    const path = `targets[${i}]`;
    checker.keys(t, new Set(["id", "name", "documents"]), path);
    vocabularyId(t, path, checker, seen);
    checker.text(t, "name", path);
    const docs = t.documents;
    if (!Array.isArray(docs)) {
      checker.add(`${path}.documents`, "must be an array of document type ids");
      return;
    }
    if (docs.length === 0) defaults++;
    docs.forEach((doc: unknown, j) => {
      if (typeof doc !== "string" || !documentIds.has(doc)) {
        checker.add(`${path}.documents[${j}]`, "is not the id of a document type of the dataset");
      }
    });
  });
  if (list.length > 0 && defaults !== 1) {
    checker.add(
      "targets",
      "must have exactly one target with no documents (the people who hold none of the others')",
    );
  }
}

function checkGroups(value: unknown, checker: Checker): void {
  const seen = new Set<string>();
  const list = objects(value, "groups", checker, false);
  if (list.length > 16) checker.add("groups", "must have at most 16 groups");
  list.forEach((g, i) => {
    const path = `groups[${i}]`;
    checker.keys(g, new Set(["id", "name"]), path);
    vocabularyId(g, path, checker, seen);
    checker.text(g, "name", path);
  });
}

function checkWording(value: unknown, checker: Checker): void {
  if (!isObject(value)) {
    checker.add("wording", "must be an object");
    return;
  }
  checker.keys(value, new Set(["legalBasis", "notAssessed"]), "wording");
  checker.text(value, "legalBasis", "wording");
  const notAssessed = checker.text(value, "notAssessed", "wording");
  if (notAssessed !== undefined && !notAssessed.includes("{document}")) {
    checker.add("wording.notAssessed", "must say where the document's name goes, with {document}");
  }
}

function checkFigures(value: unknown, checker: Checker): void {
  const seen = new Set<string>();
  objects(value, "figures", checker, false).forEach((f, i) => {
    const path = `figures[${i}]`;
    checker.keys(f, FIGURE_KEYS, path);
    checker.id(f, path, seen, "figure");
    for (const key of ["area", "counts", "reportedBy"]) checker.text(f, key, path);
    checker.text(f, "note", path, true);
    if (typeof f.measure !== "string" || !VOCABULARY_ID.test(f.measure)) {
      checker.add(`${path}.measure`, "must be lowercase letters, digits and underscores");
    }
    if (typeof f.value !== "number" || !Number.isInteger(f.value) || f.value < 0) {
      checker.add(`${path}.value`, "must be a whole number of at least 0");
    }
    checker.oneOf(f, "qualifier", QUALIFIERS, path);
    checker.oneOf(f, "confidence", CONFIDENCES, path);
    for (const key of ["asOf", "since"]) {
      const date = f[key];
      if (date === undefined && key === "since") continue;
      const ok =
        typeof date === "string" &&
        PARTIAL_DATE.test(date) &&
        (date.length !== 10 || isIsoDate(date));
      if (!ok) checker.add(`${path}.${key}`, "must be YYYY-MM-DD, YYYY-MM or YYYY");
    }
  });
}

/**
 * Checks the parts of a dataset input besides records and sources; problems go to `checker`.
 * Sources cited by document types and figures are checked by the caller.
 * @internal
 */
export function checkDatasetParts(input: Obj, checker: Checker): void {
  checkMeta(input.meta, checker);
  checkDocumentTypes(input.documentTypes, checker);
  const documentIds = new Set(
    (Array.isArray(input.documentTypes) ? (input.documentTypes as unknown[]) : [])
      .filter(isObject)
      .map((d) => d.id)
      .filter((id): id is string => typeof id === "string"),
  );
  checkSubdivisions(
    input.subdivisions,
    isObject(input.meta) ? input.meta.host : undefined,
    checker,
  );
  checkTargets(input.targets, documentIds, checker);
  checkGroups(input.groups, checker);
  checkWording(input.wording, checker);
  checkFigures(input.figures, checker);
}

/** The checked parts, typed. @internal */
export interface DatasetParts {
  meta: DatasetMeta;
  documentTypes: DocumentTypeInfo[];
  subdivisions: Subdivision[];
  targets: ExposureTargetInfo[];
  groups: GroupInfo[];
  wording: Wording;
  figures: Figure[];
}
