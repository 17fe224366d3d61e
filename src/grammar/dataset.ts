// The grammar of a dataset's parts besides its records and sources: meta, document types,
// subdivisions, exposure targets, groups, wording and figures. What relates one item to the
// others (unique ids, exactly one default target, codes of the host) is checked by
// `createDataset`, which reads the items with this grammar first.
import { citations, confidence, day, id, text, when, word } from "./fields.js";
import { opt, orNull, req, type ObjectGrammar } from "./spec.js";

/** Who a dataset is about and how current it is. @internal */
export const DATASET_META = {
  shape: {
    id: req({
      t: "pattern",
      re: /^[a-z0-9][a-z0-9-]{0,39}$/,
      msg: "must be lowercase letters, digits and hyphens (at most 40)",
      describe: "lowercase letters, digits and hyphens",
    }),
    host: req({
      t: "pattern",
      re: /^[A-Z]{2}$/,
      msg: "must be an ISO 3166-1 alpha-2 code, such as PK",
      describe: "ISO 3166-1 alpha-2",
    }),
    name: req(text),
    version: req({ t: "pattern", re: /^\d{4}\.\d+$/, msg: "must be YEAR.N, such as 2026.2" }),
    released: req(day),
    reviewedThrough: orNull({
      t: "day",
      describe: "the last day up to which the sources were read for decisions",
    }),
    reviewNote: opt(text),
    timeZone: req({
      t: "timeZone",
      msg: "must be an IANA time zone, such as Asia/Karachi",
      describe: "an IANA time zone, such as Asia/Karachi",
    }),
    schemaVersion: req({ t: "int", min: 1, msg: "must be a whole number of at least 1" }),
  },
  rules: [],
} as const satisfies ObjectGrammar;

/** What a dataset says of a document type. @internal */
export const DOCUMENT_TYPE = {
  shape: {
    id: req(word),
    name: req(text),
    issuer: req(text),
    firstIssued: opt(day),
    validityRule: req({ t: "enum", values: ["timeline", "holder", "not_assessed", "none"] }),
    recognisedByState: req({ t: "bool", msg: "must be true or false" }),
    protects: req(text),
    doesNotProtect: req(text),
    sources: req(citations),
    confidence: req(confidence),
    note: opt(text),
  },
  rules: [],
} as const satisfies ObjectGrammar;

/** A first-level subdivision of the host country (ISO 3166-2). @internal */
export const SUBDIVISION = {
  shape: {
    code: req({
      t: "pattern",
      re: /^[A-Z]{2}-[A-Z0-9]{1,3}$/,
      msg: "must be an ISO 3166-2 code of the host country, such as PK-IS",
      describe: "ISO 3166-2",
    }),
    name: req(text),
    sources: opt(citations),
  },
  rules: [],
} as const satisfies ObjectGrammar;

/** Who exposure records can target. @internal */
export const EXPOSURE_TARGET = {
  shape: {
    id: req(word),
    name: req(text),
    documents: req({
      t: "list",
      item: {
        t: "term",
        of: "documents",
        msg: "is not the id of a document type of the dataset",
      },
      nonEmpty: false,
      unique: "is listed twice",
      msg: "must be an array of document type ids",
    }),
  },
  rules: [],
} as const satisfies ObjectGrammar;

/** A group some orders single out. @internal */
export const GROUP = {
  shape: { id: req(word), name: req(text) },
  rules: [],
} as const satisfies ObjectGrammar;

/** The legal wording of a dataset's summaries. @internal */
export const WORDING = {
  shape: { legalBasis: req(text), notAssessed: req(text) },
  rules: [
    {
      reads: ["notAssessed"],
      check: (v) =>
        when(
          typeof v.notAssessed === "string" && !v.notAssessed.includes("{document}"),
          "notAssessed",
          "must say where the document's name goes, with {document}",
        ),
    },
  ],
} as const satisfies ObjectGrammar;

/** What figures count. @internal */
export const FIGURE_MEASURES = [
  "por_holders",
  "acc_holders",
  "umrf_certificate_holders",
  "undocumented_afghans",
  "afghans_in_pakistan",
  "returns",
  "deportations",
  "arrests",
  "people_in_need",
  "resettlement_pipeline",
  "amayesh_holders",
  "headcount_slip_holders",
  "afghans_in_iran",
  "passport_visa_holders",
] as const;

const PARTIAL = {
  t: "partialDate",
  msg: "must be YYYY-MM-DD, YYYY-MM or YYYY",
} as const;

/** A cited figure. @internal */
export const FIGURE = {
  shape: {
    id: req(id),
    measure: req({ t: "enum", values: FIGURE_MEASURES }),
    value: req({ t: "int", min: 0, msg: "must be a whole number of at least 0" }),
    qualifier: req({ t: "enum", values: ["exact", "about", "over", "nearly", "at_least"] }),
    asOf: req(PARTIAL),
    since: opt(PARTIAL),
    area: req(text),
    counts: req(text),
    reportedBy: req(text),
    sources: req(citations),
    confidence: req(confidence),
    note: opt(text),
  },
  rules: [],
} as const satisfies ObjectGrammar;
