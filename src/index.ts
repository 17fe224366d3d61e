/**
 * `afghan-refugees`: a typed, sourced model of the legal situation of Afghans in Pakistan.
 *
 * The main entry holds pure functions and the bundled dataset; it never loads zod. Schemas are
 * in `afghan-refugees/schemas`, the raw dataset in `afghan-refugees/data`.
 *
 * @packageDocumentation
 */
export {
  addDays,
  dayOfInstant,
  daysBetween,
  formatDay,
  isIsoDate,
  karachiDay,
  PAKISTAN_TIME_ZONE,
  parseDay,
  toDay,
  type DayNumber,
  type IsoDate,
} from "./dates/index.js";
export {
  AfghanRefugeesError,
  InvalidDateError,
  InvalidInputError,
  isAfghanRefugeesError,
  type ErrorCode,
} from "./errors.js";
