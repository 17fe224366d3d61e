import { InvalidDateError } from "../errors.js";

/**
 * A calendar day written `YYYY-MM-DD` (ISO 8601 calendar date, Gregorian calendar), such as
 * `"2025-06-30"`. Domain dates in this library are calendar days in the host country (the
 * dataset's time zone), not instants.
 *
 * @example
 * ```ts
 * const lapse: IsoDate = "2025-06-30";
 * ```
 */
export type IsoDate = string;

/**
 * A calendar day as an integer: the number of days since 1970-01-01 (day 0). Negative before
 * 1970. Day numbers let later code compare and subtract days without re-parsing strings.
 *
 * @example
 * ```ts
 * parseDay("1970-01-02"); //=> 1
 * ```
 */
export type DayNumber = number;

const EXPECTED = "expected a calendar day as YYYY-MM-DD (e.g. 2025-06-30)";
const OUT_OF_RANGE = `${EXPECTED} from 1900-01-01 to 2999-12-31`;

/**
 * The first and last calendar days the library accepts as input: 1900-01-01 and 2999-12-31.
 * Outside them a day is far more likely a typo (`0025-06-30`) than a question about Afghans in
 * Pakistan, whose first documents date from the 1980s.
 *
 * @example
 * ```ts
 * DAY_RANGE; //=> { first: "1900-01-01", last: "2999-12-31" }
 * ```
 */
export const DAY_RANGE: Readonly<{ first: IsoDate; last: IsoDate }> = /* @__PURE__ */ Object.freeze(
  {
    first: "1900-01-01",
    last: "2999-12-31",
  },
);

function fail(name: unknown, detail: string): never {
  // `name` names the field; anything but a string is ignored rather than turned into text.
  throw new InvalidDateError(typeof name === "string" ? `${name}: ${detail}` : detail);
}

/** Checks a day number: an integer. @internal */
function checkDayNumber(value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    fail(name, "expected a day number (an integer count of days since 1970-01-01)");
  }
}

/** Days from 1970-01-01 to the given proleptic Gregorian day (H. Hinnant's algorithm). @internal */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The number of days in a month of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads two ASCII digits at `i`, or -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Parses a `YYYY-MM-DD` calendar day strictly into a {@link DayNumber}.
 *
 * @remarks
 * Only the exact form `YYYY-MM-DD` with a real day from 1900-01-01 to 2999-12-31
 * ({@link DAY_RANGE}) is accepted: `"2024-02-29"` is a day, `"2025-02-29"`, `"2025-6-30"`,
 * `"30/06/2025"`, `"2025-06-30T00:00"`, `"0000-01-01"` and `""` are not, nor is any non-string.
 * The error message says what format is expected and never repeats the value, which may be
 * someone's date of birth.
 *
 * @param value - The value to parse.
 * @param name - Optional name of the field, used in the error message (e.g. `"on"`).
 * @returns The day number (days since 1970-01-01).
 * @throws {@link InvalidDateError} (`code: "ERR_INVALID_DATE"`) when `value` is not a real day.
 *
 * @example
 * ```ts
 * parseDay("2025-06-30"); //=> 20269
 * parseDay("2025-02-29"); // throws InvalidDateError
 * ```
 */
export function parseDay(value: unknown, name?: string): DayNumber {
  if (typeof value !== "string" || value.length !== 10) return fail(name, EXPECTED);
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return fail(name, EXPECTED);
  const hi = twoDigits(value, 0);
  const lo = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (hi < 0 || lo < 0 || month < 0 || day < 0) return fail(name, EXPECTED);
  const year = hi * 100 + lo;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(name, `${EXPECTED}; the month or day does not exist`);
  }
  if (year < 1900 || year > 2999) return fail(name, OUT_OF_RANGE);
  return daysFromCivil(year, month, day);
}

/**
 * Tells whether a value is a real `YYYY-MM-DD` calendar day, without throwing.
 *
 * @param value - Anything.
 * @returns `true` when {@link parseDay} would accept the value (a real day within
 *   {@link DAY_RANGE}).
 *
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2025-02-29"); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    parseDay(value);
    return true;
  } catch {
    return false;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Writes a {@link DayNumber} as a `YYYY-MM-DD` calendar day.
 *
 * @param day - A day number (days since 1970-01-01), between years 0000 and 9999.
 * @returns The calendar day.
 * @throws {@link InvalidDateError} when `day` is not an integer or falls outside years 0000-9999.
 *
 * @example
 * ```ts
 * formatDay(20269); //=> "2025-06-30"
 * formatDay(parseDay("2024-02-29") + 1); //=> "2024-03-01"
 * ```
 */
export function formatDay(day: DayNumber): IsoDate {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    return fail(undefined, "expected an integer day number within years 0000-9999");
  }
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The day number of 0000-01-01, the first day {@link formatDay} writes. */
const MIN_DAY = -719528;
/** The day number of 9999-12-31, the last day {@link formatDay} writes. */
const MAX_DAY = 2932896;

/**
 * Adds a whole number of days to a day number.
 *
 * @param day - A day number.
 * @param days - Days to add (negative to go back).
 * @returns The day number `days` days later.
 *
 * @example
 * ```ts
 * formatDay(addDays(parseDay("2025-08-31"), 1)); //=> "2025-09-01"
 * ```
 */
export function addDays(day: DayNumber, days: number): DayNumber {
  checkDayNumber(day, "day");
  checkDayNumber(days, "days");
  return day + days;
}

/**
 * Whole days from one calendar day to another: positive when `to` is later.
 *
 * @param from - The first day (a day number or a `YYYY-MM-DD` string).
 * @param to - The second day (a day number or a `YYYY-MM-DD` string).
 * @returns `to - from` in days (0 for the same day).
 * @throws {@link InvalidDateError} when a string argument is not a real day.
 *
 * @example
 * ```ts
 * daysBetween("2025-08-04", "2025-08-31"); //=> 27
 * daysBetween("2025-09-01", "2025-08-31"); //=> -1
 * ```
 */
export function daysBetween(from: DayNumber | IsoDate, to: DayNumber | IsoDate): number {
  const a = typeof from === "number" ? from : parseDay(from, "from");
  const b = typeof to === "number" ? to : parseDay(to, "to");
  checkDayNumber(a, "from");
  checkDayNumber(b, "to");
  return b - a;
}
