import { documentTypeMap } from "../documents/document-types.js";
import { InvalidInputError, TimelineValidationError } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import type { Source } from "../sources/source.js";
import { compileExposure, type CompiledExposure } from "../exposure/compile-exposure.js";
import { compileDocument, type CompiledTimeline } from "./compile.js";
import type { TimelineRecord } from "./record.js";
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
}

/** Everything compiled for one timeline. @internal */
export interface Compiled {
  validity: CompiledTimeline;
  exposure: CompiledExposure;
}

/** Records to compile on first use, then the compiled tables. */
const compiledTables = /* @__PURE__ */ new WeakMap<Timeline, Compiled | (() => Compiled)>();

/** The empty base. @internal */
export const EMPTY_BASE: Pick<Timeline, "records" | "sources"> = { records: [], sources: [] };

/**
 * Validates records and sources against a base, compiles them, and registers the tables.
 * @internal
 */
export function makeTimeline(
  records: unknown,
  sources: unknown,
  base: Pick<Timeline, "records" | "sources">,
): Timeline {
  const { checked, problems } = checkTimelineInput(records, sources, base, documentTypeMap);
  if (problems.length > 0) throw new TimelineValidationError(problems);
  // Copy what the caller gave, so that changing it later cannot change the compiled answers.
  const own = deepFreeze(structuredClone(checked));
  const timeline: Timeline = Object.freeze({
    records: Object.freeze(own.records),
    sources: Object.freeze(own.sources),
    sourcesById: new Map(own.sources.map((s) => [s.id, s])),
  });
  // Compile on first use: importing the library or creating a timeline stays cheap.
  compiledTables.set(timeline, () => ({
    validity: new Map(
      [...documentTypeMap.values()]
        .filter((info) => info.validityRule === "timeline")
        .map((info) => [info.id, compileDocument(own.records, info)] as const),
    ),
    exposure: compileExposure(own.records),
  }));
  return timeline;
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
