import type { IsoDate } from "../dates/index.js";
import type { Confidence } from "../sources/confidence.js";

/**
 * How the validity of a document type is decided:
 * `timeline` (by policy records: PoR, ACC, UMRF), `holder` (by the holder's own expiry: visas),
 * `not_assessed` (the host state publishes no validity for it and does not treat it as a document
 * of legal stay: in Pakistan, Tazkira and UNHCR documents), `none` (no document).
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
  /** The document type's id (lowercase letters, digits and underscores). */
  id: string;
  /** Its name in English. */
  name: string;
  /** Who issues it. */
  issuer: string;
  /** The first day it was issued, where known; before it the document was `not_issued`. */
  firstIssued?: IsoDate;
  /** How its validity is decided. */
  validityRule: ValidityRule;
  /** Whether the host state recognises it as a basis of legal stay (when valid). */
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
  /** The document type (an id of the dataset's document types). */
  type: string;
  /** The holder's own last valid day (for `passport_visa`). */
  validThrough?: IsoDate | undefined;
  /** The document number: personal data, never echoed. */
  number?: string | undefined;
  /** The day of issue: personal data, never echoed. */
  issuedOn?: IsoDate | undefined;
}
