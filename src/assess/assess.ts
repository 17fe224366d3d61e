import type { QueryOptions } from "../documents/document-validity.js";
import type { ValidityResult } from "../documents/validity-result.js";
import type { ReviewState } from "../timeline/review.js";
import { evaluateChecked, type Exposure, type ExposureStatus } from "../exposure/exposure.js";
import { checkPerson, type Person } from "../exposure/person.js";
import {
  checkRiskProfile,
  deriveSpecificNeeds,
  screen,
  screeningKey,
  type RiskScreening,
  type SpecificNeed,
} from "../risk/screen-risk.js";

/**
 * Everything the library can say about one person on one day.
 *
 * @example
 * ```ts
 * const a: Assessment = assess({ documents: [{ type: "por_card" }] }, { on: "2025-08-15" });
 * a.documents[0].status; //=> "expired"
 * a.exposure.status; //=> "deadline_pending"
 * a.beyondReview; //=> false
 * ```
 */
export interface Assessment extends ReviewState {
  /** The validity of each held document, in input order. */
  documents: readonly ValidityResult[];
  /** What the state may do to the person. */
  exposure: Exposure;
  /** The screening of the person's declared profile (empty matches without one). */
  risk: RiskScreening;
  /**
   * UNHCR specific-needs codes from the crosswalk, including those that depend on documents and
   * exposure (LP-ND, LP-RD, LP-RR); all `derived: true`.
   */
  specificNeeds: readonly SpecificNeed[];
}

const EMPTY_PROFILE = /* @__PURE__ */ Object.freeze({});
const EMPTY_KEY = /* @__PURE__ */ screeningKey(EMPTY_PROFILE);

/** Specific needs depend only on the screening key and the exposure status: share them. */
const MAX_CACHED = 10_000;
const STATUSES: readonly ExposureStatus[] = [
  "protected",
  "tolerated",
  "deadline_pending",
  "liable",
];
const needsCache = /* @__PURE__ */ new Map<string, (readonly SpecificNeed[] | undefined)[]>();

/**
 * Assesses one person on one day: the validity of each document they hold, their exposure to
 * arrest and deportation, the screening of their declared profile against published risk
 * profiles, and the UNHCR specific-needs codes that follow. Nothing in the result repeats a
 * personal value (names, numbers and dates of birth are never read).
 *
 * @param person - `{ documents, location?, groups?, profile? }` (a person record's other fields
 *   are ignored).
 * @param options - `on` (required), `knownAt`, `timeline`.
 * @returns `{ documents, exposure, risk, specificNeeds, reviewedThrough, beyondReview }`; the
 *   last two say how far the dataset's sources were read and whether the day (or `knownAt`) is
 *   after that, as in every document's validity and the exposure.
 * @throws {@link InvalidInputError} for a person of the wrong shape; {@link InvalidDateError}
 *   for a bad day.
 *
 * @example
 * ```ts
 * const a = assess(
 *   { documents: [{ type: "por_card" }], profile: { roles: ["journalist"] } },
 *   { on: "2025-09-02" },
 * );
 * a.exposure.status; //=> "liable"
 * a.specificNeeds.map((n) => n.code); //=> ["LP-RP", "LP-RR", "LP-RD", "LP-ND"]
 * ```
 */
export function assess(person: Person, options: QueryOptions): Assessment {
  checkPerson(person);
  if (person.profile !== undefined) checkRiskProfile(person.profile, "person.profile");
  return assessChecked(person, options);
}

/**
 * {@link assess} for a person already checked, e.g. by the CLI's person schema, which accepts
 * no more than `checkPerson` and `checkRiskProfile` do (a test says so).
 * @internal
 */
export function assessChecked(person: Person, options: QueryOptions): Assessment {
  const { documents, exposure } = evaluateChecked(person, options);
  const input = person.profile ?? EMPTY_PROFILE;
  const key = person.profile === undefined ? EMPTY_KEY : screeningKey(input);
  const risk = screen(input, key);
  let byStatus = needsCache.get(key);
  if (byStatus === undefined) {
    if (needsCache.size >= MAX_CACHED) needsCache.clear();
    byStatus = [];
    needsCache.set(key, byStatus);
  }
  const statusIndex = STATUSES.indexOf(exposure.status);
  let specificNeeds = byStatus[statusIndex];
  if (specificNeeds === undefined) {
    specificNeeds = Object.freeze(
      deriveSpecificNeeds({
        input,
        matchedIds: new Set(risk.matches.map((m) => m.profile.id)),
        exposure: exposure.status,
        noValidDocument: exposure.status !== "protected",
      }).map((n) => Object.freeze(n)),
    );
    byStatus[statusIndex] = specificNeeds;
  }
  return {
    documents,
    exposure,
    risk,
    specificNeeds,
    reviewedThrough: exposure.reviewedThrough,
    beyondReview: exposure.beyondReview,
  };
}
