// The fields that several grammars share, and the tests of the kinds that need more than a
// pattern. Both interpreters use these tests, so a value means the same to both.
import { isIsoDate } from "../dates/index.js";
import type {
  DayField,
  EnumField,
  ListField,
  PatternField,
  Rule,
  RuleProblem,
  TermField,
  TextField,
} from "./spec.js";

/** The pattern of record, source and figure ids. @internal */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** The pattern of the ids of a dataset's vocabulary: document types, targets, groups. @internal */
export const WORD_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** A record, source or figure id. @internal */
export const id = {
  t: "pattern",
  re: ID_PATTERN,
  msg: "must be lowercase letters, digits and hyphens (at most 100)",
  describe: "lowercase letters, digits and hyphens",
} as const satisfies PatternField;

/** An id of a dataset's vocabulary. @internal */
export const word = {
  t: "pattern",
  re: WORD_PATTERN,
  msg: "must be lowercase letters, digits and underscores (at most 40)",
  describe: "lowercase letters, digits and underscores",
} as const satisfies PatternField;

/** A non-blank string. @internal */
export const text = { t: "text" } as const satisfies TextField;
/** A calendar day. @internal */
export const day = { t: "day" } as const satisfies DayField;

/** How sure the dataset is. @internal */
export const confidence = {
  t: "enum",
  values: ["high", "medium", "low"],
} as const satisfies EnumField;

/** The sources an item cites: at least one, each known, none twice. @internal */
export const citations = {
  t: "list",
  item: { t: "term", of: "sources", msg: "is not the id of a known source" },
  nonEmpty: true,
  unique: "is cited twice",
  msg: "must cite at least one source id",
} as const satisfies ListField<TermField<"sources">>;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;

/** Whether a string is `YYYY-MM-DD` (a real day), `YYYY-MM` or `YYYY`. @internal */
export function isPartialDate(value: unknown): value is string {
  return (
    typeof value === "string" &&
    PARTIAL_DATE.test(value) &&
    (value.length !== 10 || isIsoDate(value))
  );
}

/** The pattern of a web URL: http or https (in lower case), then printable ASCII. @internal */
export const URL_PATTERN = /^https?:\/\/[\x21-\x7e]+$/;

/** Whether a string is an http(s) URL in ASCII that the WHATWG URL parser accepts. @internal */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== "string" || !URL_PATTERN.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether a string names an IANA time zone that this runtime knows. @internal */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value === "") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A problem at a field, when a test fails. @internal */
export function when(failed: boolean, at: string, message: string): RuleProblem[] {
  return failed ? [{ at: [at], message }] : [];
}

/** `later` is not before `earlier` (when both are given). @internal */
/* @__NO_SIDE_EFFECTS__ */
export function notBefore(later: string, earlier: string): Rule {
  return {
    reads: [later, earlier],
    check: (v) => {
      const a = v[later];
      const b = v[earlier];
      return when(
        typeof a === "string" && typeof b === "string" && a < b,
        later,
        `must not be before \`${earlier}\``,
      );
    },
  };
}
