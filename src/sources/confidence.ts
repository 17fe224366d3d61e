import { InvalidInputError } from "../errors.js";

/**
 * How sure the dataset is of a fact: `high` (an official or UN text, or several independent
 * reports agree), `medium` (one credible report, or reports that agree on substance but differ in
 * detail), `low` (a single weak source, or a date inferred).
 *
 * @example
 * ```ts
 * const c: Confidence = "medium";
 * ```
 */
export type Confidence = "high" | "medium" | "low";

/**
 * The confidence levels, weakest first.
 *
 * @example
 * ```ts
 * CONFIDENCE_LEVELS; //=> ["low", "medium", "high"]
 * ```
 */
export const CONFIDENCE_LEVELS: readonly Confidence[] = /* @__PURE__ */ Object.freeze([
  "low",
  "medium",
  "high",
]);

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * The weakest confidence among some facts: an answer is only as sure as the least sure fact it
 * rests on.
 *
 * @param levels - Confidence levels (at least one).
 * @param fallback - Returned when `levels` is empty (default `"high"`).
 * @returns The weakest level.
 * @throws {@link InvalidInputError} when `levels` is not a list of levels.
 *
 * @example
 * ```ts
 * weakestConfidence(["high", "low", "medium"]); //=> "low"
 * weakestConfidence([]); //=> "high"
 * ```
 */
export function weakestConfidence(
  levels: Iterable<Confidence>,
  fallback: Confidence = "high",
): Confidence {
  // Checked as the untyped input it may be (from JavaScript, or data).
  const given: unknown = levels;
  if (typeof given !== "object" || given === null || !(Symbol.iterator in given)) {
    throw new InvalidInputError("levels: expected a list of confidence levels");
  }
  const fallbackGiven: unknown = fallback;
  if (typeof fallbackGiven !== "string" || !Object.hasOwn(RANK, fallbackGiven)) {
    throw new InvalidInputError("fallback: expected one of low, medium, high");
  }
  let weakest: Confidence | undefined;
  for (const level of levels) {
    if (typeof level !== "string" || !Object.hasOwn(RANK, level)) {
      throw new InvalidInputError("levels: expected only low, medium or high");
    }
    if (weakest === undefined || RANK[level] < RANK[weakest]) weakest = level;
  }
  return weakest ?? fallback;
}
