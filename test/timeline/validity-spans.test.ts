import { describe, expect, it } from "vitest";
import {
  addDays,
  documentValidity,
  formatDay,
  InvalidInputError,
  parseDay,
  validitySpans,
} from "../../src/index.js";

describe("validitySpans", () => {
  it("covers every day once, in order, and agrees with documentValidity on each span", () => {
    for (const type of ["por_card", "afghan_citizen_card", "umrf_certificate"] as const) {
      for (const knownAt of [undefined, "2019-01-01", "2023-09-15"]) {
        const spans = validitySpans(type, knownAt === undefined ? {} : { knownAt });
        expect(spans[0]?.from).toBeNull();
        expect(spans.at(-1)?.through).toBeNull();
        for (let i = 1; i < spans.length; i++) {
          const prev = spans[i - 1];
          const span = spans[i];
          if (prev?.through == null || span?.from == null) throw new Error("gap in spans");
          expect(addDays(parseDay(prev.through), 1)).toBe(parseDay(span.from));
          const on = span.from;
          const r = documentValidity(type, knownAt === undefined ? { on } : { on, knownAt });
          expect(r.status).toBe(span.status);
          if (span.status === "valid") expect(r.validThrough).toBe(span.through);
        }
      }
    }
  });

  it("derives retroactive decisions and how late they came", () => {
    const late = validitySpans("por_card").filter((s) => s.retroactive);
    const byId: Record<string, number | null> = Object.fromEntries(
      late.map((s) => [s.record?.id ?? "", s.daysLate]),
    );
    expect(byId["por-2023-11-08"]).toBe(130); // 1 Jul -> 8 Nov 2023
    expect(byId["por-2024-07-10"]).toBe(9);
    expect(byId["por-2018-10-02"]).toBe(1);
    expect(byId["por-2016-06-29"]).toBeUndefined(); // announced before its span began
    expect(byId["por-2020-lapse-unknown"]).toBeUndefined(); // a gap is not a decision
  });

  it("shows gaps as known at the time: expired spans without a record", () => {
    const spans = validitySpans("por_card", { knownAt: "2023-09-15" });
    const gap = spans.find((s) => s.from === "2023-07-01");
    expect(gap).toMatchObject({ status: "expired", record: null, through: null });
  });

  it("is only for timeline-governed documents", () => {
    expect(() => validitySpans("passport_visa")).toThrow(InvalidInputError);
    expect(() => validitySpans("nope")).toThrow(InvalidInputError);
  });

  it("dates spans as calendar days", () => {
    for (const s of validitySpans("por_card")) {
      if (s.from !== null) expect(formatDay(parseDay(s.from))).toBe(s.from);
    }
  });
});
