/**
 * The roles a person may declare for risk screening, each tied to published risk profiles:
 * former security forces (EUAA 3.1), former government officials, judges and prosecutors,
 * former court personnel (3.2), foreign forces affiliates (3.3), people perceived as NRF or ISKP
 * supporters (3.4, 3.5), people at risk of forced recruitment (3.6), human rights defenders,
 * activists and critics of the Taliban (3.7), journalists and media workers (3.8), educators
 * (3.9), humanitarian workers (3.10), people accused of blasphemy or apostasy (3.11), people
 * perceived to have transgressed norms (3.12) or to be "Westernised" (3.13).
 *
 * @example
 * ```ts
 * ROLES.includes("journalist"); //=> true
 * ```
 */
export const ROLES = /* @__PURE__ */ Object.freeze([
  "former_security_forces",
  "former_government_official",
  "judge_or_prosecutor",
  "former_court_personnel",
  "foreign_forces_affiliate",
  "perceived_nrf_supporter",
  "perceived_iskp_supporter",
  "at_risk_of_forced_recruitment",
  "human_rights_defender",
  "activist",
  "critic_of_taliban",
  "journalist",
  "media_worker",
  "educator",
  "humanitarian_worker",
  "accused_of_blasphemy_or_apostasy",
  "perceived_norm_transgressor",
  "perceived_westernised",
] as const);

/**
 * A role from {@link ROLES}.
 *
 * @example
 * ```ts
 * const role: Role = "former_security_forces";
 * ```
 */
export type Role = (typeof ROLES)[number];

/**
 * Sex as declared: `female`, `male` or `other`.
 *
 * @example
 * ```ts
 * SEXES; //=> ["female", "male", "other"]
 * ```
 */
export const SEXES = /* @__PURE__ */ Object.freeze(["female", "male", "other"] as const);

/**
 * A sex from {@link SEXES}.
 *
 * @example
 * ```ts
 * const sex: Sex = "female";
 * ```
 */
export type Sex = (typeof SEXES)[number];

/**
 * Ethnicities that screening knows of. Hazara and Tajik appear in EUAA's profile of ethnic and
 * religious minorities (3.14); the others are accepted so that a full record can be screened.
 *
 * @example
 * ```ts
 * ETHNICITIES.includes("hazara"); //=> true
 * ```
 */
export const ETHNICITIES = /* @__PURE__ */ Object.freeze([
  "pashtun",
  "tajik",
  "hazara",
  "uzbek",
  "turkmen",
  "baloch",
  "nuristani",
  "aimaq",
  "pashai",
  "other",
] as const);

/**
 * An ethnicity from {@link ETHNICITIES}.
 *
 * @example
 * ```ts
 * const ethnicity: Ethnicity = "hazara";
 * ```
 */
export type Ethnicity = (typeof ETHNICITIES)[number];

/**
 * Religions that screening knows of. Shia (including Ismaili), Sikh, Hindu and Salafi appear in
 * EUAA's profile of ethnic and religious minorities (3.14).
 *
 * @example
 * ```ts
 * RELIGIONS.includes("sikh"); //=> true
 * ```
 */
export const RELIGIONS = /* @__PURE__ */ Object.freeze([
  "sunni",
  "shia",
  "ismaili",
  "salafi",
  "sikh",
  "hindu",
  "christian",
  "none",
  "other",
] as const);

/**
 * A religion from {@link RELIGIONS}.
 *
 * @example
 * ```ts
 * const religion: Religion = "shia";
 * ```
 */
export type Religion = (typeof RELIGIONS)[number];

/**
 * Circumstances that some profiles and specific-needs codes turn on: LGBTIQ (EUAA 3.17),
 * blood feud or land dispute (3.18), disability or severe medical condition (3.19), born in or
 * long resident in Iran or Pakistan (3.20; EUAA gives no number of years, so the caseworker
 * decides), unaccompanied or separated child (3.16; SC-UC, SC-SC), single woman heading a
 * household (WR-SF), mixed marriage (LP-MM).
 *
 * @example
 * ```ts
 * CIRCUMSTANCES.includes("separated_child"); //=> true
 * ```
 */
export const CIRCUMSTANCES = /* @__PURE__ */ Object.freeze([
  "lgbtiq",
  "blood_feud_or_land_dispute",
  "disability",
  "severe_medical_condition",
  "born_in_iran_or_pakistan",
  "long_stay_in_iran_or_pakistan",
  "unaccompanied_child",
  "separated_child",
  "single_woman_head_of_household",
  "mixed_marriage",
] as const);

/**
 * A circumstance from {@link CIRCUMSTANCES}.
 *
 * @example
 * ```ts
 * const c: Circumstance = "disability";
 * ```
 */
export type Circumstance = (typeof CIRCUMSTANCES)[number];

/**
 * What a person declares for risk screening. Every field is optional; only these fields are
 * read, and none of their values is ever repeated in a result.
 *
 * @example
 * ```ts
 * const profile: RiskProfileInput = { sex: "female", age: 34, roles: ["journalist"] };
 * ```
 */
export interface RiskProfileInput {
  /** Sex as declared. */
  sex?: Sex | undefined;
  /** Age in whole years. */
  age?: number | undefined;
  /** Roles, past or present. */
  roles?: readonly Role[] | undefined;
  /** Ethnicity. */
  ethnicity?: Ethnicity | undefined;
  /** Religion. */
  religion?: Religion | undefined;
  /** Other circumstances. */
  circumstances?: readonly Circumstance[] | undefined;
}
