/**
 * The ISO 3166-2:PK codes of Pakistan's provinces and territories, with their names:
 * Balochistan, Gilgit-Baltistan, Islamabad Capital Territory, Azad Jammu and Kashmir,
 * Khyber Pakhtunkhwa, Punjab, Sindh.
 *
 * @example
 * ```ts
 * PAKISTAN_PROVINCES["PK-IS"]; //=> "Islamabad"
 * ```
 */
export const PAKISTAN_PROVINCES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  "PK-BA": "Balochistan",
  "PK-GB": "Gilgit-Baltistan",
  "PK-IS": "Islamabad",
  "PK-JK": "Azad Jammu and Kashmir",
  "PK-KP": "Khyber Pakhtunkhwa",
  "PK-PB": "Punjab",
  "PK-SD": "Sindh",
});

/**
 * Where a person lives: a province or territory (ISO 3166-2:PK code) and a district name.
 * Both are optional; orders scoped to a place concern a person only when the place is known.
 *
 * @example
 * ```ts
 * const where: Location = { province: "PK-PB", district: "Rawalpindi" };
 * ```
 */
export interface Location {
  /** ISO 3166-2:PK code, e.g. `"PK-IS"` for Islamabad, `"PK-KP"` for Khyber Pakhtunkhwa. */
  province?: string;
  /** District name, e.g. `"Rawalpindi"`. */
  district?: string;
}

/** Whether a province code is one of {@link PAKISTAN_PROVINCES}. @internal */
export function isProvinceCode(value: unknown): value is string {
  return typeof value === "string" && Object.hasOwn(PAKISTAN_PROVINCES, value);
}
