import { bundledFigures } from "../data/bundled.js";
import { deepFreeze } from "../freeze.js";
import type { Figure } from "./figure.js";

/**
 * Cited figures: holders of each document, undocumented Afghans, returns, deportations,
 * arrests, people in need, each with its as-of day, what it counts, who counted, and sources.
 * Where sources disagree (1.3 vs 1.45 million PoR holders in July 2024), each value is kept as
 * its own figure.
 *
 * @example
 * ```ts
 * figures
 *   .filter((f) => f.measure === "por_holders" && f.asOf.startsWith("2024-07"))
 *   .map((f) => `${f.value} (${f.reportedBy})`);
 * //=> ["1450000 (Government of Pakistan (Prime Minister's Office))", "1300000 (UNHCR ...)", ...]
 * ```
 */
export const figures: readonly Figure[] = /* @__PURE__ */ (() =>
  deepFreeze(structuredClone(bundledFigures)))();
