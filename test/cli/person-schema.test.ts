import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersonRecordForCli } from "../../src/cli/person-schema.js";
import { PersonRecordSchema } from "../../src/schemas/index.js";

const junk = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.constant([]));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, junk);
const record = fc.record(
  {
    id: maybe(fc.constantFrom("case-1", "", " ")),
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
  { requiredKeys: [] },
);

describe("the CLI's person schema", () => {
  it("accepts and rejects exactly what PersonRecordSchema does, with the same issues", () => {
    fc.assert(
      fc.property(record, (value) => {
        const published = PersonRecordSchema.safeParse(value);
        const cli = PersonRecordForCli.safeParse(value);
        expect(cli.success).toBe(published.success);
        if (!published.success && !cli.success) {
          expect(cli.error.issues).toEqual(published.error.issues);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("drops unknown top-level fields instead of copying them", () => {
    const value = { id: "case-1", documents: [], name: "Synthetic" };
    expect(PersonRecordSchema.parse(value)).toEqual(value);
    expect(PersonRecordForCli.parse(value)).toEqual({ id: "case-1", documents: [] });
  });
});
