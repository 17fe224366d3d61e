// Risk data as a value: the published risk profiles, harm reports, UNHCR specific-needs codes and
// the crosswalk between them. It is about the country of origin, so every host shares it; like a
// dataset, it is validated once, frozen, and owns its caches (screenings, derived needs).
import { InvalidInputError, TimelineValidationError } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import type { Source } from "../sources/source.js";
import { Checker, isObject, type Obj } from "../grammar/check.js";
import { checkSources } from "../timeline/validate.js";
import type { CrosswalkRule } from "./crosswalk.js";
import { HARM_LABELS, type HarmReport } from "./harm.js";
import type { RiskProfile } from "./risk-profile.js";
import type { SpecificNeedsCategory, SpecificNeedsCode } from "./specific-needs-code.js";
import { CIRCUMSTANCES, ETHNICITIES, RELIGIONS, ROLES, SEXES } from "./vocabulary.js";

/**
 * Everything risk screening reads, as JSON can hold it: the input of {@link createRiskData}.
 *
 * @example
 * ```ts
 * const input: RiskDataInput = { ...riskDataInput(riskData), harms: [] };
 * createRiskData(input).harms.length; //=> 0
 * ```
 */
export interface RiskDataInput {
  /** The published risk profiles. */
  profiles: RiskProfile[];
  /** Harms reported for returnees and for the groups at risk. */
  harms: HarmReport[];
  /** The crosswalk from screening results to specific-needs codes. */
  crosswalk: CrosswalkRule[];
  /** The categories of UNHCR's specific-needs codes. */
  specificNeedsCategories: SpecificNeedsCategory[];
  /** UNHCR's specific-needs codes. */
  specificNeedsCodes: SpecificNeedsCode[];
  /** Every source the items above cite. */
  sources: Source[];
}

/**
 * Risk data as a value: validated and immutable. {@link riskData} is bundled; pass one of your
 * own as the `riskData` option of {@link screenRisk} and {@link assess}.
 *
 * @example
 * ```ts
 * const r: RiskData = riskData;
 * r.profiles.length > 20; //=> true
 * ```
 */
export interface RiskData {
  /** The published risk profiles, in order. */
  readonly profiles: readonly RiskProfile[];
  /** The harm reports. */
  readonly harms: readonly HarmReport[];
  /** The crosswalk rules. */
  readonly crosswalk: readonly CrosswalkRule[];
  /** The code categories. */
  readonly specificNeedsCategories: readonly SpecificNeedsCategory[];
  /** The codes. */
  readonly specificNeedsCodes: readonly SpecificNeedsCode[];
  /** The sources. */
  readonly sources: readonly Source[];
}

/** What screening keeps for one risk data value: lookups, and caches bounded in size. @internal */
export interface CompiledRisk {
  data: RiskData;
  codeLabels: ReadonlyMap<string, string>;
  /** Screenings by screening key (cleared when full). */
  screenings: Map<string, unknown>;
  /** Derived specific needs by screening key, then exposure status index (cleared when full). */
  needs: Map<string, unknown[]>;
}

const registry = /* @__PURE__ */ new WeakMap<object, CompiledRisk>();

/**
 * The compiled form of risk data made by {@link createRiskData}.
 * @internal
 */
export function compiledRisk(value: unknown, name = "riskData"): CompiledRisk {
  const entry = typeof value === "object" && value !== null ? registry.get(value) : undefined;
  if (entry === undefined) {
    throw new InvalidInputError(`${name}: expected risk data made by createRiskData`);
  }
  return entry;
}

const INPUT_KEYS = new Set([
  "profiles",
  "harms",
  "crosswalk",
  "specificNeedsCategories",
  "specificNeedsCodes",
  "sources",
]);
const CONFIDENCES = new Set(["high", "medium", "low"]);
const FRAMEWORKS = new Set(["euaa-2024", "unhcr-2025"]);
const POPULATIONS = new Set(["returnees", "in_afghanistan"]);
const HARMS = /* @__PURE__ */ new Set(Object.keys(HARM_LABELS));
const STATUSES = new Set(["standard", "single_source"]);
const EXPOSURES = new Set(["protected", "tolerated", "deadline_pending", "liable"]);
const CATEGORY = /^[A-Z]{2}$/;
const CODE = /^[A-Z]{2}-[A-Z]{1,3}$/;
const SECTION = /^\d+(\.\d+)*$/;
const PARTIAL_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

const VALUES: Record<string, ReadonlySet<string>> = {
  roles: /* @__PURE__ */ new Set(ROLES),
  sex: /* @__PURE__ */ new Set(SEXES),
  ethnicities: /* @__PURE__ */ new Set(ETHNICITIES),
  religions: /* @__PURE__ */ new Set(RELIGIONS),
  circumstances: /* @__PURE__ */ new Set(CIRCUMSTANCES),
  exposure: EXPOSURES,
};

/** Checks the items of a list field; returns the objects among them. */
function items(input: Obj, key: string, checker: Checker): Obj[] {
  const value = input[key];
  if (!Array.isArray(value)) {
    checker.add(key, "must be an array");
    return [];
  }
  const out: Obj[] = [];
  value.forEach((item: unknown, i) => {
    if (isObject(item)) out.push(item);
    else checker.add(`${key}[${i}]`, "must be an object");
  });
  return out;
}

/** A list of values from a closed set (non-empty unless `mayBeEmpty`). */
function valueList(
  obj: Obj,
  key: string,
  allowed: ReadonlySet<string>,
  path: string,
  checker: Checker,
  mayBeEmpty = false,
): void {
  const list = obj[key];
  if (list === undefined) return;
  if (!Array.isArray(list) || (!mayBeEmpty && list.length === 0)) {
    checker.add(`${path}.${key}`, mayBeEmpty ? "must be an array" : "must be a non-empty array");
    return;
  }
  list.forEach((v: unknown, i) => {
    if (typeof v !== "string" || !allowed.has(v)) {
      checker.add(`${path}.${key}[${i}]`, "is not a known value");
    }
  });
}

function optionalBoolean(obj: Obj, key: string, path: string, checker: Checker): void {
  if (obj[key] !== undefined && typeof obj[key] !== "boolean") {
    checker.add(`${path}.${key}`, "must be true or false");
  }
}

function cites(
  obj: Obj,
  path: string,
  known: ReadonlySet<string>,
  checker: Checker,
  optional = false,
) {
  const sources = obj.sources;
  if (sources === undefined && optional) return;
  if (!Array.isArray(sources) || sources.length === 0) {
    checker.add(`${path}.sources`, "must cite at least one source id");
    return;
  }
  sources.forEach((id: unknown, i) => {
    if (typeof id !== "string" || !known.has(id)) {
      checker.add(`${path}.sources[${i}]`, "is not the id of a known source");
    }
  });
}

function uniqueCode(obj: Obj, path: string, pattern: RegExp, seen: Set<string>, checker: Checker) {
  const code = obj.code;
  if (typeof code !== "string" || !pattern.test(code)) {
    checker.add(`${path}.code`, "is not a code of the right form");
  } else if (seen.has(code)) {
    checker.add(`${path}.code`, "repeats a code of the same list");
  } else {
    seen.add(code);
  }
}

function checkProfiles(input: Obj, known: ReadonlySet<string>, checker: Checker): Set<string> {
  const ids = new Set<string>();
  const list = items(input, "profiles", checker);
  list.forEach((p, i) => {
    const path = `profiles[${i}]`;
    checker.keys(
      p,
      new Set([
        "id",
        "framework",
        "section",
        "label",
        "parent",
        "conclusion",
        "matchWhen",
        "sources",
        "confidence",
        "note",
      ]),
      path,
    );
    checker.id(p, path, ids, "profile");
    checker.oneOf(p, "framework", FRAMEWORKS, path);
    if (p.section !== undefined && (typeof p.section !== "string" || !SECTION.test(p.section))) {
      checker.add(`${path}.section`, "must be a section number such as 3.8");
    }
    checker.text(p, "label", path);
    checker.text(p, "conclusion", path, true);
    checker.text(p, "note", path, true);
    checker.oneOf(p, "confidence", CONFIDENCES, path);
    cites(p, path, known, checker);
    const when = p.matchWhen;
    if (!isObject(when)) {
      checker.add(`${path}.matchWhen`, "must be an object");
    } else {
      const at = `${path}.matchWhen`;
      checker.keys(
        when,
        new Set(["roles", "sex", "child", "ethnicities", "religions", "circumstances"]),
        at,
      );
      for (const key of ["roles", "sex", "ethnicities", "religions", "circumstances"]) {
        valueList(when, key, VALUES[key] as ReadonlySet<string>, at, checker);
      }
      optionalBoolean(when, "child", at, checker);
    }
  });
  // Parents are checked once every id is known: a sub-profile may come before its parent.
  list.forEach((p, i) => {
    if (p.parent !== undefined && (typeof p.parent !== "string" || !ids.has(p.parent))) {
      checker.add(`profiles[${i}].parent`, "is not the id of a profile");
    }
  });
  return ids;
}

function checkHarms(
  input: Obj,
  known: ReadonlySet<string>,
  profiles: ReadonlySet<string>,
  checker: Checker,
) {
  const ids = new Set<string>();
  items(input, "harms", checker).forEach((h, i) => {
    const path = `harms[${i}]`;
    checker.keys(
      h,
      new Set([
        "id",
        "harm",
        "wording",
        "population",
        "groups",
        "allReturnees",
        "profiles",
        "reportedBy",
        "date",
        "sources",
        "confidence",
        "note",
      ]),
      path,
    );
    checker.id(h, path, ids, "harm report");
    checker.oneOf(h, "harm", HARMS, path);
    checker.oneOf(h, "population", POPULATIONS, path);
    for (const key of ["wording", "groups", "reportedBy"]) checker.text(h, key, path);
    checker.text(h, "note", path, true);
    optionalBoolean(h, "allReturnees", path, checker);
    if (h.profiles === undefined) checker.add(`${path}.profiles`, "is required (an array)");
    valueList(h, "profiles", profiles, path, checker, true);
    if (typeof h.date !== "string" || !PARTIAL_DATE.test(h.date)) {
      checker.add(`${path}.date`, "must be YYYY-MM-DD or YYYY-MM");
    }
    checker.oneOf(h, "confidence", CONFIDENCES, path);
    cites(h, path, known, checker);
  });
}

function checkCodes(input: Obj, known: ReadonlySet<string>, checker: Checker): Set<string> {
  const categories = new Set<string>();
  items(input, "specificNeedsCategories", checker).forEach((c, i) => {
    const path = `specificNeedsCategories[${i}]`;
    checker.keys(
      c,
      new Set(["code", "label", "progresLabel", "sources", "confidence", "note"]),
      path,
    );
    uniqueCode(c, path, CATEGORY, categories, checker);
    checker.text(c, "label", path);
    checker.text(c, "progresLabel", path, true);
    checker.text(c, "note", path, true);
    checker.oneOf(c, "confidence", CONFIDENCES, path);
    cites(c, path, known, checker);
  });
  const codes = new Set<string>();
  items(input, "specificNeedsCodes", checker).forEach((c, i) => {
    const path = `specificNeedsCodes[${i}]`;
    checker.keys(
      c,
      new Set(["code", "label", "category", "status", "sources", "confidence", "note"]),
      path,
    );
    uniqueCode(c, path, CODE, codes, checker);
    checker.text(c, "label", path);
    checker.text(c, "note", path, true);
    if (typeof c.category !== "string" || !categories.has(c.category)) {
      checker.add(`${path}.category`, "is not the code of a category");
    }
    checker.oneOf(c, "status", STATUSES, path);
    checker.oneOf(c, "confidence", CONFIDENCES, path);
    cites(c, path, known, checker);
  });
  return codes;
}

function checkCrosswalk(
  input: Obj,
  known: ReadonlySet<string>,
  profiles: ReadonlySet<string>,
  codes: ReadonlySet<string>,
  checker: Checker,
) {
  items(input, "crosswalk", checker).forEach((r, i) => {
    const path = `crosswalk[${i}]`;
    checker.keys(r, new Set(["code", "when", "rationale", "sources"]), path);
    if (typeof r.code !== "string" || !codes.has(r.code)) {
      checker.add(`${path}.code`, "is not a specific-needs code of the data");
    }
    checker.text(r, "rationale", path);
    cites(r, path, known, checker, true);
    const when = r.when;
    if (!isObject(when)) {
      checker.add(`${path}.when`, "must be an object");
      return;
    }
    const at = `${path}.when`;
    checker.keys(
      when,
      new Set([
        "anyProfileExcept",
        "exposure",
        "noValidDocument",
        "roles",
        "circumstances",
        "sex",
        "adult",
      ]),
      at,
    );
    valueList(when, "anyProfileExcept", profiles, at, checker, true);
    for (const key of ["exposure", "roles", "circumstances", "sex"]) {
      valueList(when, key, VALUES[key] as ReadonlySet<string>, at, checker);
    }
    optionalBoolean(when, "noValidDocument", at, checker);
    optionalBoolean(when, "adult", at, checker);
  });
}

/**
 * Makes risk data: the profiles, harms, codes and crosswalk that {@link screenRisk} and
 * {@link assess} read, for example the bundled ones with a profile added.
 *
 * @remarks
 * Every item is validated: strict fields, ids and codes unique, values from the screening
 * vocabularies ({@link ROLES}, {@link SEXES}, ...), every profile, code and category named
 * known, every cited source known. Every problem is reported at once in a
 * {@link TimelineValidationError}, by path, never with a value. The input is copied and frozen.
 *
 * @param input - A {@link RiskDataInput}.
 * @returns New, immutable risk data.
 * @throws {@link TimelineValidationError} listing every problem.
 *
 * @example
 * ```ts
 * const mine = createRiskData({ ...riskDataInput(riskData), crosswalk: [] });
 * screenRisk({ roles: ["journalist"] }, { riskData: mine }).specificNeeds; //=> []
 * ```
 */
export function createRiskData(input: RiskDataInput): RiskData {
  const given: unknown = input;
  if (!isObject(given)) throw new InvalidInputError("input: expected a risk data object");
  const checker = new Checker();
  checker.keys(given, INPUT_KEYS, "input");
  const sourceIds = new Set<string>();
  const sources: Source[] = [];
  checkSources(given.sources, checker, sourceIds, sources);
  const profiles = checkProfiles(given, sourceIds, checker);
  checkHarms(given, sourceIds, profiles, checker);
  const codes = checkCodes(given, sourceIds, checker);
  checkCrosswalk(given, sourceIds, profiles, codes, checker);
  if (checker.problems.length > 0) throw new TimelineValidationError(checker.problems);
  const copy = deepFreeze(
    structuredClone({
      profiles: given.profiles,
      harms: given.harms,
      crosswalk: given.crosswalk,
      specificNeedsCategories: given.specificNeedsCategories,
      specificNeedsCodes: given.specificNeedsCodes,
      sources,
    }),
  ) as unknown as RiskData;
  return register(copy);
}

/**
 * Risk data from input validated when it was built (the bundled risk data; see
 * `bundledDataset`): frozen in place, not checked again at import.
 * @internal
 */
export function bundledRiskData(input: RiskDataInput): RiskData {
  return register(deepFreeze(input));
}

/** Registers frozen risk data with its caches. */
function register(frozen: RiskData): RiskData {
  const data: RiskData = Object.freeze({
    profiles: frozen.profiles,
    harms: frozen.harms,
    crosswalk: frozen.crosswalk,
    specificNeedsCategories: frozen.specificNeedsCategories,
    specificNeedsCodes: frozen.specificNeedsCodes,
    sources: frozen.sources,
  });
  registry.set(data, {
    data,
    codeLabels: new Map(data.specificNeedsCodes.map((c) => [c.code, c.label])),
    screenings: new Map(),
    needs: new Map(),
  });
  return data;
}

/**
 * Risk data's parts as a {@link RiskDataInput}: to build risk data of one's own from the
 * bundled, or to write it as JSON.
 *
 * @param data - Risk data made by {@link createRiskData} (or the bundled {@link riskData}).
 * @returns Its parts (frozen: copy before changing them).
 * @throws {@link InvalidInputError} for anything else.
 *
 * @example
 * ```ts
 * riskDataInput(riskData).specificNeedsCodes.length > 70; //=> true
 * ```
 */
export function riskDataInput(data: RiskData): RiskDataInput {
  const { data: d } = compiledRisk(data, "data");
  return {
    profiles: d.profiles,
    harms: d.harms,
    crosswalk: d.crosswalk,
    specificNeedsCategories: d.specificNeedsCategories,
    specificNeedsCodes: d.specificNeedsCodes,
    sources: d.sources,
  } as unknown as RiskDataInput;
}
