/**
 * The error codes this library throws, one per kind of fault.
 *
 * - `ERR_INVALID_DATE`: a calendar day or instant that is not valid input.
 * - `ERR_INVALID_INPUT`: an argument of the wrong shape (a document, a person, an option).
 * - `ERR_INVALID_TIMELINE`: policy records that `createTimeline` rejects.
 *
 * @example
 * ```ts
 * import { isAfghanRefugeesError, parseDay } from "afghan-refugees";
 * try { parseDay("30/06/2025"); } catch (e) {
 *   if (isAfghanRefugeesError(e) && e.code === "ERR_INVALID_DATE") { ... }
 * }
 * ```
 */
export type ErrorCode = "ERR_INVALID_DATE" | "ERR_INVALID_INPUT" | "ERR_INVALID_TIMELINE";

/**
 * Base class of every error this library throws. Messages name what was expected and where,
 * never the offending value, because values may be personal data (a date of birth, a name).
 *
 * @example
 * ```ts
 * try { parseDay("2025-02-29"); } catch (e) {
 *   e instanceof AfghanRefugeesError; //=> true
 *   e.code; //=> "ERR_INVALID_DATE"
 * }
 * ```
 */
export class AfghanRefugeesError extends Error {
  /** A stable, machine-readable code. */
  readonly code: ErrorCode;

  /**
   * @param code - The stable error code.
   * @param message - A message that never contains an input value.
   */
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "AfghanRefugeesError";
    this.code = code;
  }
}

/**
 * Thrown for a calendar day that is not a real `YYYY-MM-DD` day, or an invalid `Date`.
 *
 * @example
 * ```ts
 * try { parseDay("2025-6-30"); } catch (e) {
 *   e instanceof InvalidDateError; //=> true
 *   e.message; //=> "expected a calendar day as YYYY-MM-DD (e.g. 2025-06-30)"
 * }
 * ```
 */
export class InvalidDateError extends AfghanRefugeesError {
  /**
   * @param message - What was expected (never the value received).
   */
  constructor(message: string) {
    super("ERR_INVALID_DATE", message);
    this.name = "InvalidDateError";
  }
}

/**
 * Thrown when an argument does not have the documented shape. The message names the
 * argument and field (e.g. `documents[1].type`), never the value.
 *
 * @example
 * ```ts
 * try { documentValidity({ type: "passport" }, { on: "2025-01-01" }); } catch (e) {
 *   e instanceof InvalidInputError; //=> true
 *   e.code; //=> "ERR_INVALID_INPUT"
 * }
 * ```
 */
export class InvalidInputError extends AfghanRefugeesError {
  /**
   * @param message - Where the input is wrong and what was expected.
   */
  constructor(message: string) {
    super("ERR_INVALID_INPUT", message);
    this.name = "InvalidInputError";
  }
}

/**
 * One problem found by {@link createTimeline} in the records or sources it was given.
 *
 * @example
 * ```ts
 * const problem: TimelineProblem = {
 *   path: "records[2].through",
 *   message: "must not be before `from`",
 * };
 * ```
 */
export interface TimelineProblem {
  /** Where the problem is, e.g. `records[2].through` or `sources[0].url`. */
  path: string;
  /** What is wrong, without the offending value. */
  message: string;
}

/**
 * Thrown by {@link createTimeline} when records or sources are invalid. It lists every problem
 * found (not just the first), each with its path; values are never repeated.
 *
 * @example
 * ```ts
 * try { createTimeline([{ kind: "validity" }]); } catch (e) {
 *   e instanceof TimelineValidationError; //=> true
 *   e.problems[0].path; //=> "records[0].id"
 * }
 * ```
 */
export class TimelineValidationError extends AfghanRefugeesError {
  /** Every problem found, in input order. */
  readonly problems: readonly TimelineProblem[];

  /**
   * @param problems - The problems found (at least one).
   */
  constructor(problems: readonly TimelineProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length > 10 ? `; and ${problems.length - 10} more` : "";
    super(
      "ERR_INVALID_TIMELINE",
      `invalid timeline (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${shown.join("; ")}${more}`,
    );
    this.name = "TimelineValidationError";
    this.problems = Object.freeze([...problems]);
  }
}

/**
 * Tells whether a thrown value is one of this library's errors.
 *
 * @param error - Anything caught.
 * @returns `true` for an {@link AfghanRefugeesError} (or subclass).
 *
 * @example
 * ```ts
 * try { parseDay(""); } catch (e) {
 *   isAfghanRefugeesError(e); //=> true
 * }
 * ```
 */
export function isAfghanRefugeesError(error: unknown): error is AfghanRefugeesError {
  return error instanceof AfghanRefugeesError;
}
