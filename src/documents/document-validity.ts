import { formatDay, parseDay, toDay, type IsoDate } from "../dates/index.js";
import { InvalidInputError } from "../errors.js";
import { rejectUnknownKeys } from "../keys.js";
import type { Confidence } from "../sources/confidence.js";
import { lookupSegment, POS_INF } from "../timeline/compile.js";
import {
  capConfidence,
  isBeyondReview,
  type Review,
  type ReviewState,
} from "../timeline/review.js";
import { defaultTimeline } from "../timeline/default-timeline.js";
import { compiledOf, type Compiled, type Timeline } from "../timeline/timeline.js";
import {
  DOCUMENT_TYPES,
  type DocumentType,
  type DocumentTypeInfo,
  type HeldDocument,
} from "./document-type.js";
import { documentTypeMap } from "./document-types.js";
import type { ValidityResult } from "./validity-result.js";

/**
 * Options of the query functions: the day asked about, the day whose knowledge is used, and the
 * timeline to consult.
 *
 * @example
 * ```ts
 * const options: QueryOptions = { on: "2023-09-15", knownAt: "2023-09-15" };
 * ```
 */
export interface QueryOptions {
  /** The day the question is about: `YYYY-MM-DD`, or a `Date` (its Asia/Karachi day). */
  on: IsoDate | Date;
  /**
   * Use only decisions announced on or before this day (default: all the knowledge in the
   * timeline). "Was this card valid on 15 Sep 2023?" is "yes" today but was "no" on that day.
   */
  knownAt?: IsoDate | Date;
  /** The timeline to consult (default {@link defaultTimeline}). */
  timeline?: Timeline;
}

const TYPE_LIST = /* @__PURE__ */ DOCUMENT_TYPES.join(", ");
const QUERY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["on", "knownAt", "timeline"]);

/** Resolves and checks the document argument. @internal */
export function documentInfo(doc: unknown, name: string): DocumentTypeInfo {
  const type =
    typeof doc === "string"
      ? doc
      : typeof doc === "object" && doc !== null
        ? (doc as { type?: unknown }).type
        : undefined;
  const info = typeof type === "string" ? documentTypeMap.get(type as DocumentType) : undefined;
  if (info === undefined) {
    throw new InvalidInputError(
      typeof doc === "object" && doc !== null
        ? `${name}.type: expected one of ${TYPE_LIST}`
        : `${name}: expected a document type (one of ${TYPE_LIST}) or a held document { type, validThrough? }`,
    );
  }
  return info;
}

/** Reads `on` and `knownAt`. @internal */
export function queryDays(options: unknown): {
  on: number;
  knownAt: number | undefined;
  timeline: Timeline;
} {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidInputError("options: expected { on, knownAt?, timeline? }");
  }
  rejectUnknownKeys(options, QUERY_KEYS, "options");
  const { on, knownAt, timeline } = options as Partial<QueryOptions>;
  if (on === undefined)
    throw new InvalidInputError("options.on: is required (the day asked about)");
  return {
    on: toDay(on, "on"),
    knownAt: knownAt === undefined ? undefined : toDay(knownAt, "knownAt"),
    timeline: timeline ?? defaultTimeline,
  };
}

/** Answers that depend on nothing but the document type and whether the day is beyond review. */
const fixedAnswers = /* @__PURE__ */ new WeakMap<Review, Map<string, ValidityResult>>();

function fixedAnswer(
  review: Review,
  beyondReview: boolean,
  key: string,
  make: () => Omit<ValidityResult, "reviewedThrough" | "beyondReview">,
): ValidityResult {
  let answers = fixedAnswers.get(review);
  if (answers === undefined) {
    answers = new Map();
    fixedAnswers.set(review, answers);
  }
  const slot = beyondReview ? `${key}+` : key;
  let result = answers.get(slot);
  if (result === undefined) {
    result = Object.freeze(withReview(make(), review, beyondReview));
    answers.set(slot, result);
  }
  return result;
}

/** An answer with the review fields, capped and noted when beyond review. @internal */
export function withReview<T extends { confidence: Confidence; summary: string }>(
  answer: T,
  review: Review,
  beyondReview: boolean,
): T & ReviewState {
  return beyondReview
    ? {
        ...answer,
        confidence: capConfidence(answer.confidence),
        summary: `${answer.summary} ${review.note}`,
        reviewedThrough: review.text,
        beyondReview,
      }
    : { ...answer, reviewedThrough: review.text, beyondReview };
}

/** The basis of an answer that rests on no decision (shared: it is frozen and empty). */
const NO_BASIS = /* @__PURE__ */ Object.freeze([]);

function holderResult(
  doc: unknown,
  on: number,
  info: DocumentTypeInfo,
  review: Review,
  beyondReview: boolean,
): ValidityResult {
  const given =
    typeof doc === "object" && doc !== null ? (doc as HeldDocument).validThrough : undefined;
  if (given === undefined) {
    // Missing input is no ground for confidence: the answer is unknown, and says so.
    return fixedAnswer(review, beyondReview, `missing:${info.id}`, () => ({
      status: "unknown",
      validThrough: null,
      daysRemaining: null,
      basis: NO_BASIS,
      confidence: "low",
      summary: `Unknown: the end day of the holder's ${info.name} was not given (validThrough), so its validity cannot be said.`,
    }));
  }
  const through = parseDay(given, "document.validThrough");
  const valid = on <= through;
  const summary = valid
    ? `Valid: the holder's ${info.name} has not reached its end day.`
    : `Expired: the holder's ${info.name} has passed its end day.`;
  return {
    status: valid ? "valid" : "expired",
    validThrough: formatDay(through),
    daysRemaining: valid ? through - on : null,
    basis: NO_BASIS,
    confidence: beyondReview ? capConfidence(info.confidence) : info.confidence,
    summary: beyondReview ? `${summary} ${review.note}` : summary,
    reviewedThrough: review.text,
    beyondReview,
  };
}

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
 * - Answers may be shared between calls, and are then frozen: treat them as read-only. A `valid`
 *   answer is shared from the second time in a row the same day is asked about.
 *
 * @param doc - A {@link DocumentType}, or a {@link HeldDocument} `{ type, validThrough? }`.
 * @param options - `on` (required), `knownAt`, `timeline`.
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
  doc: DocumentType | HeldDocument,
  options: QueryOptions,
): ValidityResult {
  const info = documentInfo(doc, "document");
  const { on, knownAt, timeline } = queryDays(options);
  return validityAt(doc, info, on, knownAt, compiledOf(timeline));
}

/**
 * The validity of a checked document on a parsed day, from compiled tables.
 * @internal
 */
export function validityAt(
  doc: unknown,
  info: DocumentTypeInfo,
  on: number,
  knownAt: number | undefined,
  compiled: Compiled,
): ValidityResult {
  const review = compiled.review;
  const beyond = isBeyondReview(review, on, knownAt);
  switch (info.validityRule) {
    case "none":
      return fixedAnswer(review, beyond, "none", () => ({
        status: "no_document",
        validThrough: null,
        daysRemaining: null,
        basis: NO_BASIS,
        confidence: "high",
        summary: "No document.",
      }));
    case "not_assessed":
      return fixedAnswer(review, beyond, info.id, () => ({
        status: "unknown",
        validThrough: null,
        daysRemaining: null,
        basis: NO_BASIS,
        confidence: info.confidence,
        summary: `Unknown: Pakistan does not treat a ${info.name} as a document of legal stay and publishes no validity for it.`,
      }));
    case "holder":
      return holderResult(doc, on, info, review, beyond);
    case "timeline": {
      const given =
        typeof doc === "object" && doc !== null ? (doc as HeldDocument).validThrough : undefined;
      if (given !== undefined) parseDay(given, "document.validThrough");
      const tables = compiled.validity.get(info.id);
      if (tables === undefined) throw new InvalidInputError("timeline: not compiled");
      const segment = lookupSegment(tables, on, knownAt);
      const fixed = beyond ? segment.fixedBeyond : segment.fixed;
      if (fixed !== null) return fixed;
      const key = beyond ? on * 2 + 1 : on * 2;
      if (segment.sharedKey === key) return segment.shared as ValidityResult;
      const result: ValidityResult = {
        status: "valid",
        validThrough: segment.validThrough,
        daysRemaining: segment.end === POS_INF ? null : segment.end - on,
        basis: segment.basis,
        confidence: beyond ? segment.confidenceBeyond : segment.confidence,
        summary: beyond ? segment.summaryBeyond : segment.summary,
        reviewedThrough: review.text,
        beyondReview: beyond,
      };
      // Asked the same query twice in a row: share (and so freeze) the answer from now on.
      if (segment.lastKey === key) {
        segment.sharedKey = key;
        segment.shared = Object.freeze(result);
      }
      segment.lastKey = key;
      return result;
    }
  }
}
