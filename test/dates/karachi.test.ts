import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayOfInstant,
  formatDay,
  InvalidDateError,
  karachiDay,
  PAKISTAN_TIME_ZONE,
  parseDay,
  toDay,
} from "../../src/index.js";
import { KARACHI_TRANSITIONS, referenceKarachiDayNumber } from "./karachi-reference.js";

describe("karachiDay", () => {
  it("uses UTC+5 today, whatever the machine's zone", () => {
    expect(PAKISTAN_TIME_ZONE).toBe("Asia/Karachi");
    expect(karachiDay(new Date("2025-06-30T18:59:59.999Z"))).toBe("2025-06-30");
    expect(karachiDay(new Date("2025-06-30T19:00:00Z"))).toBe("2025-07-01");
    expect(karachiDay(new Date("2025-08-31T19:00:00Z"))).toBe("2025-09-01");
  });

  it("keeps Pakistan's daylight saving time of 2008 and 2009 (UTC+6)", () => {
    // A fixed +05:00 would give the 10th for both of these.
    expect(karachiDay(new Date("2008-07-10T18:30:00Z"))).toBe("2008-07-11");
    expect(karachiDay(new Date("2009-05-01T18:15:00Z"))).toBe("2009-05-02");
    // Outside DST the same clock time stays on the same day.
    expect(karachiDay(new Date("2008-12-10T18:30:00Z"))).toBe("2008-12-10");
    expect(karachiDay(new Date("2009-11-10T18:15:00Z"))).toBe("2009-11-10");
  });

  it("handles the transitions themselves", () => {
    // DST began 2008-06-01 00:00 local: 18:59 UTC on 31 May is still 23:59 on 31 May.
    expect(karachiDay(new Date("2008-05-31T18:59:00Z"))).toBe("2008-05-31");
    expect(karachiDay(new Date("2008-05-31T19:00:00Z"))).toBe("2008-06-01");
    // DST ended 2008-11-01 00:00 local (+06), clocks back to 23:00 on 31 Oct.
    expect(karachiDay(new Date("2008-10-31T17:59:00Z"))).toBe("2008-10-31");
    expect(karachiDay(new Date("2008-10-31T18:00:00Z"))).toBe("2008-10-31");
    expect(karachiDay(new Date("2008-10-31T18:59:00Z"))).toBe("2008-10-31");
    expect(karachiDay(new Date("2008-10-31T19:00:00Z"))).toBe("2008-11-01");
  });

  it("rejects invalid dates with the typed error", () => {
    expect(() => karachiDay(new Date(Number.NaN))).toThrow(InvalidDateError);
    expect(() => dayOfInstant("2025-01-01" as unknown as Date)).toThrow(InvalidDateError);
    try {
      dayOfInstant(new Date(Number.NaN), "on");
    } catch (error) {
      expect((error as InvalidDateError).code).toBe("ERR_INVALID_DATE");
      expect((error as Error).message).toMatch(/^on: /);
    }
  });
});

describe("toDay", () => {
  it("takes a YYYY-MM-DD string or a Date", () => {
    expect(toDay("2025-09-01")).toBe(parseDay("2025-09-01"));
    expect(toDay(new Date("2025-09-01T00:00:00+05:00"))).toBe(parseDay("2025-09-01"));
    expect(toDay(new Date("2025-08-31T23:59:59+05:00"))).toBe(parseDay("2025-08-31"));
  });

  it("rejects anything else with the typed error", () => {
    const values: unknown[] = [20269, null, undefined, {}, "2025-09-1"];
    for (const value of values) {
      expect(() => toDay(value as string, "on")).toThrow(InvalidDateError);
    }
  });
});

describe("instant conversion agrees with an independent tz reference", () => {
  const from = Date.parse("1900-01-01T00:00:00Z");
  const to = Date.parse("2100-12-31T23:59:59Z");

  it("for random instants 1900-2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        expect(dayOfInstant(new Date(ms))).toBe(referenceKarachiDayNumber(ms));
      }),
      { numRuns: 5000 },
    );
  });

  it("for instants within an hour of every transition", () => {
    const near = fc
      .tuple(
        fc.constantFrom(...KARACHI_TRANSITIONS.slice(1).map(([start]) => start)),
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
      )
      .map(([start, delta]) => start + delta);
    fc.assert(
      fc.property(near, (ms) => {
        expect(dayOfInstant(new Date(ms))).toBe(referenceKarachiDayNumber(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it("for the last and first minute of every day around the 2008-2009 summers", () => {
    const start = parseDay("2008-01-01");
    const end = parseDay("2010-01-01");
    for (let day = start; day < end; day++) {
      for (const offsetMs of [-5 * 3600_000, -6 * 3600_000]) {
        for (const edge of [-1, 0]) {
          const ms = day * 86_400_000 + offsetMs + edge * 60_000;
          expect(dayOfInstant(new Date(ms)), formatDay(day)).toBe(referenceKarachiDayNumber(ms));
        }
      }
    }
  });
});
