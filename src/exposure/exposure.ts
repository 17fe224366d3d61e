import type { IsoDate } from "../dates/index.js";
import type { DocumentTypeInfo, HeldDocument } from "../documents/document-type.js";
import { queryDays, validityAt, type QueryOptions } from "../documents/document-validity.js";
import { groupMaskOf, type Vocabulary } from "../dataset/vocabulary.js";
import type { ValidityResult } from "../documents/validity-result.js";
import { weakestConfidence, type Confidence } from "../sources/confidence.js";
import { capConfidence, isBeyondReview, type ReviewState } from "../timeline/review.js";
import type { TimelineRecord } from "../timeline/record.js";
import type { Compiled } from "../dataset/compiled.js";
import { compileExposure, type CompiledExposure } from "./compile-exposure.js";
import type { Dataset } from "../dataset/dataset.js";
import {
  epochOf,
  epochTables,
  governingIn,
  groupsMatch,
  type Governing,
} from "./compile-exposure.js";
import { mergeByRank, tabledNotices } from "./compile-notices.js";
import { windowOn, type ParsedExposureRecord } from "./effects.js";
import { NO_PLACE, placeKeys, type PlaceKeys } from "./place-names.js";
import { checkPerson, type Person } from "./person.js";
import type { DirectiveRecord, PhaseRecord } from "./record.js";

/**
 * What the state may do to a person on a day:
 * `protected` (a valid, recognised document), `tolerated` (no valid document, but a directive
 * bars adverse action), `deadline_pending` (targeted by a phase or order whose departure
 * deadline is today or later), `liable` (none of these: subject to arrest, detention and
 * deportation under the host country's law, the dataset's `wording.legalBasis`: in Pakistan,
 * the Foreigners Act 1946).
 *
 * @example
 * ```ts
 * const s: ExposureStatus = exposure({ documents: [] }, { on: "2023-11-02" }).status; //=> "liable"
 * ```
 */
export type ExposureStatus = "protected" | "tolerated" | "deadline_pending" | "liable";

/** The fields of every exposure answer. */
interface ExposureAnswer extends ReviewState {
  /** What the state may do to the person on the day. */
  readonly status: ExposureStatus;
  /** The IFRP phase the person falls under on the day (`"ifrp-1"`...), or `null`. */
  readonly phase: string | null;
  /**
   * The last day of voluntary departure: the pending one when `deadline_pending`; the one that
   * passed when `liable` under a phase that had one; otherwise `null`.
   */
  readonly deadline: IsoDate | null;
  /** Whole days from `on` to `deadline` (0 on the last day) when `deadline_pending`; else `null`. */
  readonly daysToDeadline: number | null;
  /** The type of the valid, recognised document that protects the person, when `protected`. */
  readonly protectingDocument: string | null;
  /** The records the answer rests on. */
  readonly basis: readonly TimelineRecord[];
  /**
   * The weakest confidence among `basis`; at most `"medium"` when
   * {@link ReviewState.beyondReview}, and `"low"` when a held document lacks the input its
   * validity needs (a visa without its end day).
   */
  readonly confidence: Confidence;
  /** One line for people: names the decision and days, never a personal value. */
  readonly summary: string;
  /**
   * Orders that concern the person on the day without deciding the status: notices, orders
   * scoped to their place (e.g. Islamabad and Rawalpindi in 2025) or group.
   */
  readonly notices: readonly DirectiveRecord[];
}

/**
 * A `protected` answer of {@link exposure}: a valid, recognised document protects the person.
 *
 * @example
 * ```ts
 * const e = exposure({ documents: [{ type: "por_card" }] }, { on: "2025-01-15" });
 * if (e.status === "protected") e.protectingDocument; //=> "por_card"
 * ```
 */
export interface ProtectedExposure extends ExposureAnswer {
  readonly status: "protected";
  readonly phase: null;
  readonly deadline: null;
  readonly daysToDeadline: null;
  readonly protectingDocument: string;
}

/**
 * A `tolerated` answer of {@link exposure}: no valid document, but a directive bars adverse
 * action.
 *
 * @example
 * ```ts
 * exposure({ documents: [{ type: "por_card" }] }, { on: "2024-04-15" }).status; //=> "tolerated"
 * ```
 */
export interface ToleratedExposure extends ExposureAnswer {
  readonly status: "tolerated";
  readonly deadline: null;
  readonly daysToDeadline: null;
  readonly protectingDocument: null;
}

/**
 * A `deadline_pending` answer of {@link exposure}: targeted by a phase or order whose departure
 * deadline is today or later.
 *
 * @example
 * ```ts
 * const e = exposure({ documents: [{ type: "por_card" }] }, { on: "2025-08-15" });
 * if (e.status === "deadline_pending") e.daysToDeadline; //=> 16
 * ```
 */
export interface DeadlinePendingExposure extends ExposureAnswer {
  readonly status: "deadline_pending";
  readonly deadline: IsoDate;
  readonly daysToDeadline: number;
  readonly protectingDocument: null;
}

/**
 * A `liable` answer of {@link exposure}: no valid recognised document, no tolerance, no pending
 * deadline.
 *
 * @example
 * ```ts
 * exposure({ documents: [] }, { on: "2023-11-02" }).status; //=> "liable"
 * ```
 */
export interface LiableExposure extends ExposureAnswer {
  readonly status: "liable";
  readonly daysToDeadline: null;
  readonly protectingDocument: null;
}

/**
 * The answer of {@link exposure}: a union on `status`, so that after
 * `e.status === "deadline_pending"` the deadline and the days to it are not `null`. Answers are
 * deeply frozen, always.
 *
 * @example
 * ```ts
 * const e: Exposure = exposure({ documents: [{ type: "por_card" }] }, { on: "2025-08-15" });
 * e.status; //=> "deadline_pending"
 * e.deadline; //=> "2025-08-31"
 * e.beyondReview; //=> false
 * Object.isFrozen(e); //=> true
 * ```
 */
export type Exposure =
  ProtectedExposure | ToleratedExposure | DeadlinePendingExposure | LiableExposure;

const NO_NOTICES: readonly DirectiveRecord[] = /* @__PURE__ */ Object.freeze([]);

function describe(record: PhaseRecord | DirectiveRecord): string {
  return `"${record.id}" (${record.body}, announced ${record.announced})`;
}

/** One exposure question: the timeline, the days, and what of the person matters. */
interface Query {
  compiled: Ready;
  on: number;
  knownAt: number | undefined;
  /** The knowledge epoch of `knownAt` (see `epochOf`). */
  epoch: number;
  /** Whether `on` or `knownAt` is after the timeline's review. */
  beyond: boolean;
  /** The person's targets (bit mask of the vocabulary's targets). */
  targets: number;
  /** The person's groups (bit mask of the vocabulary's groups). */
  groups: number;
  place: PlaceKeys;
  /** The bit of the target of people without the targets' documents. */
  defaultTarget: number;
}

function placeMatches(p: ParsedExposureRecord, place: PlaceKeys): boolean {
  if (p.provinces === null && p.districts === null && p.settlements === null) return true;
  if (place.province !== null && p.provinces?.has(place.province) === true) return true;
  const district = place.district;
  if (district !== null && p.districts?.has(district) === true) return true;
  const settlement = place.settlement;
  if (p.settlements === null || settlement === null) return false;
  // Only people who live in a settlement are concerned by an order about settlements.
  return p.settlements.some((s) =>
    s.by === "name"
      ? s.key !== "" && s.key === settlement
      : s.by === "district"
        ? s.key === district
        : s.key === place.province,
  );
}

/** The person's targets as a bit mask: those of the documents held, or the default target. */
function targetMask(person: Person, vocabulary: Vocabulary): number {
  let mask = 0;
  for (const doc of person.documents) mask |= vocabulary.documentTargets.get(doc.type) ?? 0;
  return mask === 0 ? vocabulary.defaultTarget : mask;
}

function governing(q: Query): Governing | null {
  let best: Governing | null = null;
  const { compiled, targets, groups, on, knownAt } = q;
  const tables = epochTables(compiled.exposure, q.epoch);
  for (let i = 0; i < compiled.exposure.targetCount; i++) {
    if ((targets & (1 << i)) === 0) continue;
    const g = governingIn(compiled.exposure, tables, i, groups, on);
    if (g !== null && (best === null || g.parsed.rank > best.parsed.rank)) best = g;
  }
  if (!compiled.exposure.hasPlaceScoped || q.place === NO_PLACE) return best;
  // Place-scoped orders are few: evaluate them here rather than compile every place.
  const known = knownAt ?? Number.MAX_SAFE_INTEGER;
  for (const p of compiled.exposure.records) {
    if (!p.placeScoped || p.announced > known || (p.targets & targets) === 0) continue;
    if (p.record.kind === "directive" && p.record.effect === "notice") continue;
    if (!groupsMatch(p, groups) || !placeMatches(p, q.place)) continue;
    const w = windowOn(p, targets, on, compiled.exposure.decisions, known, q.defaultTarget);
    if (w !== null && (best === null || p.rank > best.parsed.rank)) best = { parsed: p, window: w };
  }
  return best;
}

/** The latest-announced known phase record that targets the person and has begun. */
function currentPhase(q: Query): ParsedExposureRecord | null {
  let best: ParsedExposureRecord | null = null;
  const { on, knownAt } = q;
  for (const p of q.compiled.exposure.phaseRecords) {
    if ((p.targets & q.targets) === 0) continue;
    if ((knownAt !== undefined && p.announced > knownAt) || p.from > on || p.through < on) continue;
    if (best === null || p.rank > best.rank) best = p;
  }
  return best;
}

/** Which lists of per-query notices to look through: those about settlements only when a settlement is given. */
const ONLY_OTHERS = [0] as const;
const BOTH = [0, 1] as const;

function noticesFor(q: Query, governingRecord: TimelineRecord | null): readonly DirectiveRecord[] {
  const { compiled, on, targets } = q;
  const notices = compiled.exposure.notices;
  // National and province-wide notices come from tables; the few others are evaluated here.
  const national = tabledNotices(notices, targets, q.place.province, on, q.epoch);
  let found: DirectiveRecord[] | null = null;
  const known = q.knownAt ?? Number.MAX_SAFE_INTEGER;
  const lists = q.place.settlement === null ? ONLY_OTHERS : BOTH;
  for (const list of lists) {
    for (const p of list === 0 ? notices.rest : notices.restInSettlements) {
      // Cheap tests first: most people are not concerned by most notices.
      if (p.announced > known || p.from > on || p.through < on || (p.targets & targets) === 0)
        continue;
      const r = p.record as DirectiveRecord;
      if (r === governingRecord || !groupsMatch(p, q.groups) || !placeMatches(p, q.place)) {
        continue;
      }
      const covers =
        windowOn(p, targets, on, compiled.exposure.decisions, known, q.defaultTarget) !== null;
      if (covers) (found ??= []).push(r);
    }
  }
  if (found === null) return national.length === 0 ? NO_NOTICES : national;
  return mergeByRank(notices, national, found);
}

function uniqueBasis(results: readonly ValidityResult[]): TimelineRecord[] {
  const seen = new Set<TimelineRecord>();
  for (const r of results) for (const b of r.basis) seen.add(b);
  return [...seen];
}

/** The first held document whose validity needs input that is missing (a visa's end day). */
function missingInput(person: Person, vocabulary: Vocabulary): DocumentTypeInfo | null {
  for (const doc of person.documents) {
    const info = vocabulary.documentTypes.get(doc.type);
    if (info?.validityRule === "holder" && doc.validThrough === undefined) return info;
  }
  return null;
}

/** A dataset's compiled tables with its exposure tables. */
type Ready = Compiled & { exposure: CompiledExposure };

/** Compiles a dataset's exposure tables on the first exposure query, once. */
function ready(compiled: Compiled): Ready {
  compiled.exposure ??= compileExposure(compiled.dataset.records, compiled.vocabulary);
  return compiled as Ready;
}

/**
 * Computes exposure from already computed validity results.
 * @internal
 */
export function exposureFrom(
  person: Person,
  validities: readonly ValidityResult[],
  on: number,
  knownAt: number | undefined,
  given: Compiled,
  out?: Shared,
): Exposure {
  const compiled = ready(given);
  const q: Query = {
    compiled,
    on,
    knownAt,
    epoch: epochOf(compiled.exposure, knownAt),
    beyond: isBeyondReview(compiled.review, on, knownAt),
    targets: targetMask(person, compiled.vocabulary),
    groups: groupMaskOf(compiled.vocabulary, person.groups),
    place: placeKeys(person.location),
    defaultTarget: compiled.vocabulary.defaultTarget,
  };
  const memo = memoFor(compiled, on, knownAt);
  const situation = memo === null ? null : situationKey(memo, q);
  if (out !== undefined) out.shared = false;

  // A valid, recognised document protects, whatever else the person holds.
  for (let i = 0; i < validities.length; i++) {
    const v = validities[i] as ValidityResult;
    const doc = person.documents[i];
    if (v.status !== "valid" || doc === undefined) continue;
    const info = compiled.vocabulary.documentTypes.get(doc.type);
    if (info?.recognisedByState !== true) continue;
    // A validity that comes from the timeline is a shared answer: so is the exposure it gives.
    if (memo === null || situation === null || info.validityRule !== "timeline") {
      return protectedBy(q, v, doc.type, info);
    }
    if (out !== undefined) out.shared = true;
    let byValidity = memo.protectedBy.get(v);
    if (byValidity === undefined) {
      byValidity = new Map();
      memo.protectedBy.set(v, byValidity);
    }
    const key =
      situation * memo.slots.documents + compiled.vocabulary.documentIds.indexOf(doc.type);
    let answer = byValidity.get(key);
    if (answer === undefined) {
      answer = protectedBy(q, v, doc.type, info);
      if (byValidity.size >= MAX_ANSWERS) byValidity.clear();
      byValidity.set(key, answer);
    }
    return answer;
  }

  // A visa without its end day: the answer rests on missing input and is the person's own.
  const missing = missingInput(person, compiled.vocabulary);
  if (missing !== null) {
    const answer = unprotected(q, validities, governing(q));
    return Object.freeze({
      ...answer,
      confidence: "low",
      summary: `${answer.summary} The end day of the held ${missing.name} was not given (validThrough): if it is still valid, it protects the person.`,
    });
  }
  if (memo !== null && situation !== null) {
    const known = memo.unprotected.get(situation);
    if (known !== undefined) {
      if (out !== undefined) out.shared = true;
      return known;
    }
    // No phase or directive governs this situation: the answer rests on the documents' own
    // validity too, so it is shared by the people of this situation with the same validity
    // answer (one document, or none; those answers are themselves the dataset's shared ones).
    if (memo.ungoverned.has(situation) && sharedValidity(person, compiled.vocabulary)) {
      const validity = validities[0] ?? NO_DOCUMENT;
      const byValidity = memo.byValidity.get(validity);
      const answer = byValidity?.get(situation);
      if (answer !== undefined) {
        if (out !== undefined) out.shared = true;
        return answer;
      }
    }
  }
  const g = governing(q);
  const answer = unprotected(q, validities, g);
  if (memo !== null && situation !== null) {
    if (g !== null) {
      // Under a governing phase or directive, the same for everyone in the same situation.
      if (memo.unprotected.size >= MAX_ANSWERS) memo.unprotected.clear();
      memo.unprotected.set(situation, answer);
      if (out !== undefined) out.shared = true;
    } else if (sharedValidity(person, compiled.vocabulary)) {
      if (memo.ungoverned.size >= MAX_ANSWERS) memo.ungoverned.clear();
      memo.ungoverned.add(situation);
      const validity = validities[0] ?? NO_DOCUMENT;
      let byValidity = memo.byValidity.get(validity);
      if (byValidity === undefined) {
        byValidity = new Map();
        memo.byValidity.set(validity, byValidity);
      }
      if (byValidity.size >= MAX_ANSWERS) byValidity.clear();
      byValidity.set(situation, answer);
      if (out !== undefined) out.shared = true;
    }
  }
  return answer;
}

/**
 * Whether a person holds at most one document, whose validity answer is one the dataset shares
 * (not a visa's, made for its holder's own end day).
 */
function sharedValidity(person: Person, vocabulary: Vocabulary): boolean {
  const docs = person.documents;
  if (docs.length === 0) return true;
  if (docs.length > 1) return false;
  return vocabulary.documentTypes.get((docs[0] as HeldDocument).type)?.validityRule !== "holder";
}

/** The key of people who hold no document, in {@link Memo.byValidity}. */
const NO_DOCUMENT = /* @__PURE__ */ Object.freeze({}) as ValidityResult;

/** The exposure of a person whom a valid, recognised document protects. */
function protectedBy(q: Query, v: ValidityResult, type: string, info: DocumentTypeInfo): Exposure {
  // The validity already carries the review: its confidence is capped and its summary says so.
  return Object.freeze({
    status: "protected",
    phase: null,
    deadline: null,
    daysToDeadline: null,
    protectingDocument: type,
    basis: v.basis,
    confidence: v.confidence,
    summary: `Protected by the ${info.name}. ${v.summary}`,
    notices: noticesFor(q, null),
    host: q.compiled.review.host,
    reviewedThrough: q.compiled.review.text,
    beyondReview: q.beyond,
  });
}

/**
 * Answers remembered for one timeline, day and knowledge day: the situation of a person
 * without a protecting document gives their answer; a protecting validity and the situation
 * give the protected answer.
 */
interface Memo {
  compiled: Ready;
  on: number;
  knownAt: number | undefined;
  unprotected: Map<number, Exposure>;
  protectedBy: WeakMap<ValidityResult, Map<number, Exposure>>;
  /** Situations that no phase or directive governs. */
  ungoverned: Set<number>;
  /** Their answers, by the validity answer of the one document held (or none). */
  byValidity: WeakMap<ValidityResult, Map<number, Exposure>>;
  /** The place bits of a location given by its province alone. */
  placesOfProvince: Map<string, number>;
  /** How many values each part of a situation key can take (see {@link situationKey}). */
  slots: { targets: number; groups: number; documents: number; placeBits: number };
}

/** Answers kept per situation; a bound on memory, cleared when reached. */
const MAX_ANSWERS = 4096;

/**
 * The exposure answers a dataset keeps (in its compiled tables): those of the day and knowledge
 * day asked about last, once asked twice in a row.
 * @internal
 */
export interface ExposureAnswers {
  memo: Memo | null;
  /** The days of the last query. */
  on: number;
  knownAt: number | undefined;
}

/**
 * Whether the answer just given is shared with every person in the same situation (for a
 * caller that writes each shared answer once): set by {@link exposureFrom}.
 * @internal
 */
export interface Shared {
  shared: boolean;
}

/**
 * The answers remembered for this dataset and these days, or `null`. Remembering starts at the
 * second query in a row with the same days (a registry assessed on one day), so that queries
 * that move from day to day pay nothing for it. The answers are the dataset's, keyed on the
 * days and the person's situation: a cached answer is the answer that would be computed.
 */
function memoFor(compiled: Ready, on: number, knownAt: number | undefined): Memo | null {
  const answers = (compiled.answers ??= { memo: null, on: Number.NaN, knownAt: undefined });
  const memo = answers.memo;
  if (memo !== null && memo.on === on && memo.knownAt === knownAt) return memo;
  if (answers.on === on && answers.knownAt === knownAt) {
    answers.memo = {
      compiled,
      on,
      knownAt,
      unprotected: new Map(),
      ungoverned: new Set(),
      byValidity: new WeakMap(),
      protectedBy: new WeakMap(),
      placesOfProvince: new Map(),
      slots: slotsOf(compiled.vocabulary),
    };
    return answers.memo;
  }
  answers.on = on;
  answers.knownAt = knownAt;
  return null;
}

/**
 * Everything besides the documents' validity, the day and the knowledge day that an exposure
 * depends on, as one number: targets, groups, and which place-scoped records the person's
 * location matches. `null` when there are too many place-scoped records to say in one number.
 */
function situationKey(memo: Memo, q: Query): number | null {
  const placed = memo.compiled.exposure.placeScoped;
  if (placed.length > memo.slots.placeBits) return null;
  let places = 0;
  const place = q.place;
  if (place !== NO_PLACE) {
    // Most locations are a province alone: their place bits are remembered.
    const province = place.district === null && place.settlement === null ? place.province : null;
    const known = province === null ? undefined : memo.placesOfProvince.get(province);
    if (known !== undefined) {
      places = known;
    } else {
      for (let i = 0; i < placed.length; i++) {
        if (placeMatches(placed[i] as ParsedExposureRecord, place)) places += 2 ** i;
      }
      if (province !== null) memo.placesOfProvince.set(province, places);
    }
  }
  return (places * memo.slots.groups + q.groups) * memo.slots.targets + q.targets;
}

/** The slots of a situation key: place bits must fit in a safe integer next to the rest. */
function slotsOf(vocabulary: Vocabulary): Memo["slots"] {
  const documents = vocabulary.documentIds.length;
  const documentBits = Math.ceil(Math.log2(documents + 1));
  return {
    targets: 2 ** vocabulary.targets.length,
    groups: 2 ** vocabulary.groups.length,
    documents,
    placeBits: 53 - vocabulary.targets.length - vocabulary.groups.length - documentBits,
  };
}

/** A confidence as it stands for this query: at most medium beyond review. */
function capped(q: Query, confidence: Confidence): Confidence {
  return q.beyond ? capConfidence(confidence) : confidence;
}

/** A summary as it stands for this query: noted beyond review. */
function noted(q: Query, summary: string): string {
  return q.beyond ? `${summary} ${q.compiled.review.note}` : summary;
}

/** The exposure of a person whom no held document protects. */
function unprotected(
  q: Query,
  validities: readonly ValidityResult[],
  g: Governing | null,
): Exposure {
  const phaseRecord = currentPhase(q);
  const phase = phaseRecord === null ? null : (phaseRecord.record as PhaseRecord).phase;
  const notices = noticesFor(q, g?.parsed.record ?? null);
  const on = q.on;
  if (g === null) {
    const basis = Object.freeze(uniqueBasis(validities));
    const unknown = validities.some((v) => v.status === "unknown" && v.basis.length > 0);
    // For holders of a registration document, "liable" here rests on the absence of any known
    // directive in the dataset, which may be incomplete: never more than medium confidence.
    const registered = (q.targets & q.defaultTarget) === 0;
    const passed = phaseRecord?.deadline ?? null;
    return Object.freeze({
      status: "liable",
      phase,
      deadline: passed === null || passed >= on ? null : (phaseRecord?.deadlineText ?? null),
      daysToDeadline: null,
      protectingDocument: null,
      basis,
      confidence: capped(
        q,
        weakestConfidence([
          ...basis.map((r) => r.confidence),
          ...(registered ? (["medium"] as const) : []),
        ]),
      ),
      summary: noted(
        q,
        `Liable: no valid recognised document, and no known directive or deadline applies (${q.compiled.vocabulary.wording.legalBasis}).` +
          (unknown
            ? " The validity of a held document on this day is unknown, so this rests on a gap in the record."
            : ""),
      ),
      host: q.compiled.review.host,
      reviewedThrough: q.compiled.review.text,
      beyondReview: q.beyond,
      notices,
    });
  }

  const record = g.parsed.record;
  const { status, deadline, deadlineText } = g.window;
  if (status === "deadline_pending") {
    const last = deadlineText as IsoDate;
    return Object.freeze({
      status,
      phase,
      deadline: last,
      daysToDeadline: (deadline as number) - on,
      protectingDocument: null,
      basis: g.parsed.basis,
      confidence: capped(q, record.confidence),
      summary: noted(q, `Deadline pending: must leave by ${last} under ${describe(record)}.`),
      host: q.compiled.review.host,
      reviewedThrough: q.compiled.review.text,
      beyondReview: q.beyond,
      notices,
    });
  }
  if (status === "tolerated") {
    return Object.freeze({
      status,
      phase,
      deadline: null,
      daysToDeadline: null,
      protectingDocument: null,
      basis: g.parsed.basis,
      confidence: capped(q, record.confidence),
      summary: noted(
        q,
        `Tolerated: ${describe(record)} bars adverse action, although no held document is known to be valid.`,
      ),
      host: q.compiled.review.host,
      reviewedThrough: q.compiled.review.text,
      beyondReview: q.beyond,
      notices,
    });
  }
  const passed = deadline ?? phaseRecord?.deadline ?? null;
  const passedText = deadlineText ?? phaseRecord?.deadlineText ?? null;
  return Object.freeze({
    status: "liable",
    phase,
    deadline: passed === null || passed >= on ? null : passedText,
    daysToDeadline: null,
    protectingDocument: null,
    basis: g.parsed.basis,
    confidence: capped(q, record.confidence),
    summary: noted(q, `Liable to arrest, detention and deportation under ${describe(record)}.`),
    host: q.compiled.review.host,
    reviewedThrough: q.compiled.review.text,
    beyondReview: q.beyond,
    notices,
  });
}

/**
 * {@link exposure} with the entry point's default dataset (`undefined`: none).
 * @internal
 */
export function exposureIn(
  fallback: Dataset | undefined,
  person: Person,
  options: QueryOptions,
): Exposure {
  const { on, knownAt, compiled } = queryDays(options, fallback);
  checkPerson(person, compiled.vocabulary);
  return evaluateAt(person, on, knownAt, compiled).exposure;
}

/**
 * The validity of each document of a checked person, and their exposure, on parsed days (the
 * person checked by `checkPerson` against the dataset's vocabulary, or by a schema that accepts
 * no more than it does).
 * @internal
 */
export function evaluateAt(
  person: Person,
  on: number,
  knownAt: number | undefined,
  compiled: Compiled,
  out?: Shared,
): { documents: readonly ValidityResult[]; exposure: Exposure } {
  const held = person.documents;
  const types = compiled.vocabulary.documentTypes;
  let documents: readonly ValidityResult[] = NO_VALIDITIES;
  if (held.length > 0) {
    const list: ValidityResult[] = [];
    for (const doc of held) {
      list.push(validityAt(doc, types.get(doc.type) as DocumentTypeInfo, on, knownAt, compiled));
    }
    documents = Object.freeze(list);
  }
  return { documents, exposure: exposureFrom(person, documents, on, knownAt, compiled, out) };
}

const NO_VALIDITIES: readonly ValidityResult[] = /* @__PURE__ */ Object.freeze([]);
