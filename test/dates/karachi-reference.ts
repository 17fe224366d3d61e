/**
 * An independent reference for Asia/Karachi offsets, transcribed by hand from the IANA tz
 * database (file `asia`, zone Asia/Karachi and rules "Pakistan", as in tzdata 2025c):
 *
 *   Rule Pakistan 2002 only - Apr Sun>=2 0:00 1:00 S
 *   Rule Pakistan 2002 only - Oct Sun>=2 0:00 0    -
 *   Rule Pakistan 2008 only - Jun  1     0:00 1:00 S
 *   Rule Pakistan 2008 2009 - Nov  1     0:00 0    -
 *   Rule Pakistan 2009 only - Apr 15     0:00 1:00 S
 *   Zone Asia/Karachi 4:28:12 -        LMT    1907
 *                     5:30    -        +0530  1942 Sep
 *                     5:30    1:00     +0630  1945 Oct 15
 *                     5:30    -        +0530  1951 Sep 30
 *                     5:00    -        +05    1971 Mar 26
 *                     5:00    Pakistan PK%sT
 *
 * Each entry is [UTC instant at which the offset starts, offset in seconds]. The library uses
 * the runtime's tz data through @date-fns/tz; this table shares no code with it.
 */
const utc = (iso: string): number => Date.parse(iso);

export const KARACHI_TRANSITIONS: readonly (readonly [number, number])[] = [
  [Number.NEGATIVE_INFINITY, 4 * 3600 + 28 * 60 + 12],
  [utc("1906-12-31T19:31:48Z"), 5.5 * 3600], // 1907-01-01 00:00 LMT
  [utc("1942-08-31T18:30:00Z"), 6.5 * 3600], // 1942-09-01 00:00 +0530
  [utc("1945-10-14T17:30:00Z"), 5.5 * 3600], // 1945-10-15 00:00 +0630
  [utc("1951-09-29T18:30:00Z"), 5 * 3600], // 1951-09-30 00:00 +0530
  [utc("2002-04-06T19:00:00Z"), 6 * 3600], // 2002-04-07 (first Sunday >= 2nd) 00:00 +05
  [utc("2002-10-05T18:00:00Z"), 5 * 3600], // 2002-10-06 (first Sunday >= 2nd) 00:00 +06
  [utc("2008-05-31T19:00:00Z"), 6 * 3600], // 2008-06-01 00:00 +05
  [utc("2008-10-31T18:00:00Z"), 5 * 3600], // 2008-11-01 00:00 +06
  [utc("2009-04-14T19:00:00Z"), 6 * 3600], // 2009-04-15 00:00 +05
  [utc("2009-10-31T18:00:00Z"), 5 * 3600], // 2009-11-01 00:00 +06
];

/** The Asia/Karachi calendar day of an instant, as a day number, from the table above. */
export function referenceKarachiDayNumber(ms: number): number {
  let offset = 0;
  for (const [start, seconds] of KARACHI_TRANSITIONS) {
    if (ms >= start) offset = seconds;
  }
  return Math.floor((ms + offset * 1000) / 86_400_000);
}
