/* eslint-disable @typescript-eslint/no-deprecated -- this module is the deprecated timeline API, kept for a deprecation period */
// The timelines of earlier versions: `createTimeline` and `defaultTimeline`, kept (deprecated)
// over datasets. A timeline is a dataset; `base: null` is a dataset with Pakistan's vocabulary
// and no records.
import { emptyLike, extendDataset } from "../dataset/create-dataset.js";
import type { IsoDate } from "../dates/index.js";
import { InvalidInputError } from "../errors.js";
import { rejectUnknownKeys } from "../keys.js";
import type { Source } from "../sources/source.js";
import type { TimelineRecord } from "../timeline/record.js";
import type { Timeline } from "../timeline/timeline.js";
import { pakistan } from "./pakistan.js";

/**
 * The bundled dataset, by its old name.
 *
 * @deprecated Use {@link pakistan}: the bundled dataset is a {@link Dataset} now, and a
 * timeline is one. This is the same value.
 *
 * @example
 * ```ts
 * defaultTimeline === pakistan; //=> true
 * ```
 */
export const defaultTimeline: Timeline = pakistan;

const OPTION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "base",
  "sources",
  "reviewedThrough",
]);

/**
 * Options of {@link createTimeline}.
 *
 * @deprecated Use {@link extendDataset} and its {@link DatasetAdditions}.
 *
 * @example
 * ```ts
 * const options: CreateTimelineOptions = { base: pakistan, sources: [] };
 * ```
 */
export interface CreateTimelineOptions {
  /**
   * The timeline to extend: its records and sources come first. Defaults to {@link pakistan},
   * so adding a record keeps the bundled ones; pass `null` to start from nothing (from
   * Pakistan's vocabulary with no records, sources or review day).
   */
  base?: Timeline | null;
  /** Sources that the new records cite, added to the base's sources. */
  sources?: readonly Source[];
  /**
   * The last day up to which the sources of the whole timeline were read for decisions
   * (`YYYY-MM-DD`), or `null` to say nothing. Defaults to the base's (`null` without a base).
   * Adding one decision is not reading every source, so the default does not move with the
   * records you add; set it when you have reviewed the sources through a later day. When set,
   * no record may be announced after it.
   */
  reviewedThrough?: IsoDate | null;
}

/**
 * Makes a timeline from policy records, for example to add a decision that this release of the
 * dataset does not know yet, without waiting for a new version.
 *
 * @deprecated Use {@link extendDataset}: `createTimeline(records, { base, sources,
 * reviewedThrough })` is `extendDataset(base ?? pakistan, { records, sources, reviewedThrough })`.
 * A dataset of one's own (another host, or no bundled records) is made with
 * {@link createDataset}. The result is a {@link Dataset}, as before.
 *
 * @remarks
 * Every record and source is validated (ids unique, days real, spans well-formed, every cited
 * source known, no two records for one document announced on the same day with overlapping
 * spans). All problems are reported at once in a {@link TimelineValidationError}, by path, never
 * repeating a value. The records are then compiled once into integer-day tables per knowledge
 * epoch, so that each query is a couple of binary searches. The input is copied: changing it
 * afterwards changes nothing.
 *
 * @param records - The new records.
 * @param options - The base to extend (default {@link pakistan}) and new sources.
 * @returns A new, immutable timeline.
 * @throws {@link TimelineValidationError} (`code: "ERR_INVALID_TIMELINE"`) listing every problem.
 *
 * @example
 * ```ts
 * // A hypothetical new extension, announced after this release.
 * const timeline = createTimeline(
 *   [{
 *     kind: "validity",
 *     id: "por-2027-01-10",
 *     documents: ["por_card"],
 *     announced: "2027-01-10",
 *     announcedPrecision: "exact",
 *     from: "2027-01-01",
 *     through: "2027-06-30",
 *     status: "valid",
 *     body: "Federal cabinet",
 *     summary: "PoR cards extended to 30 June 2027.",
 *     sources: ["example-2027-01-10"],
 *     confidence: "medium",
 *   }],
 *   {
 *     sources: [{
 *       id: "example-2027-01-10",
 *       publisher: "Example News",
 *       title: "Cabinet extends PoR cards",
 *       url: "https://example.org/por-2027",
 *       published: "2027-01-10",
 *       kind: "secondary",
 *     }],
 *   },
 * );
 * documentValidity("por_card", { on: "2027-02-01", timeline }).status; //=> "valid"
 * ```
 */
export function createTimeline(
  records: readonly TimelineRecord[],
  options: CreateTimelineOptions = {},
): Timeline {
  const given: unknown = options;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw new InvalidInputError("options: expected { base?, sources?, reviewedThrough? }");
  }
  rejectUnknownKeys(options, OPTION_KEYS, "options");
  const base = options.base === undefined ? pakistan : (options.base ?? emptyLike(pakistan));
  const additions: Record<string, unknown> = { records };
  if (options.sources !== undefined) additions.sources = options.sources;
  if (options.reviewedThrough !== undefined) additions.reviewedThrough = options.reviewedThrough;
  return extendDataset(base, additions);
}
