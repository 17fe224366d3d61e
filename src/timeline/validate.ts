// Runtime validation of timeline records and sources for createTimeline. The main entry must not
// load zod, so this is written by hand; a property test checks that it accepts and rejects the
// same records as the zod schemas of `afghan-refugees/schemas`.
import { isIsoDate } from "../dates/index.js";
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { TimelineProblem } from "../errors.js";
import { safeKey } from "../keys.js";
import type { Source } from "../sources/source.js";
import type { Vocabulary } from "../dataset/vocabulary.js";
import { settlementKey } from "../exposure/place-names.js";
import type { TimelineRecord } from "./record.js";

/** The pattern of record and source ids. @internal */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CONFIDENCES = /* @__PURE__ */ new Set(["high", "medium", "low"]);
const PRECISIONS = /* @__PURE__ */ new Set(["exact", "inferred", "on_or_before"]);
const RECORD_STATUSES = /* @__PURE__ */ new Set(["valid", "invalid", "unknown"]);
const SOURCE_KINDS = /* @__PURE__ */ new Set(["primary", "secondary"]);
const EFFECTS = /* @__PURE__ */ new Set(["tolerate", "deport", "deadline", "notice"]);

const SOURCE_KEYS = /* @__PURE__ */ new Set([
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
const COMMON_KEYS = [
  "kind",
  "id",
  "announced",
  "announcedPrecision",
  "from",
  "through",
  "body",
  "instrument",
  "summary",
  "sources",
  "confidence",
  "note",
];
const VALIDITY_KEYS = /* @__PURE__ */ new Set([...COMMON_KEYS, "documents", "status"]);
const PHASE_KEYS = /* @__PURE__ */ new Set([
  ...COMMON_KEYS,
  "phase",
  "name",
  "targets",
  "departureDeadline",
  "enforcementFrom",
]);
const DIRECTIVE_KEYS = /* @__PURE__ */ new Set([
  ...COMMON_KEYS,
  "name",
  "effect",
  "targets",
  "endsWithDecision",
  "deadline",
  "scope",
]);
const SCOPE_KEYS = /* @__PURE__ */ new Set(["provinces", "districts", "settlements", "groups"]);
const SETTLEMENT_KEYS = /* @__PURE__ */ new Set(["name", "district", "province"]);

/** An object read as a record of unknown values. @internal */
export type Obj = Record<string, unknown>;

/** Whether a value is a plain object (not an array). @internal */
export function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects the problems of an input, by path, never with a value. @internal */
export class Checker {
  readonly problems: TimelineProblem[] = [];

  /** The dataset's vocabulary: the document types, targets, groups and subdivisions it knows. */
  constructor(readonly vocabulary: Vocabulary) {}

  /** A list of the ids a message may name (ids are the dataset's, never input). */
  list(ids: Iterable<string>): string {
    return [...ids].join(", ");
  }

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
    if (typeof value !== "string" || !/\S/.test(value)) {
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
  if (!/^[\x21-\x7e]+$/.test(value)) return false; // ASCII only, as JSON Schema's "uri" format
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
export function checkSources(
  values: unknown,
  checker: Checker,
  seen: Set<string>,
  into: Source[],
  at = "sources",
): void {
  if (!Array.isArray(values)) {
    checker.add(at, "must be an array of sources");
    return;
  }
  values.forEach((value: unknown, index) => {
    const path = `${at}[${index}]`;
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
    if (url !== undefined && !isWebUrl(url))
      checker.add(
        `${path}.url`,
        "must be an http(s) URL in ASCII (percent-encode other characters)",
      );
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

/** The fields every record has: id, days, body, summary, sources, confidence. */
function checkCommon(
  value: Obj,
  path: string,
  checker: Checker,
  seen: Set<string>,
  sourceIds: ReadonlySet<string>,
  keys: ReadonlySet<string>,
): { from: string | undefined; through: string | undefined } {
  checker.keys(value, keys, path);
  checker.id(value, path, seen, "record");
  checker.day(value, "announced", path);
  checker.oneOf(value, "announcedPrecision", PRECISIONS, path);
  const from = checker.day(value, "from", path);
  const through = checker.day(value, "through", path, true);
  if (from !== undefined && through !== undefined && through < from) {
    checker.add(`${path}.through`, "must not be before `from`");
  }
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
  return { from, through };
}

function checkValidity(value: Obj, path: string, checker: Checker, from: string | undefined): void {
  const documentTypes = checker.vocabulary.documentTypes;
  const documents = value.documents;
  const types: DocumentTypeInfo[] = [];
  if (!Array.isArray(documents) || documents.length === 0) {
    checker.add(`${path}.documents`, "must be a non-empty array of document types");
  } else {
    const distinct = new Set<unknown>();
    documents.forEach((doc: unknown, i) => {
      const info = typeof doc === "string" ? documentTypes.get(doc) : undefined;
      if (info === undefined) {
        checker.add(
          `${path}.documents[${i}]`,
          `must be one of: ${checker.list(checker.vocabulary.documentIds)}`,
        );
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
  if (from !== undefined) {
    for (const info of types) {
      if (info.firstIssued !== undefined && from < info.firstIssued) {
        checker.add(`${path}.from`, `is before ${info.id} was first issued`);
      }
    }
  }
  checker.oneOf(value, "status", RECORD_STATUSES, path);
}

function checkTargets(value: Obj, path: string, checker: Checker): void {
  const targets = value.targets;
  const known = checker.vocabulary.targetBits;
  if (!Array.isArray(targets) || targets.length === 0) {
    checker.add(`${path}.targets`, `must be a non-empty array of: ${checker.list(known.keys())}`);
    return;
  }
  const distinct = new Set<unknown>();
  targets.forEach((target: unknown, i) => {
    if (typeof target !== "string" || !known.has(target)) {
      checker.add(`${path}.targets[${i}]`, `must be one of: ${checker.list(known.keys())}`);
    } else if (distinct.has(target)) {
      checker.add(`${path}.targets[${i}]`, "is listed twice");
    }
    distinct.add(target);
  });
}

function checkPhase(value: Obj, path: string, checker: Checker, from: string | undefined): void {
  if (typeof value.phase !== "string" || !ID_PATTERN.test(value.phase)) {
    checker.add(`${path}.phase`, "must be a phase id: lowercase letters, digits and hyphens");
  }
  checker.text(value, "name", path);
  checkTargets(value, path, checker);
  const deadline = checker.day(value, "departureDeadline", path, true);
  const enforcement = checker.day(value, "enforcementFrom", path);
  if (from !== undefined && deadline !== undefined && deadline < from) {
    checker.add(`${path}.departureDeadline`, "must not be before `from`");
  }
  if (from !== undefined && enforcement !== undefined && enforcement < from) {
    checker.add(`${path}.enforcementFrom`, "must not be before `from`");
  }
  if (deadline !== undefined && enforcement !== undefined && enforcement <= deadline) {
    checker.add(`${path}.enforcementFrom`, "must be after `departureDeadline`");
  }
  const through = value.through;
  if (typeof through === "string" && enforcement !== undefined && through < enforcement) {
    checker.add(`${path}.through`, "must not be before `enforcementFrom`");
  }
}

function isSubdivision(checker: Checker, value: unknown): boolean {
  return typeof value === "string" && checker.vocabulary.subdivisions.has(value);
}

function checkSettlement(value: unknown, path: string, checker: Checker): boolean {
  if (!isObject(value)) {
    checker.add(path, "must be an object { name?, district?, province? }");
    return false;
  }
  const before = checker.problems.length;
  checker.keys(value, SETTLEMENT_KEYS, path);
  const name = checker.text(value, "name", path, true);
  checker.text(value, "district", path, true);
  if (name !== undefined && settlementKey(name) === "") {
    checker.add(`${path}.name`, "must name a settlement, not only a word such as camp");
  }
  if (value.province !== undefined && !isSubdivision(checker, value.province)) {
    checker.add(
      `${path}.province`,
      `must be one of: ${checker.list(checker.vocabulary.subdivisions.keys())}`,
    );
  }
  if (value.name === undefined && value.district === undefined && value.province === undefined) {
    checker.add(path, "must give a name, a district or a province");
  }
  return checker.problems.length === before;
}

function checkScope(value: unknown, path: string, checker: Checker): void {
  if (!isObject(value) || Object.keys(value).length === 0) {
    checker.add(path, "must be an object with provinces, districts, settlements or groups");
    return;
  }
  checker.keys(value, SCOPE_KEYS, path);
  const { subdivisions, groupBits } = checker.vocabulary;
  const lists: [string, (item: unknown, at: string) => boolean, string][] = [
    ["provinces", (p) => isSubdivision(checker, p), `one of: ${checker.list(subdivisions.keys())}`],
    ["districts", (d) => typeof d === "string" && /\S/.test(d), "a district name"],
    ["settlements", (s, at) => checkSettlement(s, at, checker), ""],
    [
      "groups",
      (g) => typeof g === "string" && groupBits.has(g),
      `one of: ${checker.list(groupBits.keys())}`,
    ],
  ];
  for (const [key, ok, what] of lists) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) {
      checker.add(`${path}.${key}`, "must be a non-empty array");
      continue;
    }
    list.forEach((item: unknown, i) => {
      const at = `${path}.${key}[${i}]`;
      if (!ok(item, at) && what !== "") checker.add(at, `must be ${what}`);
    });
  }
}

function checkDirective(
  value: Obj,
  path: string,
  checker: Checker,
  from: string | undefined,
): void {
  checker.oneOf(value, "effect", EFFECTS, path);
  checker.text(value, "name", path, true);
  checkTargets(value, path, checker);
  if (value.endsWithDecision !== undefined && typeof value.endsWithDecision !== "boolean") {
    checker.add(`${path}.endsWithDecision`, "must be true or false");
  }
  if (value.effect === "deadline") {
    const deadline = checker.day(value, "deadline", path);
    if (deadline !== undefined && from !== undefined && deadline < from) {
      checker.add(`${path}.deadline`, "must not be before `from`");
    }
  } else if (value.deadline !== undefined) {
    checker.add(`${path}.deadline`, "is only for directives whose effect is deadline");
  }
  if (value.scope !== undefined) checkScope(value.scope, `${path}.scope`, checker);
}

/**
 * Checks timeline records and appends them to `into`. Problems go to `checker`.
 * @internal
 */
export function checkRecords(
  values: unknown,
  checker: Checker,
  seen: Set<string>,
  sourceIds: ReadonlySet<string>,
  into: TimelineRecord[],
  at = "records",
): void {
  if (!Array.isArray(values)) {
    checker.add(at, "must be an array of records");
    return;
  }
  values.forEach((value: unknown, index) => {
    const path = `${at}[${index}]`;
    if (!isObject(value)) {
      checker.add(path, "must be an object");
      return;
    }
    const before = checker.problems.length;
    switch (value.kind) {
      case "validity": {
        const { from } = checkCommon(value, path, checker, seen, sourceIds, VALIDITY_KEYS);
        checkValidity(value, path, checker, from);
        break;
      }
      case "phase": {
        const { from } = checkCommon(value, path, checker, seen, sourceIds, PHASE_KEYS);
        checkPhase(value, path, checker, from);
        break;
      }
      case "directive": {
        const { from } = checkCommon(value, path, checker, seen, sourceIds, DIRECTIVE_KEYS);
        checkDirective(value, path, checker, from);
        break;
      }
      default:
        checker.add(`${path}.kind`, "must be one of: validity, phase, directive");
        return;
    }
    if (checker.problems.length === before) into.push(value as unknown as TimelineRecord);
  });
}

/** Two records for the same document announced the same day must not overlap. @internal */
export function checkAmbiguity(
  records: readonly TimelineRecord[],
  firstNew: number,
  checker: Checker,
  at = "records",
) {
  for (let i = firstNew; i < records.length; i++) {
    const a = records[i];
    if (a?.kind !== "validity") continue;
    for (let j = 0; j < i; j++) {
      const b = records[j];
      if (b?.kind !== "validity" || a.announced !== b.announced) continue;
      const overlap =
        (a.through === undefined || b.from <= a.through) &&
        (b.through === undefined || a.from <= b.through);
      const shared = a.documents.find((d) => b.documents.includes(d));
      if (overlap && shared !== undefined) {
        checker.add(
          `${at}[${i - firstNew}]`,
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
  vocabulary: Vocabulary,
): { checked: CheckedTimeline; problems: TimelineProblem[] } {
  const checker = new Checker(vocabulary);
  const sourceSeen = new Set(base.sources.map((s) => s.id));
  const newSources: Source[] = [];
  if (sources !== undefined) checkSources(sources, checker, sourceSeen, newSources);
  const recordSeen = new Set(base.records.map((r) => r.id));
  const newRecords: TimelineRecord[] = [];
  checkRecords(records, checker, recordSeen, sourceSeen, newRecords);
  const all = [...base.records, ...newRecords];
  if (checker.problems.length === 0) checkAmbiguity(all, base.records.length, checker);
  return {
    checked: { records: all, sources: [...base.sources, ...newSources] },
    problems: checker.problems,
  };
}
