// The zod-free interpreter of the grammar: it checks a value against an object grammar and
// collects every problem by path, never with a value. The main entry uses it (it must not load
// zod); the zod schemas are the other interpreter, and a property test says the two agree.
import { isIsoDate } from "../dates/index.js";
import type { TimelineProblem } from "../errors.js";
import { safeKey } from "../keys.js";
import { ID_PATTERN, isPartialDate, isTimeZone, isWebUrl, WORD_PATTERN } from "./fields.js";
import type { Field, ObjectGrammar, Terms } from "./spec.js";

/** An object read as a record of unknown values. @internal */
export type Obj = Record<string, unknown>;

/** Whether a value is a plain object (not an array). @internal */
export function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects the problems of an input, by path, never with a value. @internal */
export class Checker {
  readonly problems: TimelineProblem[] = [];

  /**
   * @param terms - The ids each set of the dataset holds (see {@link Terms}); a check may change
   *   them for the parts that depend on others (the targets on the document types).
   */
  constructor(public terms: Terms = {}) {}

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Unknown keys of an object, each one problem. */
  keys(obj: Obj, allowed: ReadonlySet<string> | Readonly<Record<string, unknown>>, path: string) {
    const has =
      allowed instanceof Set
        ? (k: string) => allowed.has(k)
        : (k: string) => Object.hasOwn(allowed, k);
    for (const key of Object.keys(obj)) {
      if (!has(key)) this.add(`${path}.${safeKey(key)}`, "is not a known field");
    }
  }

  /** A non-blank string field (for the checks not yet written as a grammar). */
  text(obj: Obj, key: string, path: string, optional = false): string | undefined {
    return this.#field(obj, key, path, { t: "text" }, optional) ? (obj[key] as string) : undefined;
  }

  /** One of fixed values (for the checks not yet written as a grammar). */
  oneOf(obj: Obj, key: string, allowed: ReadonlySet<string>, path: string): void {
    const value = obj[key];
    if (typeof value !== "string" || !allowed.has(value)) {
      this.add(`${path}.${key}`, `must be one of: ${[...allowed].join(", ")}`);
    }
  }

  /** A unique id of a list (for the checks not yet written as a grammar). */
  id(obj: Obj, path: string, seen: Set<string>, what: string): void {
    const value = obj.id;
    if (typeof value !== "string" || !ID_PATTERN.test(value)) {
      this.add(`${path}.id`, "must be lowercase letters, digits and hyphens (at most 100)");
    } else {
      unique(value, `${path}.id`, seen, what, this);
    }
  }

  #field(obj: Obj, key: string, path: string, field: Field, optional: boolean): boolean {
    const value = obj[key];
    if (value === undefined) {
      if (!optional) this.add(`${path}.${key}`, requiredMessage(field, this.terms));
      return false;
    }
    return checkField(value, field, `${path}.${key}`, this);
  }
}

/** A value not seen before in its list; a problem naming the other item's id otherwise. */
function unique(value: string, path: string, seen: Set<string>, what: string, checker: Checker) {
  if (seen.has(value)) {
    checker.add(path, `duplicates the id of another ${what} ("${value}")`);
    return false;
  }
  seen.add(value);
  return true;
}

/** The message of a field whose value is wrong. */
function message(field: Field, terms: Terms): string {
  if (field.msg !== undefined) return field.msg;
  switch (field.t) {
    case "text":
      return "must be a non-empty string";
    case "day":
      return "must be a real calendar day written YYYY-MM-DD";
    case "enum":
      return `must be one of: ${field.values.join(", ")}`;
    case "term": {
      const known = terms[field.of];
      return known === undefined
        ? `must be an id of ${field.of}`
        : `must be one of: ${[...known].join(", ")}`;
    }
    case "literal":
      return `must be "${field.value}"`;
    case "bool":
      return "must be true or false";
    case "int":
      return `must be a whole number of at least ${field.min}`;
    case "list":
      return field.nonEmpty ? "must be a non-empty array" : "must be an array";
    case "object":
      return field.of.expect ?? "must be an object";
    default:
      return "is not valid";
  }
}

/** The message of a required field that is absent. */
function requiredMessage(field: Field, terms: Terms): string {
  if (field.t === "text") return "is required (a non-empty string)";
  if (field.t === "day") return "is required (a calendar day, YYYY-MM-DD)";
  return message(field, terms);
}

/** Whether a value is one of a term set's ids (any id of the right form if the set is absent). */
function isTerm(value: unknown, of: string, terms: Terms): boolean {
  if (typeof value !== "string") return false;
  const known = terms[of as keyof Terms];
  if (known !== undefined) return known.has(value);
  return (of === "sources" ? ID_PATTERN : WORD_PATTERN).test(value);
}

/**
 * Checks one value against a field; problems go to `checker`.
 * @returns Whether the value is valid.
 * @internal
 */
export function checkField(value: unknown, field: Field, path: string, checker: Checker): boolean {
  const terms = checker.terms;
  let ok: boolean;
  switch (field.t) {
    case "text":
      ok = typeof value === "string" && /\S/.test(value);
      break;
    case "day":
      ok = isIsoDate(value);
      break;
    case "pattern":
      ok = typeof value === "string" && field.re.test(value);
      break;
    case "partialDate":
      ok = isPartialDate(value);
      break;
    case "url":
      ok = isWebUrl(value);
      break;
    case "timeZone":
      ok = isTimeZone(value);
      break;
    case "enum":
      ok = typeof value === "string" && (field.values as readonly string[]).includes(value);
      break;
    case "term":
      ok = isTerm(value, field.of, terms);
      break;
    case "literal":
      ok = value === field.value;
      break;
    case "bool":
      ok = typeof value === "boolean";
      break;
    case "int":
      ok = typeof value === "number" && Number.isInteger(value) && value >= field.min;
      break;
    case "list":
      return checkList(value, field, path, checker);
    case "object":
      return checkObject(value, field.of, path, checker);
  }
  if (!ok) checker.add(path, message(field, terms));
  return ok;
}

function checkList(
  value: unknown,
  field: Extract<Field, { t: "list" }>,
  path: string,
  checker: Checker,
): boolean {
  if (!Array.isArray(value) || (field.nonEmpty && value.length === 0)) {
    checker.add(path, message(field, checker.terms));
    return false;
  }
  let ok = true;
  const seen = new Set<unknown>();
  value.forEach((item: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!checkField(item, field.item, at, checker)) {
      ok = false;
    } else if (field.unique !== undefined && seen.has(item)) {
      checker.add(at, field.unique);
      ok = false;
    }
    seen.add(item);
  });
  return ok;
}

/**
 * Checks a value against an object grammar: no unknown key, every property, then the rules
 * whose fields are all valid. Problems go to `checker`, by path.
 * @returns Whether the value is valid.
 * @internal
 */
export function checkObject(
  value: unknown,
  grammar: ObjectGrammar,
  path: string,
  checker: Checker,
): boolean {
  if (!isObject(value)) {
    checker.add(path, grammar.expect ?? "must be an object");
    return false;
  }
  const before = checker.problems.length;
  checker.keys(value, grammar.shape, path);
  const invalid = new Set<string>();
  for (const key in grammar.shape) {
    const prop = grammar.shape[key];
    if (prop === undefined) continue;
    const v = value[key];
    if (v === undefined) {
      if (prop.optional === true) continue;
      checker.add(`${path}.${key}`, requiredMessage(prop.field, checker.terms));
      invalid.add(key);
    } else if (!(v === null && prop.nullable === true)) {
      if (!checkField(v, prop.field, `${path}.${key}`, checker)) invalid.add(key);
    }
  }
  for (const rule of grammar.rules) {
    if (rule.reads.some((key) => invalid.has(key))) continue;
    for (const problem of rule.check(value, checker.terms)) {
      let at = path;
      for (const part of problem.at) at += typeof part === "number" ? `[${part}]` : `.${part}`;
      checker.add(at, problem.message);
    }
  }
  return checker.problems.length === before;
}

/**
 * The grammar of one item of a list, or `undefined` when the item cannot have one (the selector
 * then says why, to the checker).
 * @internal
 */
export type GrammarOf = (value: Obj, path: string, checker: Checker) => ObjectGrammar | undefined;

/**
 * Checks the items of a list of objects, each with an `id` (or `code`) unique in the list;
 * appends the valid ones to `into`.
 * @internal
 */
export function checkItems(
  values: unknown,
  grammar: ObjectGrammar | GrammarOf,
  at: string,
  checker: Checker,
  options: {
    /** Ids already taken (a base's); the list's own are added. */
    seen: Set<string>;
    /** What an item is called, in the message of a duplicate id. */
    what: string;
    /** The key of the unique id. */
    key?: string;
    /** The message when `values` is not an array (or an empty one when `nonEmpty`). */
    expect?: string;
    nonEmpty?: boolean;
    /** Where the valid items go (typed by the caller, who knows the grammar). */
    into?: unknown[];
    /**
     * Checks of an item against the rest, run whether or not the grammar found problems (so
     * that every problem is reported at once): `valid` says whether it did not. Returns whether
     * the item passed.
     */
    then?: (item: Obj, path: string, valid: boolean) => boolean;
  },
): void {
  const { seen, what, key = "id", into, nonEmpty = false, then } = options;
  if (!Array.isArray(values) || (nonEmpty && values.length === 0)) {
    checker.add(
      at,
      options.expect ?? (nonEmpty ? "must be a non-empty array" : "must be an array"),
    );
    return;
  }
  values.forEach((value: unknown, index) => {
    const path = `${at}[${index}]`;
    if (!isObject(value)) {
      checker.add(path, "must be an object");
      return;
    }
    const own = typeof grammar === "function" ? grammar(value, path, checker) : grammar;
    if (own === undefined) return;
    const before = checker.problems.length;
    let ok = checkObject(value, own, path, checker);
    const itemId = value[key];
    // A duplicate is said only of an id that is otherwise right.
    const idPath = `${path}.${key}`;
    if (
      typeof itemId === "string" &&
      !checker.problems.some((p, i) => i >= before && p.path === idPath)
    ) {
      ok = unique(itemId, idPath, seen, what, checker) && ok;
    }
    if (then !== undefined) ok = then(value, path, ok) && ok;
    if (ok) into?.push(value);
  });
}
