// The two interpreters of the grammar, the zod-free checker of the main entry and the zod
// schemas of `afghan-refugees/schemas`, accept and reject the same values: for every kind of
// record and dataset part, on values made from a valid one by changing up to three fields (to
// other valid values, to values of the wrong form, to values that break a rule between fields),
// dropping fields and adding unknown ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  DOCUMENT_TYPES,
  EXPOSURE_TARGETS,
  PAKISTAN_PROVINCES,
  PERSON_GROUPS,
} from "../../src/index.js";
import { pakistan } from "../../src/index.js";
import { Checker, checkObject } from "../../src/grammar/check.js";
import {
  DATASET_META,
  DOCUMENT_TYPE,
  EXPOSURE_TARGET,
  FIGURE,
  GROUP,
  SUBDIVISION,
  WORDING,
} from "../../src/grammar/dataset.js";
import {
  DIRECTIVE_RECORD,
  PHASE_RECORD,
  SCOPE,
  SETTLEMENT_REF,
  SOURCE,
  VALIDITY_RECORD,
} from "../../src/grammar/records.js";
import type { Field, ObjectGrammar, Terms } from "../../src/grammar/spec.js";
import { PAKISTAN_TIMELINE_DOCUMENT_TYPES } from "../../src/generated/pakistan-vocabulary.js";
import {
  DatasetMetaSchema,
  DirectiveRecordSchema,
  DocumentTypeInfoSchema,
  ExposureTargetInfoSchema,
  FigureSchema,
  GroupInfoSchema,
  PhaseRecordSchema,
  ScopeSchema,
  SettlementRefSchema,
  SourceSchema,
  SubdivisionSchema,
  ValidityRecordSchema,
  WordingSchema,
} from "../../src/schemas/index.js";

const PAKISTAN: Terms = {
  documents: new Set(DOCUMENT_TYPES),
  timelineDocuments: new Set(PAKISTAN_TIMELINE_DOCUMENT_TYPES),
  targets: new Set(EXPOSURE_TARGETS),
  groups: new Set(PERSON_GROUPS),
  subdivisions: new Set(Object.keys(PAKISTAN_PROVINCES)),
};

/** Values to try in a field of each kind: right ones, wrong ones, and ones that break rules. */
function candidates(field: Field, valid: unknown): unknown[] {
  const junk = [undefined, null, "", " ", 7, [], {}, "Bad Id"];
  switch (field.t) {
    case "text":
      return ["A sentence.", "x", "Camp", "refugee village", ...junk];
    case "day":
      return [
        "2023-10-01",
        "2024-01-01",
        "2025-06-30",
        "2027-12-31",
        "2005-01-01",
        "2024-02-30",
        "2024-1-1",
        ...junk,
      ];
    case "pattern":
      return [
        valid,
        "x",
        "a-b",
        "a_b",
        "ab",
        "PK-IS",
        "PK",
        "XT-N",
        "2026.1",
        "X",
        "-a",
        "a".repeat(101),
        ...junk,
      ];
    case "partialDate":
      return ["2024", "2024-06", "2024-06-30", "2024-13", "2024-06-31", "24", ...junk];
    case "url":
      return [
        "https://example.org/a?b=c",
        "http://example.org",
        "HTTP://example.org",
        "https://example.org/é",
        "javascript:alert(1)",
        "https://[::1",
        "ftp://example.org",
        ...junk,
      ];
    case "timeZone":
      return ["Asia/Karachi", "Asia/Tehran", "UTC", "Mars/Olympus_Mons", ...junk];
    case "enum":
      return [...field.values, "other", ...junk];
    case "term": {
      const known = PAKISTAN[field.of];
      return [
        ...(known === undefined ? ["s1", "a-b"] : [...known].slice(0, 4)),
        "someone_else",
        "Bad Id",
        ...junk,
      ];
    }
    case "literal":
      return [field.value, "other", ...junk];
    case "bool":
      return [true, false, "true", 0, ...junk];
    case "int":
      return [field.min, field.min + 3, field.min - 1, 1.5, "3", ...junk];
    case "list": {
      const items = Array.isArray(valid) ? (valid as unknown[]) : [];
      const first = items[0];
      const other = candidates(field.item, first);
      return [
        valid,
        [],
        [first],
        [first, first],
        ...other.slice(0, 6).map((item) => [item]),
        ...other.slice(0, 3).map((item) => [first, item]),
        "x",
        ...junk,
      ];
    }
    case "object":
      return [valid, {}, null, [], "x", { unexpected: 1 }];
  }
}

/** Values made from a valid one: up to three fields changed, dropped, or an unknown field. */
function variants(grammar: ObjectGrammar, valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(grammar.shape);
  const choices: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) {
    const field = (grammar.shape[key] as { field: Field }).field;
    const pool = candidates(field, valid[key]);
    // Nested objects are varied too, with their own grammar.
    choices[key] =
      field.t === "object" && typeof valid[key] === "object"
        ? fc.oneof(
            fc.constantFrom(...pool),
            variants(field.of, valid[key] as Record<string, unknown>),
          )
        : fc.constantFrom(...pool);
  }
  return fc
    .tuple(
      fc.subarray(keys, { maxLength: Math.min(3, keys.length) }),
      fc.record(choices),
      fc.integer({ min: 0, max: 9 }),
    )
    .map(([chosen, values, extra]) => {
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const value = chosen.includes(key) ? values[key] : valid[key];
        if (value !== undefined) out[key] = value;
      }
      if (extra === 0) out.unexpected = 1;
      if (extra === 1) return Object.keys(out).length > 0 ? out : null;
      if (extra === 2) return {};
      return out;
    });
}

const directive = pakistan.records.find(
  (r) => r.kind === "directive" && r.scope?.settlements !== undefined && r.deadline === undefined,
);
const deadline = pakistan.records.find((r) => r.kind === "directive" && r.effect === "deadline");
if (directive?.kind !== "directive" || directive.scope === undefined) throw new Error("fixture");
const settlement = directive.scope.settlements?.[0];

const CASES: [string, ObjectGrammar, z.ZodType, Terms, unknown][] = [
  ["source", SOURCE, SourceSchema, {}, pakistan.sources[0]],
  [
    "validity record",
    VALIDITY_RECORD,
    ValidityRecordSchema,
    PAKISTAN,
    pakistan.records.find((r) => r.kind === "validity"),
  ],
  [
    "phase record",
    PHASE_RECORD,
    PhaseRecordSchema,
    PAKISTAN,
    pakistan.records.find((r) => r.kind === "phase" && r.departureDeadline !== undefined),
  ],
  ["directive record", DIRECTIVE_RECORD, DirectiveRecordSchema, PAKISTAN, directive],
  ["directive record (deadline)", DIRECTIVE_RECORD, DirectiveRecordSchema, PAKISTAN, deadline],
  [
    "scope",
    SCOPE,
    ScopeSchema,
    PAKISTAN,
    { ...directive.scope, provinces: ["PK-IS"], groups: ["awaiting_resettlement"] },
  ],
  ["settlement", SETTLEMENT_REF, SettlementRefSchema, PAKISTAN, settlement],
  ["dataset meta", DATASET_META, DatasetMetaSchema, {}, pakistan.meta],
  ["document type", DOCUMENT_TYPE, DocumentTypeInfoSchema, {}, pakistan.documentTypes[0]],
  [
    "subdivision",
    SUBDIVISION,
    SubdivisionSchema,
    {},
    { ...pakistan.subdivisions[0], sources: ["iso-3166-2-pk"] },
  ],
  ["exposure target", EXPOSURE_TARGET, ExposureTargetInfoSchema, {}, pakistan.targets[0]],
  ["group", GROUP, GroupInfoSchema, {}, pakistan.groups[0]],
  ["wording", WORDING, WordingSchema, {}, pakistan.wording],
  ["figure", FIGURE, FigureSchema, {}, pakistan.figures.find((f) => f.since !== undefined)],
];

describe("the grammar's checker and its zod schemas agree", () => {
  for (const [name, grammar, schema, terms, valid] of CASES) {
    it(`on 4,000 ${name}s, valid and not`, () => {
      expect(valid).toBeDefined();
      // The valid example is valid to both.
      expect(schema.safeParse(valid).success).toBe(true);
      expect(checkObject(valid, grammar, "x", new Checker(terms))).toBe(true);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(variants(grammar, valid as Record<string, unknown>), (value) => {
          const checker = new Checker(terms);
          const byChecker = checkObject(value, grammar, "x", checker);
          const byZod = schema.safeParse(value).success;
          expect(byChecker).toBe(byZod);
          // The checker says why it rejects, and never with a value.
          expect(checker.problems.length === 0).toBe(byChecker);
          if (byZod) accepted++;
          else rejected++;
        }),
        { numRuns: 4000, seed: 12 },
      );
      // Both sides of the question were asked often.
      expect(accepted).toBeGreaterThan(200);
      expect(rejected).toBeGreaterThan(200);
    });
  }

  it("on a URL in upper case, which both reject (it once passed createDataset alone)", () => {
    const source = { ...pakistan.sources[0], url: "HTTP://example.org" };
    expect(SourceSchema.safeParse(source).success).toBe(false);
    const checker = new Checker({});
    expect(checkObject(source, SOURCE, "sources[0]", checker)).toBe(false);
    expect(checker.problems).toEqual([
      {
        path: "sources[0].url",
        message: "must be an http(s) URL in ASCII (percent-encode other characters)",
      },
    ]);
  });
});
