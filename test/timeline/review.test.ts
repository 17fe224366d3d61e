import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  DATASET_REVIEWED_THROUGH,
  type DocumentType,
  documentValidity,
  exposure,
  extendDataset,
  formatDay,
  pakistan,
  parseDay,
  type Person,
  TimelineValidationError,
} from "../../src/index.js";
import { onlyRecords, withRecords } from "../helpers/datasets.js";
import { testSource } from "../helpers/test-source.js";

const REVIEWED = DATASET_REVIEWED_THROUGH;
const after = formatDay(parseDay(REVIEWED) + 1);
const NOTE = `decisions after that day are not known to it`;

describe("reviewedThrough and beyondReview on every answer", () => {
  it("the bundled dataset says how far its sources were read, apart from its release day", () => {
    expect(REVIEWED).toBe("2026-03-15");
    expect(pakistan.reviewedThrough).toBe(REVIEWED);
  });

  it("a day up to the review is within it: full confidence, no warning", () => {
    const v = documentValidity("por_card", { on: "2024-01-15" });
    expect(v).toMatchObject({ reviewedThrough: REVIEWED, beyondReview: false, confidence: "high" });
    expect(v.summary).not.toContain(NOTE);
    const onTheDay = documentValidity("por_card", { on: REVIEWED });
    expect(onTheDay.beyondReview).toBe(false);
  });

  it("a day after it is beyond review: at most medium, and the summary says why", () => {
    for (const on of [after, "2026-12-02", "2099-01-01"]) {
      const v = documentValidity("por_card", { on });
      expect(v).toMatchObject({ status: "expired", beyondReview: true, confidence: "medium" });
      expect(v.summary).toContain(`read through ${REVIEWED}`);
      expect(v.summary).toContain(NOTE);
      const e = exposure({ documents: [{ type: "por_card" }] }, { on });
      expect(e).toMatchObject({ status: "liable", beyondReview: true, confidence: "medium" });
      expect(e.summary).toContain(NOTE);
    }
  });

  it("a knowledge day after it is beyond review too, even for a day long past", () => {
    const v = documentValidity("por_card", { on: "2024-01-15", knownAt: "2026-06-01" });
    expect(v).toMatchObject({ status: "valid", beyondReview: true, confidence: "medium" });
    expect(documentValidity("por_card", { on: "2024-01-15", knownAt: REVIEWED }).beyondReview).toBe(
      false,
    );
  });

  it("never raises a confidence: low stays low beyond review", () => {
    const v = documentValidity("afghan_citizen_card", { on: "2022-01-01", knownAt: "2030-01-01" });
    expect(v.confidence).toBe("low");
    expect(v.beyondReview).toBe(true);
  });

  it("applies to every document type and to assess, in every field that has it", () => {
    const types: DocumentType[] = ["por_card", "none", "tazkira", "unhcr_asylum_document"];
    for (const type of types) {
      const inside = documentValidity(type, { on: "2025-01-01" });
      const beyond = documentValidity(type, { on: "2027-01-01" });
      expect(inside.beyondReview, type).toBe(false);
      expect(beyond.beyondReview, type).toBe(true);
      expect(beyond.confidence === "high", type).toBe(false);
    }
    const visa = documentValidity(
      { type: "passport_visa", validThrough: "2030-01-01" },
      { on: "2027-01-01" },
    );
    expect(visa).toMatchObject({ status: "valid", beyondReview: true, confidence: "medium" });
    const a = assess({ documents: [{ type: "por_card" }, { type: "none" }] }, { on: "2027-01-01" });
    expect(a.beyondReview).toBe(true);
    expect(a.reviewedThrough).toBe(REVIEWED);
    expect(a.documents.every((d) => d.beyondReview)).toBe(true);
    expect(a.exposure.beyondReview).toBe(true);
  });

  it("answers shared between calls are shared per side of the review, never mixed", () => {
    // Ask the same day twice (the second is shared and frozen), then with a later knownAt.
    const on = "2024-01-15";
    documentValidity("por_card", { on });
    const shared = documentValidity("por_card", { on });
    const beyond = documentValidity("por_card", { on, knownAt: "2027-01-01" });
    documentValidity("por_card", { on, knownAt: "2027-01-01" });
    expect(shared.beyondReview).toBe(false);
    expect(beyond.beyondReview).toBe(true);
    expect(documentValidity("por_card", { on }).beyondReview).toBe(false);
    const people: Person[] = [{ documents: [] }, { documents: [] }, { documents: [] }];
    const inside = people.map((p) => exposure(p, { on: "2026-01-01" }));
    const outside = people.map((p) => exposure(p, { on: "2026-06-01" }));
    expect(inside.every((e) => !e.beyondReview && e.confidence === "high")).toBe(true);
    expect(outside.every((e) => e.beyondReview && e.confidence === "medium")).toBe(true);
  });

  it("beyondReview is exactly: on or knownAt after reviewedThrough (property)", () => {
    const day = fc.integer({ min: parseDay("2020-01-01"), max: parseDay("2030-12-31") });
    const reviewed = parseDay(REVIEWED);
    fc.assert(
      fc.property(day, fc.option(day, { nil: undefined }), (on, knownAt) => {
        const options = {
          on: formatDay(on),
          ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
        };
        const expected = on > reviewed || (knownAt !== undefined && knownAt > reviewed);
        const v = documentValidity("por_card", options);
        const e = exposure({ documents: [{ type: "afghan_citizen_card" }] }, options);
        expect(v.beyondReview).toBe(expected);
        expect(e.beyondReview).toBe(expected);
        if (expected) {
          expect(v.confidence).not.toBe("high");
          expect(e.confidence).not.toBe("high");
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("extendDataset and reviewedThrough", () => {
  const record = {
    kind: "validity" as const,
    id: "por-2027-01-10",
    documents: ["por_card" as const],
    announced: "2027-01-10",
    announcedPrecision: "exact" as const,
    from: "2027-01-01",
    through: "2027-06-30",
    status: "valid" as const,
    body: "Federal cabinet",
    summary: "A hypothetical extension.",
    sources: ["test-source"],
    confidence: "medium" as const,
  };

  it("keeps the base's review day when records are added: one decision is not a review", () => {
    const t = withRecords([record], [testSource]);
    expect(t.reviewedThrough).toBe(REVIEWED);
    const v = documentValidity("por_card", { on: "2027-02-01", dataset: t });
    expect(v).toMatchObject({ status: "valid", beyondReview: true, confidence: "medium" });
  });

  it("takes a later review day from a user who read the sources through it", () => {
    const t = withRecords([record], [testSource], "2027-03-01");
    expect(t.reviewedThrough).toBe("2027-03-01");
    const v = documentValidity("por_card", { on: "2027-02-01", dataset: t });
    expect(v).toMatchObject({ beyondReview: false, confidence: "medium" });
  });

  it("rejects a review day before a record's announcement, or one that is not a day", () => {
    expect(() => withRecords([record], [testSource], "2027-01-09")).toThrow(
      TimelineValidationError,
    );
    try {
      withRecords([record], [testSource], "2027-01-09");
    } catch (error) {
      expect((error as TimelineValidationError).problems).toEqual([
        { path: "records[0].announced", message: "is after reviewedThrough" },
      ]);
    }
    expect(() => extendDataset(pakistan, { reviewedThrough: "15/03/2026" })).toThrow(
      TimelineValidationError,
    );
  });

  it("a timeline that does not say how far its sources were read is always beyond review", () => {
    const t = onlyRecords([record], [testSource]);
    expect(t.reviewedThrough).toBeNull();
    const v = documentValidity("por_card", { on: "2027-02-01", dataset: t });
    expect(v).toMatchObject({ status: "valid", reviewedThrough: null, beyondReview: true });
    expect(v.summary).toContain("does not say how far its sources were read");
  });
});
