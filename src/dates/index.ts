export {
  addDays,
  DAY_RANGE,
  daysBetween,
  formatDay,
  isIsoDate,
  parseDay,
  type DayNumber,
  type IsoDate,
} from "./day.js";
export { dayOfInstant, karachiDay, PAKISTAN_TIME_ZONE, toDay } from "./karachi.js";
