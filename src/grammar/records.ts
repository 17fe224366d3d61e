// The grammar of sources and of the three kinds of policy record (validity, phase, directive):
// their fields, which may be absent, and the rules that relate them. This is the one definition:
// `createDataset` and `extendDataset` check input with it, and the zod schemas of
// `afghan-refugees/schemas` (and so the JSON Schema files) are built from it.
import { settlementKey } from "../exposure/place-names.js";
import { citations, confidence, day, id, ID_PATTERN, notBefore, text, when } from "./fields.js";
import {
  opt,
  orNull,
  req,
  type ListField,
  type ObjectGrammar,
  type Shape,
  type TermField,
} from "./spec.js";

/** An entry of the source registry. @internal */
export const SOURCE = {
  shape: {
    id: req(id),
    publisher: req(text),
    via: opt(text),
    title: req(text),
    titleNote: opt(text),
    titleTranslation: opt(text),
    url: req({
      t: "url",
      msg: "must be an http(s) URL in ASCII (percent-encode other characters)",
      describe: "an http(s) URL, ASCII only (percent-encode other characters)",
    }),
    published: orNull({
      t: "partialDate",
      msg: "must be YYYY-MM-DD, YYYY-MM, YYYY, or null (no date shown)",
      describe: "null when the page shows no date",
    }),
    publishedNote: opt(text),
    kind: req({ t: "enum", values: ["primary", "secondary"] }),
    language: opt(text),
    note: opt(text),
  },
  rules: [],
} as const satisfies ObjectGrammar;

/** A list of ids of one of the dataset's sets, at least one, none twice. */
/* @__NO_SIDE_EFFECTS__ */
function termList<const S extends "documents" | "targets" | "groups" | "subdivisions">(
  of: S,
  msg: string,
) {
  return {
    t: "list",
    item: { t: "term", of },
    nonEmpty: true,
    unique: "is listed twice",
    msg,
  } as const satisfies ListField<TermField<S>>;
}

/** The fields every record has: id, days, body, summary, sources, confidence. */
const COMMON = {
  id: req(id),
  announced: req(day),
  announcedPrecision: req({ t: "enum", values: ["exact", "inferred", "on_or_before"] }),
  from: req(day),
  through: opt(day),
  body: req(text),
  instrument: opt(text),
  summary: req(text),
  sources: req(citations),
  confidence: req(confidence),
  note: opt(text),
} as const;

/** The shape of a record of one kind: its kind, the common fields, then its own. */
/* @__NO_SIDE_EFFECTS__ */
function recordShape<const K extends string, const S extends Shape>(kind: K, own: S) {
  return { kind: req({ t: "literal", value: kind }), ...COMMON, ...own };
}

/** A validity decision. @internal */
export const VALIDITY_RECORD = {
  shape: recordShape("validity", {
    documents: req(termList("documents", "must be a non-empty array of document types")),
    status: req({ t: "enum", values: ["valid", "invalid", "unknown"] }),
  }),
  rules: [
    notBefore("through", "from"),
    {
      reads: ["documents"],
      check: (v, terms) => {
        const timeline = terms.timelineDocuments;
        const documents = v.documents;
        if (timeline === undefined || !Array.isArray(documents)) return [];
        return documents.flatMap((doc: unknown, i) =>
          typeof doc === "string" && !timeline.has(doc)
            ? [
                {
                  at: ["documents", i],
                  message: "this document type's validity is not decided by timeline records",
                },
              ]
            : [],
        );
      },
    },
    {
      // An answer "valid" says how many days remain: a valid span has a last day.
      reads: ["status", "through"],
      check: (v) =>
        when(
          v.status === "valid" && v.through === undefined,
          "through",
          "is required when status is valid (the last day the sources say the documents are valid)",
        ),
    },
  ],
} as const satisfies ObjectGrammar;

/** A repatriation phase, or one decision within a phase. @internal */
export const PHASE_RECORD = {
  shape: recordShape("phase", {
    phase: req({
      t: "pattern",
      re: ID_PATTERN,
      msg: "must be a phase id: lowercase letters, digits and hyphens",
      describe: "lowercase letters, digits and hyphens",
    }),
    name: req(text),
    targets: req(termList("targets", "must be a non-empty array of exposure targets")),
    departureDeadline: opt(day),
    enforcementFrom: req(day),
  }),
  rules: [
    notBefore("through", "from"),
    notBefore("departureDeadline", "from"),
    notBefore("enforcementFrom", "from"),
    {
      reads: ["enforcementFrom", "departureDeadline"],
      check: (v) =>
        when(
          typeof v.departureDeadline === "string" &&
            typeof v.enforcementFrom === "string" &&
            v.enforcementFrom <= v.departureDeadline,
          "enforcementFrom",
          "must be after `departureDeadline`",
        ),
    },
    notBefore("through", "enforcementFrom"),
  ],
} as const satisfies ObjectGrammar;

/** A settlement a record concerns: by name, or every one of a district or province. @internal */
export const SETTLEMENT_REF = {
  shape: {
    name: opt(text),
    district: opt(text),
    province: opt({ t: "term", of: "subdivisions" }),
  },
  rules: [
    {
      reads: ["name"],
      check: (v) =>
        when(
          typeof v.name === "string" && settlementKey(v.name) === "",
          "name",
          "must name a settlement, not only a word such as camp",
        ),
    },
    {
      reads: [],
      check: (v) =>
        v.name === undefined && v.district === undefined && v.province === undefined
          ? [{ at: [], message: "must give a name, a district or a province" }]
          : [],
    },
  ],
  expect: "must be an object { name?, district?, province? }",
} as const satisfies ObjectGrammar;

const SCOPE_EXPECT = "must be an object with provinces, districts, settlements or groups";

/** Where and to whom a directive applies beyond its targets. @internal */
export const SCOPE = {
  shape: {
    provinces: opt(termList("subdivisions", "must be a non-empty array")),
    districts: opt({
      t: "list",
      item: { t: "text", msg: "must be a district name" },
      nonEmpty: true,
      msg: "must be a non-empty array",
    }),
    settlements: opt({
      t: "list",
      item: { t: "object", of: SETTLEMENT_REF },
      nonEmpty: true,
      msg: "must be a non-empty array",
    }),
    groups: opt(termList("groups", "must be a non-empty array")),
  },
  rules: [
    {
      reads: [],
      check: (v) => (Object.keys(v).length === 0 ? [{ at: [], message: SCOPE_EXPECT }] : []),
    },
  ],
  expect: SCOPE_EXPECT,
} as const satisfies ObjectGrammar;

/** A directive: no adverse action, a deportation order, a deadline, or a notice. @internal */
export const DIRECTIVE_RECORD = {
  shape: recordShape("directive", {
    name: opt(text),
    effect: req({ t: "enum", values: ["tolerate", "deport", "deadline", "notice"] }),
    targets: req(termList("targets", "must be a non-empty array of exposure targets")),
    endsWithDecision: opt({ t: "bool", msg: "must be true or false" }),
    deadline: opt(day),
    scope: opt({ t: "object", of: SCOPE }),
  }),
  rules: [
    notBefore("through", "from"),
    {
      reads: ["effect", "deadline"],
      check: (v) =>
        v.effect === "deadline"
          ? when(
              v.deadline === undefined,
              "deadline",
              "is required when effect is deadline (a calendar day, YYYY-MM-DD)",
            )
          : when(
              v.deadline !== undefined,
              "deadline",
              "is only for directives whose effect is deadline",
            ),
    },
    notBefore("deadline", "from"),
  ],
} as const satisfies ObjectGrammar;

/** The record grammars by `kind`. @internal */
export const RECORD_KINDS = {
  validity: VALIDITY_RECORD,
  phase: PHASE_RECORD,
  directive: DIRECTIVE_RECORD,
} as const;
