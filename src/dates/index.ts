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
export { dayInZone, toDayIn } from "./zone.js";
