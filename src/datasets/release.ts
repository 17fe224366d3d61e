// The release of the bundled dataset, as constants (also in `pakistan.meta`).
import { pakistan } from "./pakistan.js";

/**
 * The version of the bundled dataset, `YEAR.N`. It moves with every data change, and the
 * changelog names the decision and source behind each move.
 *
 * @example
 * ```ts
 * DATASET_VERSION; //=> "2026.3"
 * ```
 */
export const DATASET_VERSION: string = /* @__PURE__ */ (() => pakistan.meta.version)();

/**
 * The last day up to which the bundled dataset's sources were read for decisions. It is not
 * the release day: the sources that could be reached for this release stop there, and a
 * decision announced after it is not in the dataset. Every answer carries it as
 * `reviewedThrough`, and is marked `beyondReview` (at most medium confidence) when its `on` or
 * `knownAt` is later. Add later decisions with {@link extendDataset}.
 *
 * @example
 * ```ts
 * DATASET_REVIEWED_THROUGH; //=> "2026-03-15"
 * documentValidity("por_card", { on: "2026-06-01" }).beyondReview; //=> true
 * ```
 */
export const DATASET_REVIEWED_THROUGH: string = /* @__PURE__ */ (() =>
  // Never null for the bundled dataset: `npm run data:check` (and the tests) require the day.
  pakistan.meta.reviewedThrough ?? "")();

/**
 * The day this version of the bundled dataset was released. It says nothing about how current
 * the data is: see {@link DATASET_REVIEWED_THROUGH}.
 *
 * @example
 * ```ts
 * DATASET_RELEASED; //=> "2026-12-02"
 * ```
 */
export const DATASET_RELEASED: string = /* @__PURE__ */ (() => pakistan.meta.released)();

/**
 * The day the bundled dataset was released.
 *
 * @deprecated It was documented as the day up to which the dataset is complete, which it never
 * was. Use {@link DATASET_RELEASED} for the release day and {@link DATASET_REVIEWED_THROUGH}
 * for how far the sources were read. It will be removed in a later minor version.
 *
 * @example
 * ```ts
 * DATASET_DATE === DATASET_RELEASED; //=> true
 * ```
 */
export const DATASET_DATE: string = /* @__PURE__ */ (() => pakistan.meta.released)();
