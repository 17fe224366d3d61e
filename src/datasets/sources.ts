// The source registry of everything bundled: the dataset's sources and the risk data's.
import type { Source } from "../sources/source.js";
import { pakistan } from "./pakistan.js";
import { riskData } from "./risk.js";

/**
 * The source registry of the bundled data: every page or document that a record, document
 * type, figure or risk item cites, once, with publisher, title, URL and publication date (the
 * sources of {@link pakistan}, then those of {@link riskData} it does not have).
 *
 * @example
 * ```ts
 * sources.find((s) => s.id === "unhcr-2010-03-26")?.kind; //=> "primary"
 * ```
 */
export const sources: readonly Source[] = /* @__PURE__ */ (() => {
  const known = new Set(pakistan.sources.map((s) => s.id));
  return Object.freeze([...pakistan.sources, ...riskData.sources.filter((s) => !known.has(s.id))]);
})();
