import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  exposure,
  extendDataset,
  formatDay,
  type HeldDocument,
  pakistan,
  parseDay,
  type Person,
  type PersonGroup,
  type Scope,
  type TimelineRecord,
} from "../../src/index.js";
import { onlyRecords, withRecords } from "../helpers/datasets.js";
import { testSource } from "../helpers/test-source.js";
import { asReference, referenceExposure } from "../reference/exposure-reference.js";

const first = parseDay("2023-01-01");
const last = parseDay("2026-12-31");
const day = fc.integer({ min: first, max: last });

const heldDocument: fc.Arbitrary<HeldDocument> = fc.oneof(
  fc.constantFrom<HeldDocument>(
    { type: "por_card" },
    { type: "afghan_citizen_card" },
    { type: "umrf_certificate" },
    { type: "tazkira" },
    { type: "unhcr_asylum_document" },
    { type: "none" },
    { type: "passport_visa" },
  ),
  day.map((d): HeldDocument => ({ type: "passport_visa", validThrough: formatDay(d) })),
);

const person: fc.Arbitrary<Person> = fc.record(
  {
    documents: fc.array(heldDocument, { maxLength: 3 }),
    location: fc.oneof(
      fc.constant({ province: "PK-IS" }),
      fc.constant({ district: "Rawalpindi" }),
      fc.constant({ province: "PK-KP", district: "Peshawar" }),
      fc.constant({ province: "PK-KP", district: "Peshawar", settlement: "Shamshatoo" }),
      fc.constant({ province: "PK-KP", district: "Hangu", settlement: "a village" }),
      fc.constant({ district: "Mianwali", settlement: "Kot Chandna camp" }),
      fc.constant({ settlement: "Sohrab Goth" }),
    ),
    groups: fc.constantFrom<readonly PersonGroup[]>(
      ["awaiting_resettlement"],
      ["spouse_of_pakistani_citizen"],
      [],
    ),
  },
  { requiredKeys: ["documents"] },
);

function compare(timeline: Dataset, p: Person, on: number, knownAt?: number) {
  const fast = exposure(p, {
    on: formatDay(on),
    dataset: timeline,
    ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
  });
  const slow = referenceExposure(timeline.records, p, on, knownAt);
  expect(asReference(fast)).toEqual(slow);
}

describe("exposure: remembered answers", () => {
  // Answers are shared between people in the same situation. A timeline made afresh for each
  // person has remembered nothing, so its answers are computed, never recalled.
  const fewDays = fc.constantFrom(
    ...[
      "2023-10-15",
      "2023-11-02",
      "2024-01-15", // awaiting resettlement: deadline pending, others liable
      "2024-06-30",
      "2025-03-15",
      "2025-04-15", // the same, and a notice for PoR holders awaiting resettlement
      "2025-08-15",
      "2025-09-02",
    ].map((d) => parseDay(d)),
  );
  it("are the answers computed afresh, in every field", () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 30 }),
        fewDays,
        fc.option(fewDays, { nil: undefined }),
        (people, on, knownAt) => {
          const options = {
            on: formatDay(on),
            ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
          };
          // Twice in a row on the same day: the second pass is answered from memory.
          people.forEach((p) => exposure(p, options));
          const remembered = people.map((p) => exposure(p, options));
          const fresh = people.map((p) =>
            exposure(p, { ...options, dataset: extendDataset(pakistan) }),
          );
          expect(remembered).toEqual(fresh);
          // Answers are shared: two people in the same situation get the same object.
          if (people.length > 1 && JSON.stringify(people[0]) === JSON.stringify(people[1])) {
            expect(remembered[0]).toBe(remembered[1]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("shares one frozen answer object between people in the same situation on a day", () => {
    const options = { on: "2025-09-02" };
    const a = [1, 2, 3].map(() => exposure({ documents: [{ type: "por_card" }] }, options));
    expect(a[2]).toBe(a[1]);
    expect(a[2]).toEqual(a[0]);
    expect(Object.isFrozen(a[2])).toBe(true); // shared, so read-only
  });

  it("shares the answer of people whom a valid card protects, too", () => {
    const options = { on: "2024-01-15" }; // PoR cards valid under the retroactive extension
    const a = [1, 2, 3].map(() => exposure({ documents: [{ type: "por_card" }] }, options));
    expect(a[2]?.status).toBe("protected");
    expect(a[2]).toBe(a[1]);
    expect(a[2]).toEqual(a[0]);
  });
});

describe("exposure: compiled tables agree with the reference implementation", () => {
  it("on the bundled dataset, for random people, days and knowledge days", () => {
    fc.assert(
      fc.property(person, day, fc.option(day, { nil: undefined }), (p, on, knownAt) => {
        compare(pakistan, p, on, knownAt);
      }),
      { numRuns: 3000 },
    );
  });

  it("on every day around every exposure record's boundaries", () => {
    const days = new Set<number>();
    for (const r of pakistan.records) {
      if (r.kind === "validity") continue;
      for (const d of [
        r.announced,
        r.from,
        r.through,
        r.kind === "phase" ? r.enforcementFrom : r.deadline,
      ]) {
        if (d === undefined) continue;
        for (let k = -1; k <= 1; k++) days.add(parseDay(d) + k);
      }
    }
    const people: Person[] = [
      { documents: [] },
      { documents: [{ type: "por_card" }] },
      { documents: [{ type: "afghan_citizen_card" }] },
      { documents: [{ type: "umrf_certificate" }] },
      { documents: [], groups: ["awaiting_resettlement"] },
    ];
    for (const on of days) {
      for (const p of people) {
        compare(pakistan, p, on);
        compare(pakistan, p, on, on);
      }
    }
  });
});

describe("exposure: random user-made timelines agree with the reference implementation", () => {
  const lo = parseDay("2024-01-01");
  const hi = parseDay("2024-12-31");
  const d = fc.integer({ min: lo, max: hi });
  const targets = fc.subarray(["por_card", "afghan_citizen_card", "undocumented"] as const, {
    minLength: 1,
  });
  const raw = fc.oneof(
    fc.record({
      kind: fc.constant("validity" as const),
      announced: d,
      from: d,
      length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      status: fc.constantFrom("valid" as const, "invalid" as const, "unknown" as const),
    }),
    fc.record({
      kind: fc.constant("directive" as const),
      announced: d,
      from: d,
      length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      effect: fc.constantFrom("tolerate" as const, "deport" as const, "deadline" as const),
      ends: fc.boolean(),
      targets,
      group: fc.boolean(),
      place: fc.constantFrom<Scope | undefined>(
        undefined,
        { provinces: ["PK-KP"] },
        { districts: ["Swabi"] },
        { settlements: [{ name: "Test Village" }] },
        { settlements: [{ district: "Swabi" }] },
        { settlements: [{ province: "PK-KP" }] },
      ),
    }),
    fc.record({
      kind: fc.constant("phase" as const),
      announced: d,
      from: d,
      deadline: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      gap: fc.integer({ min: 1, max: 10 }),
      targets,
    }),
  );

  // The people these random records concern, so that most runs exercise them.
  const concerned = fc.constantFrom<Person>(
    { documents: [{ type: "por_card" }] },
    { documents: [{ type: "afghan_citizen_card" }] },
    { documents: [{ type: "por_card" }, { type: "afghan_citizen_card" }] },
    { documents: [] },
    { documents: [{ type: "tazkira" }], groups: ["awaiting_resettlement"] },
    { documents: [{ type: "por_card" }], location: { province: "PK-KP", district: "Swabi" } },
    {
      documents: [{ type: "por_card" }],
      location: { province: "PK-KP", district: "Swabi", settlement: "Other village" },
    },
    { documents: [], location: { settlement: "test-village camp" } },
  );

  it("with validity records, directives and phases in every combination", () => {
    fc.assert(
      fc.property(
        fc.array(raw, { maxLength: 5 }),
        concerned,
        fc.integer({ min: lo - 10, max: hi + 60 }),
        fc.option(fc.integer({ min: lo - 10, max: hi + 10 }), { nil: undefined }),
        fc.nat(),
        fc.integer({ min: -1, max: 1 }),
        (items, p, randomDay, knownAt, pick, shift) => {
          // Half the time ask about a day next to a record's announcement or first day, where
          // off-by-one mistakes show.
          const edges = items.flatMap((item) => [item.announced, item.from]);
          const on =
            pick % 2 === 0 && edges.length > 0
              ? (edges[(pick >> 1) % edges.length] as number) + shift
              : randomDay;
          const validityDays = new Set<number>();
          const records = items.flatMap((item, i): TimelineRecord[] => {
            const common = {
              id: `r${i}`,
              announced: formatDay(item.announced),
              announcedPrecision: "exact" as const,
              from: formatDay(item.from),
              body: "Test",
              summary: "Test record.",
              sources: ["test-source"],
              confidence: "medium" as const,
            };
            if (item.kind === "validity") {
              if (validityDays.has(item.announced)) return []; // same-day overlaps are rejected
              validityDays.add(item.announced);
              return [
                {
                  ...common,
                  kind: "validity" as const,
                  documents: ["por_card" as const],
                  status: item.status,
                  // A valid record always has a last day (the grammar requires it).
                  ...(item.length === undefined && item.status !== "valid"
                    ? {}
                    : { through: formatDay(item.from + (item.length ?? 120)) }),
                },
              ];
            }
            if (item.kind === "directive") {
              return [
                {
                  ...common,
                  kind: "directive" as const,
                  effect: item.effect,
                  targets: [...item.targets],
                  ...(item.ends ? { endsWithDecision: true } : {}),
                  ...(item.length === undefined
                    ? {}
                    : { through: formatDay(item.from + item.length) }),
                  ...(item.effect === "deadline" ? { deadline: formatDay(item.from + 20) } : {}),
                  ...(item.group || item.place !== undefined
                    ? {
                        scope: {
                          ...(item.group ? { groups: ["awaiting_resettlement" as const] } : {}),
                          ...item.place,
                        },
                      }
                    : {}),
                },
              ];
            }
            const deadline = item.deadline === undefined ? undefined : item.from + item.deadline;
            return [
              {
                ...common,
                kind: "phase" as const,
                phase: `phase-${i}`,
                name: "Test phase",
                targets: [...item.targets],
                ...(deadline === undefined ? {} : { departureDeadline: formatDay(deadline) }),
                enforcementFrom: formatDay((deadline ?? item.from) + item.gap),
              },
            ];
          });
          const timeline = onlyRecords(records, [testSource]);
          compare(timeline, p, on, knownAt);
        },
      ),
      { numRuns: 4000 },
    );
  });
});

describe("exposure: properties", () => {
  it("a valid visa always protects", () => {
    fc.assert(
      fc.property(
        person,
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.option(day, { nil: undefined }),
        (p, on, left, knownAt) => {
          const visa: HeldDocument = { type: "passport_visa", validThrough: formatDay(on + left) };
          const withVisa = { ...p, documents: [...p.documents, visa] };
          const e = exposure(withVisa, {
            on: formatDay(on),
            ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
          });
          expect(e.status).toBe("protected");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a record announced after knownAt never changes the answer as known at knownAt", () => {
    const effect = fc.constantFrom<"tolerate" | "deport" | "deadline" | "notice">(
      "tolerate",
      "deport",
      "deadline",
      "notice",
    );
    fc.assert(
      fc.property(
        person,
        day,
        day,
        fc.integer({ min: 1, max: 300 }),
        day,
        effect,
        (p, on, knownAt, later, from, eff) => {
          const timeline = withRecords(
            [
              {
                kind: "directive",
                id: "late-directive",
                effect: eff,
                targets: ["undocumented", "por_card", "afghan_citizen_card", "umrf_certificate"],
                announced: formatDay(knownAt + later),
                announcedPrecision: "exact",
                from: formatDay(from),
                ...(eff === "deadline" ? { deadline: formatDay(from + 30) } : {}),
                body: "Test",
                summary: "A directive announced after knownAt.",
                sources: ["test-source"],
                confidence: "low",
              },
            ],
            [testSource],
          );
          const options = { on: formatDay(on), knownAt: formatDay(knownAt) };
          expect(exposure(p, { ...options, dataset: timeline })).toEqual(exposure(p, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not depend on the machine's time zone: a Date is read as its Karachi day", () => {
    fc.assert(
      fc.property(person, day, fc.integer({ min: 0, max: 86_399_999 }), (p, on, ms) => {
        // An instant during the Karachi day `on` (UTC+5 since 2009).
        const instant = new Date(on * 86_400_000 - 5 * 3_600_000 + ms);
        expect(exposure(p, { on: instant })).toEqual(exposure(p, { on: formatDay(on) }));
      }),
      { numRuns: 500 },
    );
  });
});
