/**
 * Where a person lives: a province or territory (the ISO 3166-2 code of a subdivision of the
 * host country), a district name, and the
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
  /** ISO 3166-2 code, e.g. `"PK-IS"` for Islamabad, `"PK-KP"` for Khyber Pakhtunkhwa. */
  province?: string | undefined;
  /** District name, e.g. `"Rawalpindi"`. */
  district?: string | undefined;
  /** The refugee village (camp) or settlement the person lives in, by name. */
  settlement?: string | undefined;
}
