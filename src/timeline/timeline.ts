import type { Dataset } from "../dataset/dataset.js";

/**
 * A policy timeline: the records and sources of a dataset.
 *
 * @deprecated A timeline is now a {@link Dataset}: use `Dataset`, and the `dataset` option of
 * the query functions instead of `timeline`. Kept, as the same type, for a deprecation period.
 *
 * @example
 * ```ts
 * const t: Timeline = pakistan;
 * t.records.length > 0; //=> true
 * ```
 */
export type Timeline = Dataset;
