import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersonRecordForCli } from "../../src/cli/person-schema.js";
import { assess, type Person } from "../../src/index.js";
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

  it("accepts no record that the library's own checks reject (so the CLI need not check twice)", () => {
    // Values that are fine for one check and wrong for the other are the interesting ones.
    const odd = fc.oneof(
      junk,
      fc.constantFrom("", " ", "PK-XX", "pk-kp", 1.5, -1, 131, Number.NaN, "2025-02-29", {}),
    );
    const either = <T>(a: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: a, weight: 4 }, { arbitrary: odd, weight: 1 });
    const person = fc.record(
      {
        id: either(fc.constant("case-1")),
        documents: either(
          fc.array(
            fc.record(
              {
                type: either(fc.constantFrom("por_card", "passport_visa", "none")),
                validThrough: either(fc.constant("2026-01-31")),
                issuedOn: either(fc.constant("2020-01-31")),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 2 },
          ),
        ),
        location: either(
          fc.record(
            { province: either(fc.constant("PK-KP")), district: either(fc.constant("Quetta")) },
            { requiredKeys: [] },
          ),
        ),
        groups: either(fc.array(either(fc.constant("awaiting_resettlement")), { maxLength: 2 })),
        profile: either(
          fc.record(
            {
              sex: either(fc.constant("female")),
              age: either(fc.integer({ min: 0, max: 130 })),
              roles: either(fc.array(either(fc.constant("journalist")), { maxLength: 2 })),
              ethnicity: either(fc.constant("hazara")),
              religion: either(fc.constant("sikh")),
              circumstances: either(
                fc.array(either(fc.constant("single_woman_head_of_household")), { maxLength: 2 }),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ["id", "documents"] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(person, (value) => {
        const parsed = PersonRecordForCli.safeParse(value);
        if (!parsed.success) return;
        accepted++;
        expect(() => assess(parsed.data as Person, { on: "2025-09-02" })).not.toThrow();
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
