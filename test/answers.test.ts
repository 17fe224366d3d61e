// No hidden state: every answer of every public query is deeply frozen, from the first call on,
// and an answer does not depend on what was asked before (the caches of a dataset and of its
// risk data hand out the answer that would be computed afresh). The result types narrow on
// `status`, and a person record read by the schema is a `Person`.
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  assess,
  deadlines,
  type DocumentType,
  documentValidity,
  type Exposure,
  exposure,
  extendDataset,
  formatDay,
  listPhases,
  pakistan,
  parseDay,
  type Person,
  screenRisk,
  type ValidityResult,
  validitySpans,
} from "../src/index.js";
import type { PersonRecordSchema } from "../src/schemas/index.js";

/** Whether every object reachable from a value is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => deeplyFrozen(v, seen));
}

const day = fc
  .integer({ min: parseDay("2005-01-01"), max: parseDay("2027-06-30") })
  .map((d) => formatDay(d));
const TYPES: DocumentType[] = [
  "por_card",
  "afghan_citizen_card",
  "umrf_certificate",
  "passport_visa",
  "tazkira",
  "none",
];
const person = fc.constantFrom<Person>(
  { documents: [{ type: "por_card" }] },
  { documents: [{ type: "por_card" }], location: { province: "PK-IS" } },
  { documents: [{ type: "afghan_citizen_card" }], location: { province: "PK-PB" } },
  { documents: [], groups: ["awaiting_resettlement"] },
  { documents: [{ type: "passport_visa", validThrough: "2026-01-31" }] },
  { documents: [{ type: "passport_visa" }, { type: "tazkira" }] },
  {
    documents: [{ type: "umrf_certificate" }],
    profile: { sex: "female", age: 30, roles: ["journalist"] },
  },
);

describe("every answer is deeply frozen, always", () => {
  it("from the first call on a fresh dataset, and on every call after", () => {
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: undefined }),
        fc.constantFrom(...TYPES),
        person,
        (on, knownAt, type, p) => {
          // A dataset of its own: nothing is remembered for it yet.
          const dataset = extendDataset(pakistan);
          const options = knownAt === undefined ? { on, dataset } : { on, knownAt, dataset };
          for (let round = 0; round < 3; round++) {
            expect(deeplyFrozen(documentValidity(type, options))).toBe(true);
            expect(deeplyFrozen(exposure(p, options))).toBe(true);
            expect(deeplyFrozen(assess(p, options))).toBe(true);
          }
          expect(deeplyFrozen(screenRisk(p.profile ?? {}))).toBe(true);
          expect(deeplyFrozen(validitySpans("por_card", { dataset }))).toBe(true);
          expect(deeplyFrozen(listPhases({ dataset }))).toBe(true);
          expect(deeplyFrozen(deadlines({ from: "2023-01-01", to: "2026-12-31", dataset }))).toBe(
            true,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("an answer does not depend on what was asked before", () => {
  it("the same query on a dataset that has answered others equals it on a fresh one", () => {
    const busy = extendDataset(pakistan);
    fc.assert(
      fc.property(fc.array(fc.tuple(day, person), { minLength: 1, maxLength: 6 }), (queries) => {
        // Ask each query twice in a row on the busy dataset (so its caches fill), then once on
        // a fresh one.
        for (const [on, p] of queries) {
          const a = assess(p, { on, dataset: busy });
          const b = assess(p, { on, dataset: busy });
          expect(b).toEqual(a);
          const fresh = assess(p, { on, dataset: extendDataset(pakistan) });
          expect(b).toEqual(fresh);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("types that narrow", () => {
  it("a validity answer narrows on status", () => {
    const r: ValidityResult = documentValidity("por_card", { on: "2025-06-10" });
    if (r.status === "valid") {
      expectTypeOf(r.daysRemaining).toEqualTypeOf<number>();
      expectTypeOf(r.validThrough).toEqualTypeOf<string>();
    } else {
      expectTypeOf(r.daysRemaining).toEqualTypeOf<null>();
    }
    expect(r.status === "valid" && r.daysRemaining).toBe(20);
  });

  it("an exposure answer narrows on status", () => {
    const e: Exposure = exposure({ documents: [{ type: "por_card" }] }, { on: "2025-08-15" });
    if (e.status === "deadline_pending") {
      expectTypeOf(e.deadline).toEqualTypeOf<string>();
      expectTypeOf(e.daysToDeadline).toEqualTypeOf<number>();
    }
    if (e.status === "protected") expectTypeOf(e.protectingDocument).toEqualTypeOf<string>();
    if (e.status === "liable") expectTypeOf(e.daysToDeadline).toEqualTypeOf<null>();
    expect(e.status === "deadline_pending" && e.daysToDeadline).toBe(16);
  });

  it("PersonRecordSchema's output is a Person (under exactOptionalPropertyTypes)", () => {
    expectTypeOf<z.output<typeof PersonRecordSchema>>().toExtend<Person>();
  });
});
