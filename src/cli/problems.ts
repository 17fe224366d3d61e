import type * as z from "zod";

/** A path like `documents[0].type`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(record)" : out;
}

/**
 * A message for a zod issue that never repeats the input: zod's own messages name expected
 * types, options and formats, but "unrecognized keys" names input keys, so every kind is
 * rewritten here.
 */
export function issueMessage(issue: z.core.$ZodIssue, missing = false): string {
  switch (issue.code) {
    case "invalid_type":
      return missing ? `is required (${issue.expected})` : `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return issue.format === "regex" ? "has the wrong format" : `expected a ${issue.format}`;
    case "too_small":
      return issue.origin === "array"
        ? `needs at least ${String(issue.minimum)} item(s)`
        : `is too small (minimum ${String(issue.minimum)})`;
    case "too_big":
      return issue.origin === "array"
        ? `has more than ${String(issue.maximum)} item(s)`
        : `is too big (maximum ${String(issue.maximum)})`;
    case "unrecognized_keys":
      // Keys can be data too (a name used as a key): count them, never name them.
      return `has ${issue.keys.length} unknown field(s); see the schema for the allowed names`;
    case "invalid_union":
      return "matches none of the allowed shapes";
    case "not_multiple_of":
      return "is not a whole number";
    case "custom":
      return issue.message; // written by this library, never with a value
    default:
      return "is invalid";
  }
}

/** One problem of one record, ready to print. */
export interface Problem {
  file: string;
  line: number;
  path: string;
  message: string;
}

/** Whether `record` has no value at `path` (zod 4 issues do not carry the input by default). */
function isMissing(record: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = record;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return true;
    if (!Object.hasOwn(node, key)) return true;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node === undefined;
}

/** The problems zod found in `record`. */
export function problemsOf(
  error: z.ZodError,
  record: unknown,
  file: string,
  line: number,
): Problem[] {
  return error.issues.map((issue) => ({
    file,
    line,
    path: formatPath(issue.path),
    message: issueMessage(issue, issue.code === "invalid_type" && isMissing(record, issue.path)),
  }));
}

/** Escapes a GitHub Actions workflow-command property or message. */
function ghEscape(text: string, property: boolean): string {
  let out = text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  if (property) out = out.replace(/:/g, "%3A").replace(/,/g, "%2C");
  return out;
}

/** A problem as a line of the chosen output format. */
export function formatProblem(p: Problem, format: "text" | "json" | "github"): string {
  if (format === "json") return `${JSON.stringify(p)}\n`;
  if (format === "github") {
    return `::error file=${ghEscape(p.file, true)},line=${p.line}::${ghEscape(`${p.path}: ${p.message}`, false)}\n`;
  }
  return `${p.file}:${p.line}: ${p.path}: ${p.message}\n`;
}
