/**
 * The bundled dataset as plain data (entry `afghan-refugees/data`): the same facts the main
 * entry uses, as the JSON files in `data/` hold them, for tools that want the data without the
 * functions. The objects are frozen.
 *
 * @packageDocumentation
 */
import type { DatasetInput, DatasetMeta } from "../dataset/dataset.js";
import { deepFreeze } from "../freeze.js";
import { pakistanInput as pakistanInput_, pakistanLegalBasis } from "../generated/pakistan.js";
import { riskInput as riskInput_ } from "../generated/risk.js";
import type { RiskDataInput } from "../risk/risk-data.js";

export type { DatasetInput, DatasetMeta } from "../dataset/dataset.js";
export type { RiskDataInput } from "../risk/risk-data.js";

const frozen = <T>(value: T): T => deepFreeze(structuredClone(value));

/**
 * The bundled dataset whole, as `createDataset` takes it (in the main entry or
 * `afghan-refugees/core`): meta, document types, subdivisions, exposure targets, groups,
 * wording, records, sources and figures.
 *
 * @example
 * ```ts
 * import { pakistanInput } from "afghan-refugees/data";
 * pakistanInput.meta.host; //=> "PK"
 * pakistanInput.subdivisions.map((s) => s.code).includes("PK-IS"); //=> true
 * ```
 */
export const pakistanInput: Readonly<DatasetInput> = /* @__PURE__ */ (() =>
  frozen(pakistanInput_))();

/**
 * The bundled risk data whole, as `createRiskData` takes it.
 *
 * @example
 * ```ts
 * import { riskInput } from "afghan-refugees/data";
 * riskInput.profiles.length > 20; //=> true
 * ```
 */
export const riskInput: Readonly<RiskDataInput> = /* @__PURE__ */ (() => frozen(riskInput_))();

/**
 * The dataset's id, host country, version (`YEAR.N`), release day, how far its sources were read
 * (`reviewedThrough`), time zone, and the version of its record format (`data/pk/dataset.json`).
 *
 * @example
 * ```ts
 * import { dataset } from "afghan-refugees/data";
 * dataset.version; //=> "2026.3"
 * dataset.reviewedThrough; //=> "2026-03-15"
 * ```
 */
export const dataset: Readonly<DatasetMeta> = /* @__PURE__ */ (() => frozen(pakistanInput_.meta))();

/**
 * The source registry of the dataset and the risk data (`data/pk/sources.json`,
 * `data/risk/sources.json`), each source once.
 *
 * @example
 * ```ts
 * import { sources } from "afghan-refugees/data";
 * sources.length > 0; //=> true
 * ```
 */
export const sources = /* @__PURE__ */ (() => {
  const known = new Set(pakistanInput_.sources.map((s) => s.id));
  return frozen([...pakistanInput_.sources, ...riskInput_.sources.filter((s) => !known.has(s.id))]);
})();

/**
 * The document types (`data/pk/documents.json`).
 *
 * @example
 * ```ts
 * import { documentTypes } from "afghan-refugees/data";
 * documentTypes.map((d) => d.id); //=> ["por_card", "afghan_citizen_card", ...]
 * ```
 */
export const documentTypes = /* @__PURE__ */ (() => frozen(pakistanInput_.documentTypes))();

/**
 * Every record of the policy timeline: validity records (`data/pk/validity/*.json`), then
 * phases and directives (`data/pk/exposure/*.json`).
 *
 * @example
 * ```ts
 * import { records } from "afghan-refugees/data";
 * records.filter((r) => r.kind === "phase").map((r) => r.id);
 * //=> ["ifrp-1", "ifrp-2", "ifrp-3-notification", "ifrp-3"]
 * ```
 */
export const records = /* @__PURE__ */ (() => frozen(pakistanInput_.records))();

/**
 * The validity records (`data/pk/validity/*.json`), in file order.
 *
 * @example
 * ```ts
 * import { validityRecords } from "afghan-refugees/data";
 * validityRecords.find((r) => r.id === "por-2024-07-10")?.through; //=> "2025-06-30"
 * ```
 */
export const validityRecords = /* @__PURE__ */ (() =>
  frozen(pakistanInput_.records.filter((r) => r.kind === "validity")))();

/**
 * The cited figures (`data/pk/figures.json`).
 *
 * @example
 * ```ts
 * import { figures } from "afghan-refugees/data";
 * figures.filter((f) => f.measure === "arrests").length > 0; //=> true
 * ```
 */
export const figures = /* @__PURE__ */ (() => frozen(pakistanInput_.figures))();

/**
 * The risk data (`data/risk/*.json`): profiles, harm reports, UNHCR specific-needs categories
 * and codes, the crosswalk to those codes; and Pakistan's legal basis of non-refoulement
 * (`data/pk/legal-basis.json`).
 *
 * @example
 * ```ts
 * import { risk } from "afghan-refugees/data";
 * risk.specificNeeds.codes.length; //=> 79
 * ```
 */
export const risk = /* @__PURE__ */ (() =>
  frozen({
    profiles: riskInput_.profiles,
    harms: riskInput_.harms,
    specificNeeds: {
      categories: riskInput_.specificNeedsCategories,
      codes: riskInput_.specificNeedsCodes,
    },
    crosswalk: riskInput_.crosswalk,
    legalBasis: pakistanLegalBasis,
  }))();
