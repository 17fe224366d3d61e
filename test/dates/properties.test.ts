import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, isIsoDate, parseDay } from "../../src/index.js";

const DAY_1900 = parseDay("1900-01-01");
const DAY_2100 = parseDay("2100-12-31");

describe("calendar-day properties", () => {
  it("round-trips format/parse over every day 1900-2100, one day apart each", () => {
    let previous = formatDay(DAY_1900 - 1);
    for (let day = DAY_1900; day <= DAY_2100; day++) {
      const text = formatDay(day);
      if (parseDay(text) !== day) expect.fail(`round trip broke at day ${day}`);
      if (!(text > previous)) expect.fail(`days are not in lexical order at ${text}`);
      previous = text;
    }
    expect(DAY_2100 - DAY_1900 + 1).toBe(73414);
  });

  it("agrees with Date.UTC on every day 1900-2100", () => {
    for (let day = DAY_1900; day <= DAY_2100; day++) {
      const utc = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (formatDay(day) !== utc) expect.fail(`formatDay disagrees with Date.UTC at day ${day}`);
    }
  });

  it("accepts exactly the strings that name a real day", () => {
    const parts = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    );
    fc.assert(
      fc.property(parts, ([y, m, d]) => {
        const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const probe = new Date(0);
        probe.setUTCFullYear(y, m - 1, d);
        const real =
          m >= 1 &&
          m <= 12 &&
          d >= 1 &&
          probe.getUTCFullYear() === y &&
          probe.getUTCMonth() === m - 1 &&
          probe.getUTCDate() === d &&
          y >= 1900 &&
          y <= 2999; // the documented range (DAY_RANGE)
        expect(isIsoDate(text)).toBe(real);
      }),
      { numRuns: 20_000 },
    );
  });

  it("rejects arbitrary strings unless they are YYYY-MM-DD days", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        if (isIsoDate(text)) expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 20_000 },
    );
  });

  it("obeys the laws of day arithmetic", () => {
    // Days and sums within the accepted range (1900-2999): 2000-2800, plus or minus 98 years.
    const day = fc.integer({ min: parseDay("2000-01-01"), max: parseDay("2800-12-31") });
    const delta = fc.integer({ min: -36_000, max: 36_000 });
    fc.assert(
      fc.property(day, delta, delta, (d, a, b) => {
        expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
        expect(addDays(d, 0)).toBe(d);
        expect(daysBetween(d, addDays(d, a))).toBe(a);
        expect(daysBetween(addDays(d, a), d) + a).toBe(0); // (-a would be -0 for a = 0)
        expect(daysBetween(formatDay(d), formatDay(addDays(d, a)))).toBe(a);
      }),
    );
  });
});
