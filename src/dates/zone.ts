// Calendar days of instants in a time zone (a dataset's), never the machine's.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { InvalidDateError } from "../errors.js";
import { DAY_RANGE, parseDay, type DayNumber, type IsoDate } from "./day.js";

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day at a given instant in a time zone, as a {@link DayNumber}. The machine's own
 * time zone plays no part.
 *
 * @param instant - A valid `Date`.
 * @param timeZone - An IANA time zone (a dataset's `meta.timeZone`).
 * @param name - Optional field name for the error message.
 * @returns The day number in that zone.
 * @throws {@link InvalidDateError} when `instant` is not a `Date` or is an invalid `Date`.
 *
 * @example
 * ```ts
 * formatDay(dayInZone(new Date("2025-06-30T20:00:00Z"), "Asia/Karachi")); //=> "2025-07-01"
 * formatDay(dayInZone(new Date("2025-06-30T20:00:00Z"), "UTC")); //=> "2025-06-30"
 * ```
 */
export function dayInZone(instant: Date, timeZone: string, name?: string): DayNumber {
  // `instanceof` is fooled by Object.create(Date.prototype) and by proxies, whose getTime
  // throws a TypeError: read the time through Date's own method, and treat failure as invalid.
  let ms = Number.NaN;
  if (instant instanceof Date) {
    try {
      ms = Date.prototype.getTime.call(instant);
    } catch {
      ms = Number.NaN;
    }
  }
  if (Number.isNaN(ms)) {
    const detail = "expected a valid Date instant";
    throw new InvalidDateError(typeof name === "string" ? `${name}: ${detail}` : detail);
  }
  const offsetMinutes = tzOffset(timeZone, new Date(ms));
  const day = Math.floor((ms + offsetMinutes * 60_000) / MS_PER_DAY);
  if (day < FIRST_DAY || day > LAST_DAY) {
    const detail = `expected an instant whose day in ${timeZone} is from ${DAY_RANGE.first} to ${DAY_RANGE.last}`;
    throw new InvalidDateError(typeof name === "string" ? `${name}: ${detail}` : detail);
  }
  return day;
}

const FIRST_DAY = /* @__PURE__ */ parseDay(DAY_RANGE.first);
const LAST_DAY = /* @__PURE__ */ parseDay(DAY_RANGE.last);

/**
 * Turns the day argument every query takes (`on`, `knownAt`) into a {@link DayNumber} in a time
 * zone: a `YYYY-MM-DD` string is parsed strictly, a `Date` is
 * converted to its calendar day in `timeZone`.
 *
 * @param value - A `YYYY-MM-DD` string or a `Date`.
 * @param timeZone - An IANA time zone (a dataset's `meta.timeZone`).
 * @param name - Optional field name for the error message.
 * @returns The day number.
 * @throws {@link InvalidDateError} for anything else, or an impossible day, or an invalid `Date`.
 *
 * @example
 * ```ts
 * toDayIn(new Date("2025-08-31T19:00:00Z"), "Asia/Karachi") === parseDay("2025-09-01"); //=> true
 * ```
 */
export function toDayIn(value: IsoDate | Date, timeZone: string, name?: string): DayNumber {
  if (typeof value === "string") return parseDay(value, name);
  if (value instanceof Date) return dayInZone(value, timeZone, name);
  const detail = "expected a calendar day as YYYY-MM-DD or a Date";
  throw new InvalidDateError(typeof name === "string" ? `${name}: ${detail}` : detail);
}
