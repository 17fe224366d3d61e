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
 * Where a person lives: a province or territory (ISO 3166-2:PK code), a district name, and the
 * settlement (refugee village, camp) they live in, if any. All are optional; orders scoped to a
 * place concern a person only when the place is known.
 *
 * @remarks
 * `settlement` is a name, as case files hold it ("Kot Chandna", "Shamshatoo camp"): Pakistan
 * publishes no codes for refugee villages, and most orders about them (the de-notifications of
 * 2025) name them or count them per district. A person whose settlement is given learns of the
 * orders about it, and of orders about "every refugee village of" their district; a person
 * without one is told of neither. Names are compared without regard to case, punctuation, word
 * order and generic words ("camp", "refugee village").
 *
 * @example
 * ```ts
 * const where: Location = { province: "PK-PB", district: "Rawalpindi" };
 * const camp: Location = { province: "PK-KP", district: "Peshawar", settlement: "Shamshatoo" };
 * ```
 */
export interface Location {
  /** ISO 3166-2:PK code, e.g. `"PK-IS"` for Islamabad, `"PK-KP"` for Khyber Pakhtunkhwa. */
  province?: string;
  /** District name, e.g. `"Rawalpindi"`. */
  district?: string;
  /** The refugee village (camp) or settlement the person lives in, by name. */
  settlement?: string;
}

/** Whether a province code is one of {@link PAKISTAN_PROVINCES}. @internal */
export function isProvinceCode(value: unknown): value is string {
  return typeof value === "string" && Object.hasOwn(PAKISTAN_PROVINCES, value);
}
