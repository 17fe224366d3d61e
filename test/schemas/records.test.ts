import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type DocumentTypeInfo,
  documentTypes,
  type Figure,
  figures,
  type HarmReport,
  type HeldDocument,
  type LegalProvision,
  pakistan,
  type RiskProfile,
  type Source,
  sources,
  type SpecificNeedsCode,
  type ValidityRecord,
} from "../../src/index.js";
import { onlyRecords } from "../helpers/datasets.js";
import {
  DirectiveRecordSchema,
  DocumentTypeInfoSchema,
  FigureSchema,
  HarmReportSchema,
  HeldDocumentSchema,
  LegalProvisionSchema,
  RiskProfileSchema,
  SpecificNeedsCodeSchema,
  IsoDateSchema,
  SourceSchema,
  TimelineRecordSchema,
  ValidityRecordSchema,
} from "../../src/schemas/index.js";
import { isIsoDate } from "../../src/index.js";
import { testSource } from "../helpers/test-source.js";

/** Optional properties of zod outputs are `T | undefined`; the interfaces say `T` (at any depth). */
type Exact<T> = T extends readonly (infer U)[]
  ? Exact<U>[]
  : T extends object
    ? { [K in keyof T]: Exact<Exclude<T[K], undefined>> }
    : T;
type Output<S extends z.ZodType> = Exact<z.output<S>>;

describe("the zod schemas and the TypeScript interfaces describe the same shapes", () => {
  it("type by type", () => {
    expectTypeOf<Output<typeof SourceSchema>>().toEqualTypeOf<Exact<Source>>();
    expectTypeOf<Output<typeof FigureSchema>>().toEqualTypeOf<Exact<Figure>>();
    expectTypeOf<Output<typeof RiskProfileSchema>>().toEqualTypeOf<Exact<RiskProfile>>();
    expectTypeOf<Output<typeof HarmReportSchema>>().toEqualTypeOf<Exact<HarmReport>>();
    expectTypeOf<Output<typeof SpecificNeedsCodeSchema>>().toEqualTypeOf<
      Exact<SpecificNeedsCode>
    >();
    expectTypeOf<Output<typeof LegalProvisionSchema>>().toEqualTypeOf<Exact<LegalProvision>>();
  });

  it("type by type, where the interfaces take any dataset's ids and the schemas Pakistan's", () => {
    // The engine's types take a document type, target or group as a string (any dataset's id);
    // the schemas validate the bundled dataset's: their outputs are the narrower, same shapes.
    expectTypeOf<Output<typeof ValidityRecordSchema>>().toExtend<Exact<ValidityRecord>>();
    expectTypeOf<keyof Output<typeof ValidityRecordSchema>>().toEqualTypeOf<
      keyof Exact<ValidityRecord>
    >();
    expectTypeOf<Output<typeof DocumentTypeInfoSchema>>().toExtend<Exact<DocumentTypeInfo>>();
    expectTypeOf<keyof Output<typeof DocumentTypeInfoSchema>>().toEqualTypeOf<
      keyof Exact<DocumentTypeInfo>
    >();
    expectTypeOf<Output<typeof HeldDocumentSchema>>().toExtend<Exact<HeldDocument>>();
    expectTypeOf<keyof Output<typeof HeldDocumentSchema>>().toEqualTypeOf<
      keyof Exact<HeldDocument>
    >();
  });

  it("the exported data passes the schemas", () => {
    for (const r of pakistan.records) expect(TimelineRecordSchema.safeParse(r).success).toBe(true);
    for (const s of sources) expect(SourceSchema.safeParse(s).success).toBe(true);
    for (const d of Object.values(documentTypes)) {
      expect(DocumentTypeInfoSchema.safeParse(d).success).toBe(true);
    }
    for (const f of figures) expect(FigureSchema.safeParse(f).success).toBe(true);
  });
});

describe("IsoDateSchema agrees with parseDay", () => {
  it("on random strings shaped like days", () => {
    const part = (n: number) =>
      fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, "0"));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(part(4), part(2), part(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
          fc.string(),
        ),
        (text) => {
          expect(IsoDateSchema.safeParse(text).success).toBe(isIsoDate(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

describe("ValidityRecordSchema agrees with createDataset's own validation", () => {
  const source: Source = {
    id: "s1",
    publisher: "Test",
    title: "Test",
    url: "https://example.org/",
    published: null,
    kind: "secondary",
  };
  const valid: ValidityRecord = {
    kind: "validity",
    id: "r1",
    documents: ["por_card"],
    announced: "2024-02-02",
    announcedPrecision: "exact",
    from: "2024-01-01",
    through: "2024-03-31",
    status: "valid",
    body: "Cabinet",
    summary: "A record.",
    sources: ["s1"],
    confidence: "high",
  };
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(""),
    fc.constant("  "),
    fc.constant(7),
    fc.constant([]),
    fc.constant({}),
    fc.constant("2024-02-30"),
    fc.constant("Bad Id"),
    fc.string({ maxLength: 12 }),
  );
  const variants: Record<string, fc.Arbitrary<unknown>> = {
    kind: fc.constantFrom("validity"),
    id: fc.oneof(fc.constantFrom("r1", "a-b-c", "x".repeat(100), "x".repeat(101)), junk),
    documents: fc.oneof(
      fc.constantFrom(
        ["por_card"],
        ["por_card", "umrf_certificate"],
        ["tazkira"],
        ["por_card", "por_card"],
        [],
      ),
      junk,
    ),
    announced: fc.oneof(fc.constantFrom("2024-02-02", "2023-12-31"), junk),
    announcedPrecision: fc.oneof(
      fc.constantFrom("exact", "inferred", "on_or_before", "roughly"),
      junk,
    ),
    from: fc.oneof(fc.constantFrom("2024-01-01", "2024-05-01"), junk),
    through: fc.oneof(fc.constantFrom("2024-03-31", "2023-12-31", undefined), junk),
    status: fc.oneof(fc.constantFrom("valid", "invalid", "unknown", "maybe"), junk),
    body: fc.oneof(fc.constantFrom("Cabinet"), junk),
    instrument: fc.oneof(fc.constantFrom("Notification", undefined), junk),
    summary: fc.oneof(fc.constantFrom("A record."), junk),
    sources: fc.oneof(fc.constantFrom(["s1"], ["s1", "s1"], []), junk),
    confidence: fc.oneof(fc.constantFrom("high", "medium", "low", "certain"), junk),
    note: fc.oneof(fc.constantFrom("Why.", undefined), junk),
  };
  const mutated = fc
    .tuple(fc.subarray(Object.keys(variants), { maxLength: 3 }), fc.record(variants), fc.boolean())
    .map(([keys, values, extra]) => {
      const chosen = new Set(keys);
      const record: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(valid), ...keys])) {
        const value = chosen.has(key) ? values[key] : valid[key as keyof ValidityRecord];
        if (value !== undefined) record[key] = value;
      }
      if (extra) record.unexpected = 1;
      return record;
    });

  it("on 20,000 valid and invalid records", () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated, (record) => {
        const byZod = ValidityRecordSchema.safeParse(record).success;
        let byLibrary = true;
        try {
          onlyRecords([record as unknown as ValidityRecord], [source]);
        } catch {
          byLibrary = false;
        }
        // `sources` must also exist in the registry: the only check zod cannot make alone.
        const citesKnown =
          !Array.isArray(record.sources) || record.sources.every((id) => id === "s1");
        expect(byLibrary).toBe(byZod && citesKnown);
        if (byZod) accepted++;
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(1000);
  });
});

describe("DirectiveRecordSchema agrees with createDataset on scopes", () => {
  /** Mostly a valid value, sometimes one of the invalid ones. */
  const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: invalid, weight: 1 });
  const settlement = mostly(
    fc
      .record(
        {
          name: mostly(
            fc.constantFrom("Kot Chandna", "Shamshatoo"),
            fc.constantFrom("Camp", "", " ", 3),
          ),
          district: mostly(fc.constant("Mianwali"), fc.constantFrom("", 3)),
          province: mostly(fc.constant("PK-PB"), fc.constantFrom("PK-XX", 3)),
          town: fc.constant("x"),
        },
        { requiredKeys: [] },
      )
      .map((r) => {
        // An unknown key only now and then.
        const { town, ...rest } = r;
        return town !== undefined && rest.name === "Shamshatoo" ? r : rest;
      }),
    fc.constantFrom(null, "Kot Chandna", []),
  );
  const scope = mostly(
    fc.record(
      {
        provinces: mostly(fc.constant(["PK-KP"]), fc.constantFrom(["PK-XX"], [], "PK-KP")),
        districts: mostly(fc.constant(["Swabi"]), fc.constantFrom([" "], [], [1])),
        settlements: mostly(
          fc.array(settlement, { minLength: 1, maxLength: 3 }),
          fc.constantFrom([], "x"),
        ),
        groups: mostly(
          fc.constant(["spouse_of_pakistani_citizen"]),
          fc.constantFrom(["someone"], []),
        ),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom(null, "PK-KP", []),
  );
  it("on 5,000 scopes, valid and not", () => {
    let accepted = 0;
    fc.assert(
      fc.property(scope, (s) => {
        const record = {
          kind: "directive",
          id: "d1",
          effect: "notice",
          targets: ["por_card"],
          announced: "2025-10-01",
          announcedPrecision: "exact",
          from: "2025-10-01",
          scope: s,
          body: "Test",
          summary: "A record.",
          sources: ["test-source"],
          confidence: "low",
        };
        const byZod = DirectiveRecordSchema.safeParse(record).success;
        let byLibrary = true;
        try {
          onlyRecords([record as never], [testSource]);
        } catch {
          byLibrary = false;
        }
        expect(byLibrary).toBe(byZod);
        if (byZod) accepted++;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
