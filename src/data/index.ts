/**
 * The bundled dataset as plain data (entry `afghan-refugees/data`): the same facts the main
 * entry uses, as the JSON files in `data/` hold them, for tools that want the data without the
 * functions. The objects are frozen.
 *
 * @packageDocumentation
 */
import { deepFreeze } from "../freeze.js";
import {
  bundledCrosswalk,
  bundledDocumentTypes,
  bundledFigures,
  bundledHarms,
  bundledLegalBasis,
  bundledMeta,
  bundledRecords,
  bundledRiskProfiles,
  bundledSources,
  bundledSpecificNeeds,
} from "./bundled.js";

/**
 * The metadata of the bundled dataset (`data/dataset.json`).
 *
 * @example
 * ```ts
 * const meta: DatasetMeta = {
 *   version: "2026.2",
 *   released: "2026-12-02",
 *   reviewedThrough: "2026-03-15",
 *   reviewNote: "The sources reachable for this release stop in mid-March 2026.",
 *   schemaVersion: 2,
 * };
 * ```
 */
export interface DatasetMeta {
  /** The dataset version, `YEAR.N`; it moves with every data change. */
  version: string;
  /** The day this version was released. */
  released: string;
  /**
   * The last day up to which the sources were read for decisions: no record is announced
   * after it, and decisions after it are not known to the dataset.
   */
  reviewedThrough: string;
  /** How far the sources reach and why, in a sentence or two. */
  reviewNote: string;
  /** The version of the record format; it moves when a record shape changes. */
  schemaVersion: number;
}

/**
 * The dataset's version (`YEAR.N`), release day, how far its sources were read
 * (`reviewedThrough`), and the version of its record format.
 *
 * @example
 * ```ts
 * import { dataset } from "afghan-refugees/data";
 * dataset.version; //=> "2026.2"
 * dataset.reviewedThrough; //=> "2026-03-15"
 * ```
 */
export const dataset: Readonly<DatasetMeta> = /* @__PURE__ */ (() =>
  deepFreeze(structuredClone(bundledMeta)))();

/**
 * The source registry (`data/sources.json`).
 *
 * @example
 * ```ts
 * import { sources } from "afghan-refugees/data";
 * sources.length > 0; //=> true
 * ```
 */
export const sources = /* @__PURE__ */ (() => deepFreeze(structuredClone(bundledSources)))();

/**
 * The document types (`data/documents.json`).
 *
 * @example
 * ```ts
 * import { documentTypes } from "afghan-refugees/data";
 * documentTypes.map((d) => d.id); //=> ["por_card", "afghan_citizen_card", ...]
 * ```
 */
export const documentTypes = /* @__PURE__ */ (() =>
  deepFreeze(structuredClone(bundledDocumentTypes)))();

/**
 * Every record of the policy timeline: validity records (`data/validity/*.json`), then phases
 * and directives (`data/exposure/*.json`).
 *
 * @example
 * ```ts
 * import { records } from "afghan-refugees/data";
 * records.filter((r) => r.kind === "phase").map((r) => r.id);
 * //=> ["ifrp-1", "ifrp-2", "ifrp-3-notification", "ifrp-3"]
 * ```
 */
export const records = /* @__PURE__ */ (() => deepFreeze(structuredClone(bundledRecords)))();

/**
 * The validity records (`data/validity/*.json`), PoR cards first.
 *
 * @example
 * ```ts
 * import { validityRecords } from "afghan-refugees/data";
 * validityRecords.find((r) => r.id === "por-2024-07-10")?.through; //=> "2025-06-30"
 * ```
 */
export const validityRecords = /* @__PURE__ */ (() =>
  deepFreeze(structuredClone(bundledRecords.filter((r) => r.kind === "validity"))))();

/**
 * The cited figures (`data/figures.json`).
 *
 * @example
 * ```ts
 * import { figures } from "afghan-refugees/data";
 * figures.filter((f) => f.measure === "arrests").length > 0; //=> true
 * ```
 */
export const figures = /* @__PURE__ */ (() => deepFreeze(structuredClone(bundledFigures)))();

/**
 * The risk data (`data/risk/*.json`): profiles, harm reports, UNHCR specific-needs categories
 * and codes, the crosswalk to those codes, and the legal basis of non-refoulement.
 *
 * @example
 * ```ts
 * import { risk } from "afghan-refugees/data";
 * risk.specificNeeds.codes.length; //=> 79
 * ```
 */
export const risk = /* @__PURE__ */ (() =>
  deepFreeze(
    structuredClone({
      profiles: bundledRiskProfiles,
      harms: bundledHarms,
      specificNeeds: bundledSpecificNeeds,
      crosswalk: bundledCrosswalk,
      legalBasis: bundledLegalBasis,
    }),
  ))();
