import { bundledDocumentTypes } from "../data/bundled.js";
import { deepFreeze } from "../freeze.js";
import type { DocumentType, DocumentTypeInfo } from "./document-type.js";

/**
 * What the dataset knows about each document type: name, issuer, when it was first issued, how
 * its validity is decided, what it does and does not protect, and sources.
 *
 * @remarks
 * Tazkira and UNHCR asylum documents are not recognised by Pakistan as a basis of legal stay
 * (`recognisedByState: false`); their validity is not assessed.
 *
 * @example
 * ```ts
 * documentTypes.por_card.name; //=> "Proof of Registration (PoR) card"
 * documentTypes.tazkira.recognisedByState; //=> false
 * ```
 */
export const documentTypes: Readonly<Record<DocumentType, Readonly<DocumentTypeInfo>>> =
  /* @__PURE__ */ (() =>
    deepFreeze(
      Object.fromEntries(bundledDocumentTypes.map((info) => [info.id, info])) as Record<
        DocumentType,
        DocumentTypeInfo
      >,
    ))();

/** The document types as a map, for lookups. @internal */
export const documentTypeMap: ReadonlyMap<DocumentType, DocumentTypeInfo> = /* @__PURE__ */ (() =>
  new Map(bundledDocumentTypes.map((info) => [info.id, info])))();
