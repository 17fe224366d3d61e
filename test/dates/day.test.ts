import { describe, expect, it } from "vitest";
import {
  addDays,
  DAY_RANGE,
  dayOfInstant,
  daysBetween,
  formatDay,
  InvalidDateError,
  isAfghanRefugeesError,
  isIsoDate,
  parseDay,
  toDay,
} from "../../src/index.js";

describe("parseDay", () => {
  it("accepts real YYYY-MM-DD days, including leap days", () => {
    expect(parseDay("1970-01-01")).toBe(0);
    expect(parseDay("1970-01-02")).toBe(1);
    expect(parseDay("1969-12-31")).toBe(-1);
    expect(parseDay("2024-02-29")).toBe(parseDay("2024-02-28") + 1);
    expect(parseDay("2000-02-29")).toBe(parseDay("2000-03-01") - 1);
    expect(parseDay("2025-06-30")).toBe(20269);
  });

  it.each([
    ["a day that does not exist", "2025-02-29"],
    ["a century non-leap day", "1900-02-29"],
    ["the 31st of a 30-day month", "2025-06-31"],
    ["month 13", "2025-13-01"],
    ["month 00", "2025-00-10"],
    ["day 00", "2025-06-00"],
    ["single-digit month", "2025-6-30"],
    ["day-first with slashes", "30/06/2025"],
    ["a date-time", "2025-06-30T00:00"],
    ["trailing space", "2025-06-30 "],
    ["leading space", " 2025-06-30"],
    ["the empty string", ""],
    ["full-width digits", "２０２５-06-30"],
    ["signs", "+025-06-30"],
    ["dots", "2025.06.30"],
  ])("rejects %s", (_label, value) => {
    expect(() => parseDay(value)).toThrow(InvalidDateError);
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([[undefined], [null], [20269], [new Date(0)], [{}], [["2025-06-30"]]])(
    "rejects the non-string %j",
    (value) => {
      expect(() => parseDay(value)).toThrow(InvalidDateError);
    },
  );

  it("throws a typed error with a code, naming the format but not the value", () => {
    const value = "1987-13-45";
    let caught: unknown;
    try {
      parseDay(value, "dateOfBirth");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDateError);
    expect(caught).toBeInstanceOf(Error);
    expect(isAfghanRefugeesError(caught)).toBe(true);
    const error = caught as InvalidDateError;
    expect(error.code).toBe("ERR_INVALID_DATE");
    expect(error.message).toContain("YYYY-MM-DD");
    expect(error.message).toContain("dateOfBirth");
    expect(error.message).not.toContain(value);
    expect(error.message).not.toContain("1987");
  });

  it("does not echo an impossible but well-formed day either", () => {
    expect(() => parseDay("1990-02-30")).toThrow(/does not exist/);
    try {
      parseDay("1990-02-30");
    } catch (error) {
      expect(String(error)).not.toContain("1990");
    }
  });
});

describe("formatDay", () => {
  it("writes day numbers as YYYY-MM-DD", () => {
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(-1)).toBe("1969-12-31");
    expect(formatDay(20269)).toBe("2025-06-30");
    // formatDay writes any day of years 0000-9999, beyond the range that parseDay accepts.
    expect(formatDay(-719162)).toBe("0001-01-01");
    expect(formatDay(2932896)).toBe("9999-12-31");
  });

  it("rejects non-integers and days outside years 0000-9999", () => {
    expect(() => formatDay(1.5)).toThrow(InvalidDateError);
    expect(() => formatDay(Number.NaN)).toThrow(InvalidDateError);
    expect(() => formatDay(2932897)).toThrow(InvalidDateError);
    expect(() => formatDay(-719529)).toThrow(InvalidDateError);
  });
});

describe("day arithmetic", () => {
  it("adds days across month, year and leap boundaries", () => {
    expect(formatDay(addDays(parseDay("2025-08-31"), 1))).toBe("2025-09-01");
    expect(formatDay(addDays(parseDay("2024-02-28"), 1))).toBe("2024-02-29");
    expect(formatDay(addDays(parseDay("2023-02-28"), 1))).toBe("2023-03-01");
    expect(formatDay(addDays(parseDay("2025-01-01"), -1))).toBe("2024-12-31");
  });

  it("counts whole days between days, from strings or day numbers", () => {
    expect(daysBetween("2025-08-04", "2025-08-31")).toBe(27);
    expect(daysBetween("2025-09-01", "2025-08-31")).toBe(-1);
    expect(daysBetween("2025-06-30", "2025-06-30")).toBe(0);
    expect(daysBetween(parseDay("2024-01-01"), "2025-01-01")).toBe(366);
    expect(() => daysBetween("2025-06-31", "2025-07-01")).toThrow(InvalidDateError);
  });
});

describe("the range of accepted days (DAY_RANGE)", () => {
  it("accepts 1900-01-01 to 2999-12-31 and nothing outside, with a message that says so", () => {
    expect(DAY_RANGE).toEqual({ first: "1900-01-01", last: "2999-12-31" });
    expect(isIsoDate("1900-01-01")).toBe(true);
    expect(isIsoDate("2999-12-31")).toBe(true);
    for (const day of ["0000-01-01", "0025-06-30", "1899-12-31", "3000-01-01", "9999-12-31"]) {
      expect(isIsoDate(day), day).toBe(false);
      expect(() => parseDay(day, "on")).toThrow(
        "on: expected a calendar day as YYYY-MM-DD (e.g. 2025-06-30) from 1900-01-01 to 2999-12-31",
      );
    }
  });

  it("applies to instants too, by their day in Pakistan", () => {
    expect(() => toDay(new Date("1899-12-31T12:00:00Z"), "on")).toThrow(InvalidDateError);
    expect(() => toDay(new Date("3000-01-01T12:00:00Z"))).toThrow(InvalidDateError);
    expect(formatDay(toDay(new Date("1900-01-01T12:00:00Z")))).toBe("1900-01-01");
  });

  it("throws only its own typed error for fake and proxied Dates", () => {
    const fakes: unknown[] = [
      Object.create(Date.prototype),
      new Proxy(new Date(), {}),
      new Proxy(new Date("2025-01-01T00:00:00Z"), { get: () => () => 0 }),
    ];
    for (const fake of fakes) {
      expect(() => toDay(fake as Date, "on")).toThrow(InvalidDateError);
      expect(() => dayOfInstant(fake as Date)).toThrow("expected a valid Date instant");
    }
  });
});
