import { isIsoDate, parseDay, type IsoDate } from "../dates/index.js";
import { documentTypeMap } from "../documents/document-types.js";
import { InvalidInputError, TimelineValidationError } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import type { Source } from "../sources/source.js";
import { compileExposure, type CompiledExposure } from "../exposure/compile-exposure.js";
import { compileDocument, type CompiledTimeline } from "./compile.js";
import type { TimelineRecord } from "./record.js";
import { makeReview, type Review } from "./review.js";
import { checkTimelineInput } from "./validate.js";

/**
 * A policy timeline: validated, immutable records and the sources they cite, compiled once into
 * integer-day tables. Make one with {@link createTimeline}; {@link defaultTimeline} is the
 * bundled dataset. Pass it as the `timeline` option of the query functions.
 *
 * @example
 * ```ts
 * defaultTimeline.records.length > 0; //=> true
 * defaultTimeline.sourcesById.get("dawn-2013-07-25")?.publisher; //=> "Dawn"
 * ```
 */
export interface Timeline {
  /** Every record, in order (base records first). */
  readonly records: readonly TimelineRecord[];
  /** Every source the records may cite. */
  readonly sources: readonly Source[];
  /** The sources by id. */
  readonly sourcesById: ReadonlyMap<string, Source>;
  /**
   * The last day up to which the timeline's sources were read for decisions, or `null` when
   * it does not say. Answers about later days (or with a later `knownAt`) are marked
   * `beyondReview`.
   */
  readonly reviewedThrough: IsoDate | null;
}

/** Everything compiled for one timeline. @internal */
export interface Compiled {
  validity: CompiledTimeline;
  exposure: CompiledExposure;
  review: Review;
}

/** Records to compile on first use, then the compiled tables. */
const compiledTables = /* @__PURE__ */ new WeakMap<Timeline, Compiled | (() => Compiled)>();

/** The empty base. @internal */
export const EMPTY_BASE: Pick<Timeline, "records" | "sources" | "reviewedThrough"> = {
  records: [],
  sources: [],
  reviewedThrough: null,
};

/**
 * Validates records and sources against a base, compiles them, and registers the tables.
 * @internal
 */
export function makeTimeline(
  records: unknown,
  sources: unknown,
  base: Pick<Timeline, "records" | "sources" | "reviewedThrough">,
  reviewedThrough?: unknown,
): Timeline {
  const { checked, problems } = checkTimelineInput(records, sources, base, documentTypeMap);
  let reviewed = base.reviewedThrough;
  if (reviewedThrough !== undefined) {
    if (reviewedThrough !== null && !isIsoDate(reviewedThrough)) {
      problems.push({
        path: "reviewedThrough",
        message: "must be a real calendar day written YYYY-MM-DD, or null",
      });
    } else {
      reviewed = reviewedThrough;
      // Saying the sources were read through a day is saying nothing later is in the records.
      if (reviewed !== null && problems.length === 0) {
        const offset = base.records.length;
        checked.records.forEach((r, i) => {
          if (r.announced > (reviewed as string)) {
            problems.push({
              path:
                i < offset ? `base.records[${i}].announced` : `records[${i - offset}].announced`,
              message: "is after reviewedThrough",
            });
          }
        });
      }
    }
  }
  if (problems.length > 0) throw new TimelineValidationError(problems);
  // Copy what the caller gave, so that changing it later cannot change the compiled answers.
  // The base's records and sources are frozen already: only the new ones are copied.
  const fresh = deepFreeze(
    structuredClone({
      records: checked.records.slice(base.records.length),
      sources: checked.sources.slice(base.sources.length),
    }),
  );
  const own = {
    records: [...base.records, ...fresh.records],
    sources: [...base.sources, ...fresh.sources],
  };
  const timeline: Timeline = Object.freeze({
    records: Object.freeze(own.records),
    sources: Object.freeze(own.sources),
    sourcesById: new Map(own.sources.map((s) => [s.id, s])),
    reviewedThrough: reviewed,
  });
  const review = makeReview(reviewed === null ? null : parseDay(reviewed));
  // Compile on first use: importing the library or creating a timeline stays cheap.
  compiledTables.set(timeline, () => ({
    validity: new Map(
      [...documentTypeMap.values()]
        .filter((info) => info.validityRule === "timeline")
        .map((info) => [info.id, compileDocument(own.records, info, review)] as const),
    ),
    exposure: compileExposure(own.records),
    review,
  }));
  return timeline;
}

/**
 * Throws an {@link InvalidInputError} unless `timeline` was made by createTimeline (or is the
 * bundled one), without compiling it.
 * @internal
 */
export function checkTimeline(timeline: unknown, name = "timeline"): asserts timeline is Timeline {
  if (
    typeof timeline !== "object" ||
    timeline === null ||
    !compiledTables.has(timeline as Timeline)
  ) {
    throw new InvalidInputError(
      `${name}: expected a timeline made by createTimeline (or defaultTimeline)`,
    );
  }
}

/**
 * The compiled tables of a timeline made by createTimeline.
 * @internal
 */
export function compiledOf(timeline: Timeline): Compiled {
  const entry = compiledTables.get(timeline);
  if (entry === undefined) {
    throw new InvalidInputError(
      "timeline: expected a timeline made by createTimeline (or defaultTimeline)",
    );
  }
  if (typeof entry !== "function") return entry;
  const compiled = entry();
  compiledTables.set(timeline, compiled);
  return compiled;
}
