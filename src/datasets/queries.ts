// The main entry's queries: the engine's, with the bundled data as their defaults ({@link
// pakistan} and {@link riskData}). Nothing below this layer names a dataset.
import { assessIn, type AssessOptions, type Assessment } from "../assess/assess.js";
import { documentValidityIn, type QueryOptions } from "../documents/document-validity.js";
import type { HeldDocument } from "../documents/document-type.js";
import type { ValidityResult } from "../documents/validity-result.js";
import { deadlinesIn, type Deadline, type DeadlinesOptions } from "../exposure/deadlines.js";
import { exposureIn, type Exposure } from "../exposure/exposure.js";
import type { Person } from "../exposure/person.js";
import { listPhasesIn, type Phase, type PhasesOptions } from "../exposure/phases.js";
import { screenRiskIn, type RiskScreening, type ScreenRiskOptions } from "../risk/screen-risk.js";
import type { RiskProfileInput } from "../risk/vocabulary.js";
import {
  validitySpansIn,
  type SpansOptions,
  type ValiditySpan,
} from "../timeline/validity-spans.js";
import { bundledFor } from "./bundled.js";
import { pakistan } from "./pakistan.js";
import { riskData } from "./risk.js";

const DEFAULTS = /* @__PURE__ */ (() => Object.freeze({ dataset: pakistan, riskData }))();

/**
 * Whether a document is legally valid on a day, by which decision, as known when, and how sure
 * the dataset is.
 *
 * @remarks
 * - For PoR cards, ACCs and UMRF certificates, the decision that governs a day is the
 *   latest-announced known record whose span includes it (known: announced on or before
 *   `knownAt`, default all). `valid` when it says valid; `expired` when it says invalid, or when
 *   no known record covers the day but a valid span ended before it; `unknown` when it says
 *   unknown; `not_issued` before the type existed.
 * - For `passport_visa`, the holder's own `validThrough` decides (`unknown` without it).
 * - For `tazkira` and `unhcr_asylum_document`, `unknown`: Pakistan publishes no validity for them
 *   and does not treat them as documents of legal stay (see {@link documentTypes}).
 * - For `"none"`, `no_document`.
 * - Every answer is deeply frozen (see {@link ValidityResult}), and may be the same object as
 *   the answer to an earlier, identical question: compare answers by their fields.
 *
 * @param doc - A {@link DocumentType} (an id of the dataset's document types), or a
 *   {@link HeldDocument} `{ type, validThrough? }`.
 * @param options - `on` (required), `knownAt`, `dataset` (default {@link pakistan}).
 * @returns `{ status, validThrough, daysRemaining, basis, confidence, summary }`.
 * @throws {@link InvalidInputError} for an unknown document type or a missing `options`;
 *   {@link InvalidDateError} for a bad `on`, `knownAt` or `validThrough`.
 *
 * @example
 * ```ts
 * // Valid today, thanks to an extension announced two months later:
 * documentValidity("por_card", { on: "2023-09-15" });
 * //=> { status: "valid", validThrough: "2023-12-31", daysRemaining: 107, ... }
 *
 * // ...but as known on that day, the card had lapsed on 30 June 2023:
 * documentValidity("por_card", { on: "2023-09-15", knownAt: "2023-09-15" });
 * //=> { status: "expired", validThrough: "2023-06-30", daysRemaining: null, ... }
 *
 * documentValidity({ type: "passport_visa", validThrough: "2026-03-31" }, { on: "2026-01-01" });
 * //=> { status: "valid", validThrough: "2026-03-31", daysRemaining: 89, ... }
 * ```
 */
export function documentValidity(
  doc: string | HeldDocument,
  options: QueryOptions,
): ValidityResult {
  return documentValidityIn(pakistan, doc, options);
}

/**
 * The validity spans of a document type as known on a day: every run of days with one answer,
 * in order, with its governing decision. Gaps (lapses no decision covers) appear as `expired`
 * spans without a record; retroactive decisions are flagged. Retroactivity and gaps are derived
 * from the records, not stored.
 *
 * @param type - A document type whose validity is decided by the dataset's records (in
 *   {@link pakistan}: `por_card`, `afghan_citizen_card`, `umrf_certificate`).
 * @param options - `knownAt`, `dataset` (default {@link pakistan}).
 * @returns The spans, covering every day from the distant past to the open future.
 * @throws {@link InvalidInputError} for another document type.
 *
 * @example
 * ```ts
 * validitySpans("por_card")
 *   .filter((s) => s.retroactive)
 *   .map((s) => `${s.from} ${s.record?.id} (${s.daysLate} days late)`);
 * //=> [..., "2023-07-01 por-2023-11-08 (130 days late)", ...]
 * ```
 */
export function validitySpans(type: string, options?: SpansOptions): readonly ValiditySpan[] {
  return validitySpansIn(pakistan, type, options);
}

/**
 * What the state may do to a person on a day, under which decision, and by which deadline.
 *
 * @remarks
 * Validity is not exposure. A valid, recognised document (a valid PoR card, ACC or UMRF
 * certificate, or a valid visa) makes the person `protected`, whatever else they hold. A
 * Tazkira or a UNHCR asylum document is not recognised by Pakistan and protects no one.
 * Otherwise the latest-announced known phase or directive whose days include `on` and whose
 * targets include the person decides: `tolerated` under a "no adverse action" directive,
 * `deadline_pending` until a phase's (or order's) last day of voluntary departure, `liable` once
 * enforcement has begun; with none, the person is `liable` (for holders of a PoR card, ACC or
 * UMRF certificate that conclusion rests on the absence of a known directive, so its confidence
 * is at most `medium`). Orders scoped to a place or group
 * (Islamabad and Rawalpindi in 2025, people awaiting resettlement) appear in `notices` for the
 * people they concern, and change the status only where they are deportation orders or
 * deadlines for that person.
 *
 * Every answer is deeply frozen. When many people are asked about on the same day, those in the
 * same situation (documents' validity, targets, groups, the place-scoped orders their location
 * falls under) get the same answer object: compare answers by their fields, not by identity.
 *
 * @param person - `{ documents, location?, groups?, host? }`; other fields are ignored.
 * @param options - `on` (required), `knownAt`, `dataset` (default: the bundled dataset of the
 *   person's `host`, else {@link pakistan}).
 * @returns `{ status, phase, deadline, daysToDeadline, protectingDocument, basis, confidence, summary, notices, reviewedThrough, beyondReview }`.
 * @throws {@link InvalidInputError} for a person of the wrong shape; {@link InvalidDateError}
 *   for a bad day.
 *
 * @example
 * ```ts
 * exposure({ documents: [] }, { on: "2023-10-15" });
 * //=> { status: "deadline_pending", phase: "ifrp-1", deadline: "2023-10-31", daysToDeadline: 16, ... }
 * exposure({ documents: [{ type: "por_card" }] }, { on: "2025-09-02" });
 * //=> { status: "liable", phase: "ifrp-3", deadline: "2025-08-31", ... }
 * exposure({ documents: [{ type: "passport_visa", validThrough: "2026-06-30" }] }, { on: "2026-01-01" });
 * //=> { status: "protected", protectingDocument: "passport_visa", ... }
 * ```
 */
export function exposure(person: Person, options: QueryOptions): Exposure {
  return exposureIn(bundledFor(person, options), person, options);
}

/**
 * Assesses one person on one day: the validity of each document they hold, their exposure to
 * arrest and deportation, the screening of their declared profile against published risk
 * profiles, and the UNHCR specific-needs codes that follow. Nothing in the result repeats a
 * personal value (names, numbers and dates of birth are never read).
 *
 * @param person - `{ documents, location?, groups?, profile?, host? }` (a person record's other
 *   fields are ignored).
 * @param options - `on` (required), `knownAt`, `dataset` (default: the bundled dataset of the
 *   person's `host`, else {@link pakistan}), `riskData` (default {@link riskData}).
 * @returns `{ documents, exposure, risk, specificNeeds, host, reviewedThrough, beyondReview }`;
 *   the last three say which host's dataset answered, how far the dataset's sources were read and whether the day (or `knownAt`) is
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
export function assess(person: Person, options: AssessOptions): Assessment {
  const dataset = bundledFor(person, options);
  return assessIn(dataset === pakistan ? DEFAULTS : { dataset, riskData }, person, options);
}

/**
 * The IFRP phases of a dataset, in order of announcement, as known on a day.
 *
 * @param options - `knownAt`, `dataset` (default {@link pakistan}).
 * @returns One {@link Phase} per phase id.
 *
 * @example
 * ```ts
 * listPhases().map((p) => `${p.id}: leave by ${p.departureDeadline}`);
 * //=> ["ifrp-1: leave by 2023-10-31", "ifrp-2: leave by 2025-03-31", "ifrp-3: leave by 2025-08-31"]
 * listPhases({ knownAt: "2025-08-01" }).find((p) => p.id === "ifrp-3")?.departureDeadline;
 * //=> null (the notification of 31 July 2025 gave no period to leave)
 * ```
 */
export function listPhases(options?: PhasesOptions): readonly Phase[] {
  return listPhasesIn(pakistan, options);
}

/**
 * The IFRP phases of the bundled dataset: `ifrp-1` (people without valid documents, from
 * November 2023), `ifrp-2` (Afghan Citizen Card holders, from April 2025), `ifrp-3` (PoR card
 * holders, from September 2025), each with targets, announcement day, departure deadline,
 * enforcement start and sources.
 *
 * @example
 * ```ts
 * phases.map((p) => [p.id, p.enforcementFrom]);
 * //=> [["ifrp-1", "2023-11-01"], ["ifrp-2", "2025-04-01"], ["ifrp-3", "2025-09-01"]]
 * ```
 */
export const phases: readonly Phase[] = /* @__PURE__ */ (() => Object.freeze(listPhases()))();

/**
 * The departure deadlines and enforcement starts in a range of days, for calendars and
 * dashboards. For each phase only its latest known record counts (the letter of 4 August 2025
 * replaced the "forthwith" of the notification of 31 July); deadlines of orders to groups and
 * starts of deportation orders are listed too. Notices are not.
 *
 * @param options - `from`, `to` (inclusive; both required), `knownAt`, `dataset` (default {@link pakistan}).
 * @returns The events, by day.
 * @throws {@link InvalidInputError} without `from` or `to`, when `to` is before `from`, or for
 *   an unknown option; {@link InvalidDateError} for a bad day.
 *
 * @example
 * ```ts
 * deadlines({ from: "2025-01-01", to: "2025-12-31" }).map((d) => `${d.day} ${d.kind} ${d.phase ?? d.record.id}`);
 * //=> ["2025-03-31 departure_deadline ifrp-2", "2025-04-01 enforcement_start ifrp-2",
 * //    "2025-04-30 departure_deadline resettlement-2025-04-30", "2025-08-31 departure_deadline ifrp-3",
 * //    "2025-09-01 enforcement_start ifrp-3", "2025-10-17 enforcement_start no-extension-2025-10-17"]
 * ```
 */
export function deadlines(options: DeadlinesOptions): readonly Deadline[] {
  return deadlinesIn(pakistan, options);
}

/**
 * Screens a person's declared attributes against published risk profiles (EUAA Country Guidance
 * Afghanistan, May 2024; UNHCR Guidance Note Update II, September 2025), and says why each
 * profile matched, which harms are reported for those groups, and which UNHCR specific-needs
 * codes follow.
 *
 * @remarks
 * Screening, not judgement: there is no score, and nothing here decides refugee status. A profile
 * matches when any of its conditions holds (a declared role, sex, an age under 18, ethnicity,
 * religion, or circumstance); which inputs a profile covers is this project's reading of the
 * profile's scope, written in the data. Reasons name the attribute and the profile from closed
 * vocabularies, never a free-text value, and the input is checked against those vocabularies.
 * Specific-needs codes come from a crosswalk that is this project's own analysis (`derived:
 * true`); codes that depend on exposure or documents are added by {@link assess}.
 *
 * @param profile - `{ sex?, age?, roles?, ethnicity?, religion?, circumstances? }`; other fields
 *   are ignored.
 * @param options - `riskData` (default {@link riskData}).
 * @returns `{ matches, harms, specificNeeds, disclaimer }`.
 * @throws {@link InvalidInputError} for a value outside the vocabularies (the message names the
 *   field, not the value).
 *
 * @example
 * ```ts
 * const s = screenRisk({ roles: ["journalist"] });
 * s.matches.map((m) => m.profile.id); //=> ["euaa-2024-3-8", "unhcr-2025-journalists-media"]
 * s.specificNeeds.map((n) => n.code); //=> ["LP-RP"]
 * screenRisk({ ethnicity: "hazara" }).matches.map((m) => m.profile.section);
 * //=> ["3.14", "3.14.2"]
 * ```
 */
export function screenRisk(profile: RiskProfileInput, options?: ScreenRiskOptions): RiskScreening {
  return screenRiskIn(riskData, profile, options);
}
