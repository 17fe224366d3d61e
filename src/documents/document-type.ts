import type { IsoDate } from "../dates/index.js";
import type { Confidence } from "../sources/confidence.js";

/**
 * Every {@link DocumentType}, in a fixed order.
 *
 * @example
 * ```ts
 * DOCUMENT_TYPES.includes("tazkira"); //=> true
 * ```
 */
export const DOCUMENT_TYPES = /* @__PURE__ */ Object.freeze([
  "por_card",
  "afghan_citizen_card",
  "umrf_certificate",
  "passport_visa",
  "unhcr_asylum_document",
  "tazkira",
  "none",
] as const);

/**
 * The documents an Afghan in Pakistan may hold (or `"none"`).
 *
 * - `por_card`: Proof of Registration card (registered refugees, from 2006).
 * - `afghan_citizen_card`: Afghan Citizen Card, ACC (from 2017).
 * - `umrf_certificate`: certificate for unregistered members of registered families (DRIVE, 2021).
 * - `passport_visa`: an Afghan passport with a Pakistani visa.
 * - `unhcr_asylum_document`: a UNHCR asylum-seeker certificate or slip.
 * - `tazkira`: the Afghan national identity document.
 * - `none`: no document.
 *
 * @example
 * ```ts
 * const held: DocumentType = "por_card";
 * ```
 */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * How the validity of a document type is decided:
 * `timeline` (by policy records: PoR, ACC, UMRF), `holder` (by the holder's own expiry: visas),
 * `not_assessed` (Pakistan publishes no validity for it and does not treat it as a document of
 * legal stay: Tazkira, UNHCR documents), `none` (no document).
 *
 * @example
 * ```ts
 * documentTypes.passport_visa.validityRule; //=> "holder"
 * ```
 */
export type ValidityRule = "timeline" | "holder" | "not_assessed" | "none";

/**
 * What the dataset knows about a document type.
 *
 * @example
 * ```ts
 * const info: DocumentTypeInfo = documentTypes.por_card;
 * info.firstIssued; //=> "2006-10-15"
 * ```
 */
export interface DocumentTypeInfo {
  /** The document type. */
  id: DocumentType;
  /** Its name in English. */
  name: string;
  /** Who issues it. */
  issuer: string;
  /** The first day it was issued, where known; before it the document was `not_issued`. */
  firstIssued?: IsoDate;
  /** How its validity is decided. */
  validityRule: ValidityRule;
  /** Whether Pakistan recognises it as a basis of legal stay (when valid). */
  recognisedByState: boolean;
  /** What it does protect, in a sentence. */
  protects: string;
  /** What it does not protect, in a sentence. */
  doesNotProtect: string;
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of this description. */
  confidence: Confidence;
  /** Why the dataset says what it says, where sources disagree. */
  note?: string;
}

/**
 * A document as a person holds it. `validThrough` is the holder's own last valid day and is used
 * for `passport_visa` (the visa's end); `number` and `issuedOn` are personal data that this
 * library never reads into any output.
 *
 * @example
 * ```ts
 * const visa: HeldDocument = { type: "passport_visa", validThrough: "2026-03-31" };
 * ```
 */
export interface HeldDocument {
  /** The document type. */
  type: DocumentType;
  /** The holder's own last valid day (for `passport_visa`). */
  validThrough?: IsoDate;
  /** The document number: personal data, never echoed. */
  number?: string;
  /** The day of issue: personal data, never echoed. */
  issuedOn?: IsoDate;
}
