// The bundled dataset: Pakistan's policy, built from data/pk/ (src/generated/pakistan.ts), and
// the constants the main entry has always exported from it.
import { bundledDataset } from "../dataset/create-dataset.js";
import type { Dataset } from "../dataset/dataset.js";
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { Figure } from "../figures/figure.js";
import { pakistanInput } from "../generated/pakistan.js";
import type { DocumentType } from "./pakistan-vocabulary.js";

/**
 * The bundled dataset: Afghans in Pakistan. Every validity decision, phase of the "Illegal
 * Foreigners' Repatriation Plan" and directive in `data/pk/`, with its sources, Pakistan's
 * document types, provinces, exposure targets and groups, and the legal wording of summaries.
 * It is the default `dataset` of every query of the main entry.
 *
 * @remarks
 * Its `meta.reviewedThrough` ({@link DATASET_REVIEWED_THROUGH}) says how far its sources were
 * read: answers about later days are marked `beyondReview`. Add decisions it does not know yet
 * with {@link extendDataset}.
 *
 * @example
 * ```ts
 * pakistan.meta.host; //=> "PK"
 * pakistan.meta.timeZone; //=> "Asia/Karachi"
 * documentValidity("por_card", { on: "2025-01-15", dataset: pakistan }).status; //=> "valid"
 * ```
 */
// Checked when it was built (data:build, data:check and the tests), so not again at import.
export const pakistan: Dataset = /* @__PURE__ */ bundledDataset(pakistanInput);

/**
 * What the bundled dataset knows about each document type: name, issuer, when it was first
 * issued, how its validity is decided, what it does and does not protect, and sources.
 *
 * @remarks
 * Tazkira and UNHCR asylum documents are not recognised by Pakistan as a basis of legal stay
 * (`recognisedByState: false`); their validity is not assessed. The same objects are in
 * `pakistan.documentTypes`, in order.
 *
 * @example
 * ```ts
 * documentTypes.por_card.name; //=> "Proof of Registration (PoR) card"
 * documentTypes.tazkira.recognisedByState; //=> false
 * ```
 */
export const documentTypes: Readonly<Record<DocumentType, Readonly<DocumentTypeInfo>>> =
  /* @__PURE__ */ (() =>
    Object.freeze(
      Object.fromEntries(pakistan.documentTypes.map((info) => [info.id, info])) as Record<
        DocumentType,
        Readonly<DocumentTypeInfo>
      >,
    ))();

/**
 * Cited figures: holders of each document, undocumented Afghans, returns, deportations,
 * arrests, people in need, each with its as-of day, what it counts, who counted, and sources.
 * Where sources disagree (1.3 vs 1.45 million PoR holders in July 2024), each value is kept as
 * its own figure. The same as `pakistan.figures`.
 *
 * @example
 * ```ts
 * figures
 *   .filter((f) => f.measure === "por_holders" && f.asOf.startsWith("2024-07"))
 *   .map((f) => `${f.value} (${f.reportedBy})`);
 * //=> ["1450000 (Government of Pakistan (Prime Minister's Office))", "1300000 (UNHCR ...)", ...]
 * ```
 */
export const figures: readonly Figure[] = /* @__PURE__ */ (() => pakistan.figures)();
