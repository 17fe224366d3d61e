// Pakistan's calendar days: the day functions of the bundled dataset, in Asia/Karachi.
import { dayInZone, formatDay, toDayIn, type DayNumber, type IsoDate } from "../dates/index.js";

/**
 * The IANA time zone of Pakistan. Instants are turned into Pakistan's calendar days in this
 * zone, with its real rules: UTC+5 today, but UTC+6 in the summers of 2002, 2008 and 2009, and
 * other offsets before 1951.
 *
 * @example
 * ```ts
 * PAKISTAN_TIME_ZONE; //=> "Asia/Karachi"
 * ```
 */
export const PAKISTAN_TIME_ZONE = "Asia/Karachi";

/**
 * The calendar day in Pakistan (Asia/Karachi) at a given instant, as a {@link DayNumber}.
 * The machine's own time zone plays no part.
 *
 * @param instant - A valid `Date`.
 * @param name - Optional field name for the error message.
 * @returns The Asia/Karachi day number.
 * @throws {@link InvalidDateError} when `instant` is not a `Date` or is an invalid `Date`.
 *
 * @example
 * ```ts
 * // 20:00 UTC on 30 June 2025 is already 1 July in Pakistan (UTC+5).
 * formatDay(dayOfInstant(new Date("2025-06-30T20:00:00Z"))); //=> "2025-07-01"
 * // In summer 2008 Pakistan kept UTC+6: 18:30 UTC was 00:30 the next day.
 * formatDay(dayOfInstant(new Date("2008-07-10T18:30:00Z"))); //=> "2008-07-11"
 * ```
 */
export function dayOfInstant(instant: Date, name?: string): DayNumber {
  return dayInZone(instant, PAKISTAN_TIME_ZONE, name);
}

/**
 * The calendar day in Pakistan (Asia/Karachi) at a given instant, as `YYYY-MM-DD`.
 *
 * @param instant - A valid `Date`.
 * @returns The Asia/Karachi calendar day.
 * @throws {@link InvalidDateError} when `instant` is an invalid `Date`.
 *
 * @example
 * ```ts
 * karachiDay(new Date("2025-08-31T19:00:00Z")); //=> "2025-09-01"
 * karachiDay(new Date("2025-08-31T18:59:59Z")); //=> "2025-08-31"
 * ```
 */
export function karachiDay(instant: Date): IsoDate {
  return formatDay(dayOfInstant(instant));
}

/**
 * Turns the day argument every function of this library takes (`on`, `knownAt`) into a
 * {@link DayNumber}: a `YYYY-MM-DD` string is parsed strictly, a `Date` is converted to its
 * Asia/Karachi calendar day.
 *
 * @param value - A `YYYY-MM-DD` string or a `Date`.
 * @param name - Optional field name for the error message (e.g. `"knownAt"`).
 * @returns The day number.
 * @throws {@link InvalidDateError} for anything else, or an impossible day, or an invalid `Date`.
 *
 * @example
 * ```ts
 * toDay("2025-09-01") === toDay(new Date("2025-09-01T00:00:00+05:00")); //=> true
 * ```
 */
export function toDay(value: IsoDate | Date, name?: string): DayNumber {
  return toDayIn(value, PAKISTAN_TIME_ZONE, name);
}
