import type { ExposureStatus } from "../exposure/exposure.js";
import { InvalidInputError } from "../errors.js";
import { checkOptions, rejectUnknownKeys } from "../keys.js";
import type { CrosswalkRule } from "./crosswalk.js";
import { HARM_LABELS, type HarmReport, type HarmType } from "./harm.js";
import { compiledRisk, type CompiledRisk, type RiskData } from "./risk-data.js";
import type { RiskProfile } from "./risk-profile.js";
import {
  CIRCUMSTANCES,
  ETHNICITIES,
  RELIGIONS,
  ROLES,
  SEXES,
  type RiskProfileInput,
} from "./vocabulary.js";

/**
 * A published risk profile that matches a person, and why.
 *
 * @example
 * ```ts
 * const m: RiskMatch = screenRisk({ roles: ["journalist"] }).matches[0];
 * m.reasons; //=> ['Role "journalist" matches EUAA 2024 §3.8 "Journalists and media workers".']
 * ```
 */
export interface RiskMatch {
  /** The profile. */
  readonly profile: RiskProfile;
  /** Why it matched: the attribute and the profile, never a personal value. */
  readonly reasons: readonly string[];
}

/**
 * Harms reported for the groups a person belongs to (or for all returnees), by kind.
 *
 * @example
 * ```ts
 * const h: HarmSummary = screenRisk({ roles: ["journalist"] }).harms[0];
 * h.reports.length > 0; //=> true
 * ```
 */
export interface HarmSummary {
  /** The kind of harm. */
  readonly harm: HarmType;
  /** Its readable name. */
  readonly label: string;
  /** The reports of it that concern the person. */
  readonly reports: readonly HarmReport[];
}

/**
 * A UNHCR specific-needs code that applies, from this project's crosswalk.
 *
 * @example
 * ```ts
 * const n: SpecificNeed = screenRisk({ roles: ["journalist"] }).specificNeeds[0];
 * n.code; //=> "LP-RP"
 * ```
 */
export interface SpecificNeed {
  /** The code, e.g. `"LP-RR"`. */
  readonly code: string;
  /** Its label as in proGres v4. */
  readonly label: string;
  /** Why it applies: the crosswalk's rationale and what triggered it. */
  readonly reason: string;
  /** Always `true`: the crosswalk is this project's analysis, not UNHCR's. */
  readonly derived: true;
}

/**
 * The result of {@link screenRisk}.
 *
 * @example
 * ```ts
 * const s: RiskScreening = screenRisk({ sex: "female", age: 12 });
 * s.matches.map((m) => m.profile.id);
 * //=> ["euaa-2024-3-15", "euaa-2024-3-16", "unhcr-2025-women-and-girls"]
 * ```
 */
export interface RiskScreening {
  /** The profiles that match, in dataset order. */
  readonly matches: readonly RiskMatch[];
  /** Harms reported for the matched groups and for all returnees. */
  readonly harms: readonly HarmSummary[];
  /** Specific-needs codes from the declared attributes (exposure-based ones come with `assess`). */
  readonly specificNeeds: readonly SpecificNeed[];
  /** What this result is and is not. */
  readonly disclaimer: string;
}

/**
 * What every screening result says about itself.
 *
 * @example
 * ```ts
 * screenRisk({}).disclaimer === SCREENING_DISCLAIMER; //=> true
 * ```
 */
export const SCREENING_DISCLAIMER =
  "Screening against published risk profiles, to help a person get protection. It is not a determination of refugee status, gives no score, and a profile that does not match does not mean that there is no risk.";

const VOCABULARY = {
  roles: /* @__PURE__ */ new Set<string>(ROLES),
  sex: /* @__PURE__ */ new Set<string>(SEXES),
  ethnicity: /* @__PURE__ */ new Set<string>(ETHNICITIES),
  religion: /* @__PURE__ */ new Set<string>(RELIGIONS),
  circumstances: /* @__PURE__ */ new Set<string>(CIRCUMSTANCES),
};

const PROFILE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "sex",
  "age",
  "roles",
  "ethnicity",
  "religion",
  "circumstances",
]);

/** Checks the shape of a risk profile input, naming the field at fault, never its value. @internal */
export function checkRiskProfile(
  profile: unknown,
  name = "profile",
): asserts profile is RiskProfileInput {
  if (typeof profile !== "object" || profile === null || Array.isArray(profile)) {
    throw new InvalidInputError(`${name}: expected an object`);
  }
  rejectUnknownKeys(profile, PROFILE_KEYS, name);
  const p = profile as Record<string, unknown>;
  for (const key of ["sex", "ethnicity", "religion"] as const) {
    const value = p[key];
    if (value !== undefined && !(typeof value === "string" && VOCABULARY[key].has(value))) {
      throw new InvalidInputError(
        `${name}.${key}: expected one of ${[...VOCABULARY[key]].join(", ")}`,
      );
    }
  }
  for (const key of ["roles", "circumstances"] as const) {
    const value = p[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw new InvalidInputError(`${name}.${key}: expected a list`);
    value.forEach((item: unknown, i) => {
      if (!(typeof item === "string" && VOCABULARY[key].has(item))) {
        throw new InvalidInputError(
          `${name}.${key}[${i}]: expected one of ${[...VOCABULARY[key]].join(", ")}`,
        );
      }
    });
  }
  const age = p.age;
  if (
    age !== undefined &&
    !(typeof age === "number" && Number.isInteger(age) && age >= 0 && age <= 130)
  ) {
    throw new InvalidInputError(`${name}.age: expected a whole number of years from 0 to 130`);
  }
}

function cite(profile: RiskProfile): string {
  return profile.framework === "euaa-2024"
    ? `EUAA 2024 §${profile.section ?? ""} "${profile.label}"`
    : `UNHCR 2025 "${profile.label}"`;
}

/** The reasons a profile matches an input (empty when it does not). */
function reasonsFor(profile: RiskProfile, input: RiskProfileInput): string[] {
  const when = profile.matchWhen;
  const reasons: string[] = [];
  const matches = (what: string) => reasons.push(`${what} matches ${cite(profile)}.`);
  for (const role of input.roles ?? [])
    if (when.roles?.includes(role) === true) matches(`Role "${role}"`);
  if (input.sex !== undefined && when.sex?.includes(input.sex) === true)
    matches(`Sex "${input.sex}"`);
  if (when.child === true && input.age !== undefined && input.age < 18) matches("Age under 18");
  if (input.ethnicity !== undefined && when.ethnicities?.includes(input.ethnicity) === true) {
    matches(`Ethnicity "${input.ethnicity}"`);
  }
  if (input.religion !== undefined && when.religions?.includes(input.religion) === true) {
    matches(`Religion "${input.religion}"`);
  }
  for (const c of input.circumstances ?? []) {
    if (when.circumstances?.includes(c) === true) matches(`Circumstance "${c}"`);
  }
  return reasons;
}

const HARM_ORDER = /* @__PURE__ */ Object.keys(HARM_LABELS) as HarmType[];

/** Facts about a person that the crosswalk reads; `exposure` only from `assess`. @internal */
export interface CrosswalkFacts {
  input: RiskProfileInput;
  matchedIds: ReadonlySet<string>;
  exposure?: ExposureStatus;
  noValidDocument?: boolean;
}

function ruleApplies(rule: CrosswalkRule, facts: CrosswalkFacts): string | null {
  const when = rule.when;
  const triggers: string[] = [];
  if (when.anyProfileExcept !== undefined) {
    const hit = [...facts.matchedIds].filter((id) => !when.anyProfileExcept?.includes(id));
    if (hit.length === 0) return null;
    triggers.push(`${hit.length} risk profile${hit.length === 1 ? "" : "s"} matched`);
  }
  if (when.exposure !== undefined) {
    if (facts.exposure === undefined || !when.exposure.includes(facts.exposure)) return null;
    triggers.push(`exposure ${facts.exposure}`);
  }
  if (when.noValidDocument === true) {
    if (facts.noValidDocument !== true) return null;
    triggers.push("no valid recognised document");
  }
  if (when.roles !== undefined) {
    const role = facts.input.roles?.find((r) => when.roles?.includes(r));
    if (role === undefined) return null;
    triggers.push(`role "${role}"`);
  }
  if (when.circumstances !== undefined) {
    const c = facts.input.circumstances?.find((x) => when.circumstances?.includes(x));
    if (c === undefined) return null;
    triggers.push(`circumstance "${c}"`);
  }
  if (when.sex !== undefined) {
    if (facts.input.sex === undefined || !when.sex.includes(facts.input.sex)) return null;
    triggers.push(`sex "${facts.input.sex}"`);
  }
  if (when.adult === true) {
    if (facts.input.age !== undefined && facts.input.age < 18) return null;
    triggers.push(facts.input.age === undefined ? "no age given" : "age 18 or over");
  }
  return `${rule.rationale} (${triggers.join("; ")})`;
}

/**
 * The specific-needs codes that the crosswalk derives from the facts known.
 * @internal
 */
export function deriveSpecificNeeds(facts: CrosswalkFacts, risk: CompiledRisk): SpecificNeed[] {
  const needs: SpecificNeed[] = [];
  for (const rule of risk.data.crosswalk) {
    const reason = ruleApplies(rule, facts);
    if (reason === null) continue;
    needs.push({
      code: rule.code,
      label: risk.codeLabels.get(rule.code) ?? rule.code,
      reason,
      derived: true,
    });
  }
  return needs;
}

/**
 * Options of {@link screenRisk}.
 *
 * @example
 * ```ts
 * const options: ScreenRiskOptions = { riskData };
 * ```
 */
export interface ScreenRiskOptions {
  /** The risk data to screen against (in the main entry, default {@link riskData}). */
  riskData?: RiskData;
}

const SCREEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["riskData"]);

/**
 * The risk data an options object names, or `fallback`.
 * @internal
 */
export function resolveRisk(
  given: { readonly riskData?: unknown },
  fallback: RiskData | undefined,
): CompiledRisk {
  if (given.riskData !== undefined) return compiledRisk(given.riskData, "riskData");
  if (fallback === undefined) {
    throw new InvalidInputError(
      "options.riskData: is required (this entry point bundles no risk data)",
    );
  }
  return compiledRisk(fallback);
}

/**
 * {@link screenRisk} with the entry point's default risk data (`undefined`: none).
 * @internal
 */
export function screenRiskIn(
  fallback: RiskData | undefined,
  profile: RiskProfileInput,
  options?: ScreenRiskOptions,
): RiskScreening {
  const given = checkOptions(options, SCREEN_KEYS, true) as ScreenRiskOptions;
  const risk = resolveRisk(given, fallback);
  checkRiskProfile(profile);
  return screen(profile, risk);
}

/**
 * The key of everything a screening depends on. Age matters only as "under 18", "18 or over" or
 * "not given" (no reason ever states an age), so people who declare the same things share one
 * answer.
 * @internal
 */
export function screeningKey(input: RiskProfileInput): string {
  const age = input.age === undefined ? "" : input.age < 18 ? "c" : "a";
  const roles =
    input.roles === undefined || input.roles.length < 2
      ? (input.roles ?? [])
      : [...input.roles].sort();
  const circumstances =
    input.circumstances === undefined || input.circumstances.length < 2
      ? (input.circumstances ?? [])
      : [...input.circumstances].sort();
  return `${input.sex ?? ""}|${age}|${roles.join(",")}|${input.ethnicity ?? ""}|${input.religion ?? ""}|${circumstances.join(",")}`;
}

/** The caches of risk data are bounded: cleared when full, so memory stays flat. @internal */
export const MAX_CACHED = 10_000;

/**
 * Screening of a checked input, shared with every input of the same key (the cache belongs to
 * the risk data).
 * @internal
 */
export function screen(
  input: RiskProfileInput,
  risk: CompiledRisk,
  key = screeningKey(input),
): RiskScreening {
  const screenings = risk.screenings as Map<string, RiskScreening>;
  let result = screenings.get(key);
  if (result === undefined) {
    if (screenings.size >= MAX_CACHED) screenings.clear();
    result = deepFreezeScreening(screenAll(input, risk));
    screenings.set(key, result);
  }
  return result;
}

function deepFreezeScreening(s: RiskScreening): RiskScreening {
  for (const m of s.matches) Object.freeze(m);
  for (const h of s.harms) Object.freeze(h);
  for (const n of s.specificNeeds) Object.freeze(n);
  Object.freeze(s.matches);
  Object.freeze(s.harms);
  Object.freeze(s.specificNeeds);
  return Object.freeze(s);
}

function screenAll(input: RiskProfileInput, risk: CompiledRisk): RiskScreening {
  const matches: RiskMatch[] = [];
  const matchedIds = new Set<string>();
  for (const p of risk.data.profiles) {
    const reasons = reasonsFor(p, input);
    if (reasons.length === 0) continue;
    matches.push({ profile: p, reasons: Object.freeze(reasons) });
    matchedIds.add(p.id);
  }
  const byHarm = new Map<HarmType, HarmReport[]>();
  for (const report of risk.data.harms) {
    if (report.allReturnees !== true && !report.profiles.some((id) => matchedIds.has(id))) continue;
    const list = byHarm.get(report.harm);
    if (list === undefined) byHarm.set(report.harm, [report]);
    else list.push(report);
  }
  const harms = HARM_ORDER.filter((h) => byHarm.has(h)).map((harm) => ({
    harm,
    label: HARM_LABELS[harm],
    reports: Object.freeze(byHarm.get(harm) ?? []),
  }));
  return {
    matches,
    harms,
    specificNeeds: deriveSpecificNeeds({ input, matchedIds }, risk),
    disclaimer: SCREENING_DISCLAIMER,
  };
}
