import type { Compiled } from "../dataset/compiled.js";
import type { Dataset } from "../dataset/dataset.js";
import { QUERY_KEYS, queryDays, type QueryOptions } from "../documents/document-validity.js";
import type { ValidityResult } from "../documents/validity-result.js";
import {
  evaluateAt,
  type Exposure,
  type ExposureStatus,
  type Shared,
} from "../exposure/exposure.js";
import { checkPerson, type Person } from "../exposure/person.js";
import type { CompiledRisk, RiskData } from "../risk/risk-data.js";
import {
  checkRiskProfile,
  deriveSpecificNeeds,
  MAX_CACHED,
  resolveRisk,
  screen,
  screeningKey,
  type RiskScreening,
  type SpecificNeed,
} from "../risk/screen-risk.js";
import type { ReviewState } from "../timeline/review.js";

/**
 * Everything the library can say about one person on one day.
 *
 * @example
 * ```ts
 * const a: Assessment = assess({ documents: [{ type: "por_card" }] }, { on: "2025-08-15" });
 * a.documents[0].status; //=> "expired"
 * a.exposure.status; //=> "deadline_pending"
 * a.beyondReview; //=> false
 * Object.isFrozen(a) && Object.isFrozen(a.documents); //=> true
 * ```
 */
export interface Assessment extends ReviewState {
  /** The validity of each held document, in input order. */
  readonly documents: readonly ValidityResult[];
  /** What the state may do to the person. */
  readonly exposure: Exposure;
  /** The screening of the person's declared profile (empty matches without one). */
  readonly risk: RiskScreening;
  /**
   * UNHCR specific-needs codes from the crosswalk, including those that depend on documents and
   * exposure (LP-ND, LP-RD, LP-RR); all `derived: true`.
   */
  readonly specificNeeds: readonly SpecificNeed[];
}

const EMPTY_PROFILE = /* @__PURE__ */ Object.freeze({});
const EMPTY_KEY = /* @__PURE__ */ screeningKey(EMPTY_PROFILE);

/**
 * Options of {@link assess}: those of every query, and the risk data to screen against.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { on: "2025-09-02", dataset: pakistan, riskData };
 * ```
 */
export interface AssessOptions extends QueryOptions {
  /** The risk data to screen against (in the main entry, default {@link riskData}). */
  riskData?: RiskData;
}

const ASSESS_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([...QUERY_KEYS, "riskData"]);

/** Specific needs depend only on the screening key and the exposure status: share them. */
const STATUSES: readonly ExposureStatus[] = [
  "protected",
  "tolerated",
  "deadline_pending",
  "liable",
];

/** The defaults of an entry point: a dataset and risk data, or none. @internal */
export interface Defaults {
  dataset: Dataset | undefined;
  riskData: RiskData | undefined;
}

/**
 * {@link assess} with the entry point's defaults.
 * @internal
 */
export function assessIn(defaults: Defaults, person: Person, options: AssessOptions): Assessment {
  const { on, knownAt, compiled } = queryDays(options, defaults.dataset, ASSESS_KEYS);
  const risk = resolveRisk(options, defaults.riskData);
  checkPerson(person, compiled.vocabulary);
  if (person.profile !== undefined) checkRiskProfile(person.profile, "person.profile");
  return assessAt(person, on, knownAt, compiled, risk);
}

/**
 * {@link assess} for a person already checked, on parsed days, e.g. by the CLI's person schema,
 * which accepts no more than `checkPerson` and `checkRiskProfile` do (a test says so).
 * @internal
 */
export function assessAt(
  person: Person,
  on: number,
  knownAt: number | undefined,
  compiled: Compiled,
  riskData: CompiledRisk,
  out?: Shared,
): Assessment {
  const { documents, exposure } = evaluateAt(person, on, knownAt, compiled, out);
  const input = person.profile ?? EMPTY_PROFILE;
  const key = person.profile === undefined ? EMPTY_KEY : screeningKey(input);
  const risk = screen(input, riskData, key);
  const needsCache = riskData.needs as Map<string, (readonly SpecificNeed[] | undefined)[]>;
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
      deriveSpecificNeeds(
        {
          input,
          matchedIds: new Set(risk.matches.map((m) => m.profile.id)),
          exposure: exposure.status,
          noValidDocument: exposure.status !== "protected",
        },
        riskData,
      ).map((n) => Object.freeze(n)),
    );
    byStatus[statusIndex] = specificNeeds;
  }
  return Object.freeze({
    documents,
    exposure,
    risk,
    specificNeeds,
    host: exposure.host,
    reviewedThrough: exposure.reviewedThrough,
    beyondReview: exposure.beyondReview,
  });
}
