import { bundledMeta, bundledRecords, bundledSources } from "../data/bundled.js";
import { EMPTY_BASE, makeTimeline, type Timeline } from "./timeline.js";

/**
 * The bundled dataset as a timeline: every validity decision in `data/`, with its sources.
 * It is the default `timeline` of every query function. Its `reviewedThrough` is
 * {@link DATASET_REVIEWED_THROUGH}.
 *
 * @example
 * ```ts
 * documentValidity("por_card", { on: "2025-01-15", timeline: defaultTimeline }).status;
 * //=> "valid"
 * ```
 */
export const defaultTimeline: Timeline = /* @__PURE__ */ makeTimeline(
  bundledRecords,
  bundledSources,
  EMPTY_BASE,
  bundledMeta.reviewedThrough,
);
