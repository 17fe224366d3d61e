import { bundledMeta } from "./data/bundled.js";

/**
 * The version of the bundled dataset, `YEAR.N`. It moves with every data change, and the
 * changelog names the decision and source behind each move.
 *
 * @example
 * ```ts
 * DATASET_VERSION; //=> "2026.1"
 * ```
 */
export const DATASET_VERSION: string = bundledMeta.version;

/**
 * The day the bundled dataset was last reviewed: no record in it is announced after this day,
 * and decisions after it are not in it (add them with {@link createTimeline}).
 *
 * @example
 * ```ts
 * DATASET_DATE; //=> "2026-11-27"
 * ```
 */
export const DATASET_DATE: string = bundledMeta.date;
