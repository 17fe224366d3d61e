import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersonRecordForCli } from "../../src/cli/person-schema.js";
import { PersonRecordSchema } from "../../src/schemas/index.js";

const junk = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.constant([]));
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: a, weight: 6 }, { arbitrary: junk, weight: 1 });
const record = fc.record(
  {
    id: maybe(fc.constantFrom("case-1", "case-2", " ")),
    documents: maybe(
      fc.array(
        fc.record(
          {
            type: maybe(fc.constantFrom("por_card", "passport_visa", "visa")),
            validThrough: maybe(fc.constantFrom("2026-01-31", "2026-02-30")),
            number: maybe(fc.constant("X1")),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    profile: maybe(
      fc.record(
        {
          sex: maybe(fc.constantFrom("female", "f")),
          age: maybe(fc.constantFrom(15, -1)),
          gender: fc.constant("female"),
        },
        { requiredKeys: [] },
      ),
    ),
    location: maybe(
      fc.record({ province: maybe(fc.constantFrom("PK-KP", "Punjab")) }, { requiredKeys: [] }),
    ),
    name: fc.string(),
  },
  { requiredKeys: ["id", "documents"] },
);

/** Records that are valid: the same shapes with good values only. */
const validRecord = fc.record(
  {
    id: fc.constantFrom("case-1", "case-2"),
    documents: fc.array(
      fc.record(
        {
          type: fc.constantFrom("por_card", "passport_visa"),
          validThrough: fc.constant("2026-01-31"),
          number: fc.constant("X1"),
        },
        { requiredKeys: ["type"] },
      ),
      { maxLength: 2 },
    ),
    profile: fc.record({ sex: fc.constant("female"), age: fc.constant(15) }, { requiredKeys: [] }),
    location: fc.record({ province: fc.constant("PK-KP") }, { requiredKeys: [] }),
    name: fc.string(),
  },
  { requiredKeys: ["id", "documents"] },
);

describe("the CLI's person schema", () => {
  it("accepts and rejects exactly what PersonRecordSchema does, with the same issues", () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(validRecord, record), (value) => {
        const published = PersonRecordSchema.safeParse(value);
        const cli = PersonRecordForCli.safeParse(value);
        expect(cli.success).toBe(published.success);
        if (published.success) valid++;
        if (!published.success && !cli.success) {
          expect(cli.error.issues).toEqual(published.error.issues);
        }
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(500); // half the runs are valid records
    expect(valid).toBeLessThan(1500);
  });

  it("drops unknown top-level fields instead of copying them", () => {
    const value = { id: "case-1", documents: [], name: "Synthetic" };
    expect(PersonRecordSchema.parse(value)).toEqual(value);
    expect(PersonRecordForCli.parse(value)).toEqual({ id: "case-1", documents: [] });
  });
});
