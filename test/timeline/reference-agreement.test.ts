import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  type DocumentType,
  documentTypes,
  documentValidity,
  formatDay,
  pakistan,
  parseDay,
  type ValidityRecord,
} from "../../src/index.js";
import { onlyRecords, withRecords } from "../helpers/datasets.js";
import { testSource } from "../helpers/test-source.js";
import { referenceValidity } from "../reference/validity-reference.js";

const TIMELINE_TYPES = ["por_card", "afghan_citizen_card", "umrf_certificate"] as const;

function compare(timeline: Dataset, type: DocumentType, on: number, knownAt?: number) {
  const options = {
    on: formatDay(on),
    dataset: timeline,
    ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
  };
  const slow = referenceValidity(timeline.records, documentTypes[type], on, knownAt);
  // Three times in a row: the first answer is computed, the later ones may be shared.
  for (let ask = 0; ask < 3; ask++) {
    const fast = documentValidity(type, options);
    expect({
      status: fast.status,
      validThrough: fast.validThrough,
      daysRemaining: fast.daysRemaining,
      basis: fast.basis.map((r) => r.id),
    }).toEqual(slow);
  }
}

describe("compiled tables agree with the reference implementation", () => {
  const first = parseDay("2005-01-01");
  const last = parseDay("2027-12-31");

  it("on the bundled dataset, for random days and knowledge days", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIMELINE_TYPES),
        fc.integer({ min: first, max: last }),
        fc.option(fc.integer({ min: first, max: last }), { nil: undefined }),
        (type, on, knownAt) => {
          compare(pakistan, type, on, knownAt);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("on every day around every record boundary, with all knowledge and with knownAt = on", () => {
    const days = new Set<number>();
    for (const r of pakistan.records) {
      for (const d of [r.from, r.through, r.announced]) {
        if (d === undefined) continue;
        const n = parseDay(d);
        for (let k = -2; k <= 2; k++) days.add(n + k);
      }
    }
    for (const type of TIMELINE_TYPES) {
      for (const day of days) {
        compare(pakistan, type, day);
        compare(pakistan, type, day, day);
      }
    }
  });

  // User-made timelines: random records for one document type within a small window, so that
  // spans overlap, lapse, and get extended retroactively in every combination.
  const lo = parseDay("2020-01-01");
  const hi = parseDay("2020-12-31");
  const record = fc
    .record({
      announced: fc.integer({ min: lo, max: hi }),
      from: fc.integer({ min: lo, max: hi }),
      length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      status: fc.constantFrom("valid", "valid", "invalid", "unknown"),
    })
    // A valid record always has a last day (the grammar requires it: an answer "valid" says how
    // many days remain); the others may be open-ended.
    .map(({ announced, from, length, status }) => ({
      announced,
      from,
      length: status === "valid" ? (length ?? 200) : length,
      status,
    }));

  it("on random user-made timelines", () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 0, maxLength: 8 }),
        fc.integer({ min: lo - 30, max: hi + 250 }),
        fc.option(fc.integer({ min: lo - 30, max: hi + 30 }), { nil: undefined }),
        (raw, on, knownAt) => {
          // One announcement a day at most, so that no two records are ambiguous.
          const seen = new Set<number>();
          const records: ValidityRecord[] = [];
          raw.forEach((r, i) => {
            if (seen.has(r.announced)) return;
            seen.add(r.announced);
            records.push({
              kind: "validity",
              id: `r${i}`,
              documents: ["afghan_citizen_card"],
              announced: formatDay(r.announced),
              announcedPrecision: "exact",
              from: formatDay(r.from),
              ...(r.length === undefined ? {} : { through: formatDay(r.from + r.length) }),
              status: r.status,
              body: "Test",
              summary: "Test record.",
              sources: ["test-source"],
              confidence: "medium",
            });
          });
          const timeline = onlyRecords(records, [testSource]);
          compare(timeline, "afghan_citizen_card", on, knownAt);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

const porAnnouncements = new Set(
  pakistan.records.filter((r) => r.kind === "validity").map((r) => r.announced),
);

describe("knowledge only adds", () => {
  it("a record announced after knownAt never changes the answer as known at knownAt", () => {
    const first = parseDay("2006-01-01");
    const last = parseDay("2026-12-31");
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 0, max: 900 }),
        fc.constantFrom("valid", "invalid", "unknown"),
        (on, knownAt, later, from, length, status) => {
          // Same-day overlapping records are rejected as ambiguous; avoid those days.
          fc.pre(!porAnnouncements.has(formatDay(knownAt + later)));
          const added = withRecords(
            [
              {
                kind: "validity",
                id: "late-record",
                documents: ["por_card"],
                announced: formatDay(knownAt + later),
                announcedPrecision: "exact",
                from: formatDay(Math.max(from, parseDay("2006-10-15"))),
                through: formatDay(Math.max(from, parseDay("2006-10-15")) + length),
                status,
                body: "Test",
                summary: "A record announced after knownAt.",
                sources: ["test-source"],
                confidence: "low",
              },
            ],
            [testSource],
          );
          const options = { on: formatDay(on), knownAt: formatDay(knownAt) };
          expect(documentValidity("por_card", { ...options, dataset: added })).toEqual(
            documentValidity("por_card", options),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
