// The Solar Hijri (Persian) calendar date of a day, as Iranian decisions are dated: from the
// runtime's own calendar data (Intl), so no table and no dependency. Shown beside the Gregorian
// day for the days of Iran's dataset.

const FORMAT = /* @__PURE__ */ (() => {
  try {
    return new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "long",
      day: "numeric",
    });
  } catch {
    return undefined;
  }
})();

/**
 * A calendar day (`YYYY-MM-DD`) in the Solar Hijri calendar, such as `15 Tir 1404`, or
 * `undefined` when the runtime has no Persian calendar (a Node.js built without full ICU).
 */
export function solarHijri(day: string): string | undefined {
  if (FORMAT === undefined) return undefined;
  const parts = FORMAT.formatToParts(Date.parse(`${day}T00:00:00Z`));
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  const [d, m, y, era] = [part("day"), part("month"), part("year"), part("era")];
  if (d === undefined || m === undefined || y === undefined || era !== "AP") return undefined;
  return `${d} ${m} ${y}`;
}
