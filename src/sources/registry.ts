import { defaultTimeline } from "../timeline/default-timeline.js";
import type { Source } from "./source.js";

/**
 * The source registry of the bundled dataset: every page or document a record, document type or
 * figure cites, once, with publisher, title, URL and publication date.
 *
 * @example
 * ```ts
 * sources.find((s) => s.id === "unhcr-2010-03-26")?.kind; //=> "primary"
 * ```
 */
export const sources: readonly Source[] = /* @__PURE__ */ (() => defaultTimeline.sources)();
