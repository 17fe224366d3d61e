// Properties of every public function that takes a day: its answer does not depend on the
// machine's time zone (a Date is read as its day in Pakistan; npm test runs this file under
// three TZ values), and a record announced after `knownAt` never changes an answer as known at
// `knownAt`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  deadlines,
  type DocumentType,
  documentValidity,
  exposure,
  formatDay,
  karachiDay,
  listPhases,
  pakistan,
  parseDay,
  type Person,
  type TimelineRecord,
  validitySpans,
} from "../src/index.js";
import { withRecords } from "./helpers/datasets.js";
import { testSource } from "./helpers/test-source.js";

const first = parseDay("2005-01-01");
const last = parseDay("2027-12-31");
const day = fc.integer({ min: first, max: last });
/** An instant during the Pakistan day `d` (UTC+5 since 2009; UTC+6 in summers before). */
const instantOn = (d: number, ms: number) =>
  new Date(d * 86_400_000 - 5 * 3_600_000 + (ms % 68_400_000));
const TYPES: DocumentType[] = [
  "por_card",
  "afghan_citizen_card",
  "umrf_certificate",
  "tazkira",
  "none",
];
const person = fc.constantFrom<Person>(
  { documents: [{ type: "por_card" }] },
  { documents: [{ type: "afghan_citizen_card" }], location: { province: "PK-PB" } },
  { documents: [], groups: ["awaiting_resettlement"] },
  { documents: [{ type: "passport_visa", validThrough: "2026-01-31" }] },
);

describe("answers do not depend on the machine's time zone", () => {
  it("a Date is its day in Pakistan, for every function that takes a day", () => {
    fc.assert(
      fc.property(
        day,
        day,
        fc.nat(),
        fc.constantFrom(...TYPES),
        person,
        (on, known, ms, type, p) => {
          const onText = formatDay(on);
          const knownText = formatDay(known);
          const onDate = instantOn(on, ms);
          const knownDate = instantOn(known, ms);
          if (karachiDay(onDate) !== onText || karachiDay(knownDate) !== knownText) return; // DST edge
          expect(documentValidity(type, { on: onDate, knownAt: knownDate })).toEqual(
            documentValidity(type, { on: onText, knownAt: knownText }),
          );
          expect(exposure(p, { on: onDate })).toEqual(exposure(p, { on: onText }));
          expect(assess(p, { on: onDate, knownAt: knownDate })).toEqual(
            assess(p, { on: onText, knownAt: knownText }),
          );
          expect(validitySpans("por_card", { knownAt: knownDate })).toEqual(
            validitySpans("por_card", { knownAt: knownText }),
          );
          expect(listPhases({ knownAt: knownDate })).toEqual(listPhases({ knownAt: knownText }));
          const [a, b] = on <= known ? [on, known] : [known, on];
          expect(deadlines({ from: instantOn(a, ms), to: instantOn(b, ms) })).toEqual(
            deadlines({ from: formatDay(a), to: formatDay(b) }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a record announced after knownAt never changes an answer as known at knownAt", () => {
  const late = (announced: number, from: number, kind: number): TimelineRecord => {
    const common = {
      id: "late-record",
      announced: formatDay(announced),
      announcedPrecision: "exact" as const,
      from: formatDay(from),
      body: "Test",
      summary: "A record announced after knownAt.",
      sources: ["test-source"],
      confidence: "low" as const,
    };
    if (kind === 0) {
      return {
        ...common,
        kind: "validity",
        documents: ["por_card", "afghan_citizen_card"],
        status: "valid",
        through: formatDay(from + 400),
      };
    }
    if (kind === 1) {
      return {
        ...common,
        kind: "phase",
        phase: "ifrp-9",
        name: "A later phase",
        targets: ["undocumented", "por_card", "afghan_citizen_card", "umrf_certificate"],
        departureDeadline: formatDay(from + 10),
        enforcementFrom: formatDay(from + 11),
      };
    }
    return {
      ...common,
      kind: "directive",
      effect: kind === 2 ? "tolerate" : "deadline",
      targets: ["undocumented", "por_card", "afghan_citizen_card", "umrf_certificate"],
      ...(kind === 3 ? { deadline: formatDay(from + 30) } : {}),
    };
  };

  it("for documentValidity, exposure, assess, validitySpans, listPhases and deadlines", () => {
    fc.assert(
      fc.property(
        day,
        day,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: parseDay("2018-01-01"), max: last }), // after every first issue
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...TYPES),
        person,
        (on, knownAt, after, from, kind, type, p) => {
          if (knownAt + after > last) return;
          // Two validity records announced the same day must not overlap: keep clear of them.
          const announced = formatDay(knownAt + after);
          if (kind === 0 && pakistan.records.some((r) => r.announced === announced)) return;
          const timeline = withRecords([late(knownAt + after, from, kind)], [testSource]);
          const options = { on: formatDay(on), knownAt: formatDay(knownAt) };
          expect(documentValidity(type, { ...options, dataset: timeline })).toEqual(
            documentValidity(type, options),
          );
          expect(exposure(p, { ...options, dataset: timeline })).toEqual(exposure(p, options));
          expect(assess(p, { ...options, dataset: timeline })).toEqual(assess(p, options));
          const known = { knownAt: options.knownAt };
          expect(validitySpans("por_card", { ...known, dataset: timeline })).toEqual(
            validitySpans("por_card", known),
          );
          expect(listPhases({ ...known, dataset: timeline })).toEqual(listPhases(known));
          const range = { from: "2005-01-01", to: "2027-12-31", ...known };
          expect(deadlines({ ...range, dataset: timeline })).toEqual(deadlines(range));
        },
      ),
      { numRuns: 300 },
    );
  });
});
