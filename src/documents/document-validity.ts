import { formatDay, parseDay, toDayIn, type IsoDate } from "../dates/index.js";
import type { Compiled } from "../dataset/compiled.js";
import type { Dataset } from "../dataset/dataset.js";
import { resolveDataset } from "../dataset/resolve.js";
import type { Vocabulary } from "../dataset/vocabulary.js";
import { InvalidInputError } from "../errors.js";
import { rejectUnknownKeys } from "../keys.js";
import type { Confidence } from "../sources/confidence.js";
import { lookupSegment, type Segment } from "../timeline/compile.js";
import {
  capConfidence,
  isBeyondReview,
  type Review,
  type ReviewState,
} from "../timeline/review.js";
import type { Timeline } from "../timeline/timeline.js";
import type { DocumentTypeInfo, HeldDocument } from "./document-type.js";
import type {
  ExpiredResult,
  UndecidedResult,
  ValidityResult,
  ValidResult,
} from "./validity-result.js";

/**
 * Options of the query functions: the day asked about, the day whose knowledge is used, and the
 * dataset to consult.
 *
 * @example
 * ```ts
 * const options: QueryOptions = { on: "2023-09-15", knownAt: "2023-09-15" };
 * ```
 */
export interface QueryOptions {
  /** The day the question is about: `YYYY-MM-DD`, or a `Date` (its day in the dataset's zone). */
  on: IsoDate | Date;
  /**
   * Use only decisions announced on or before this day (default: all the knowledge in the
   * dataset). "Was this card valid on 15 Sep 2023?" is "yes" today but was "no" on that day.
   */
  knownAt?: IsoDate | Date;
  /** The dataset to consult (in the main entry, default {@link pakistan}). */
  dataset?: Dataset;
  /**
   * The timeline to consult.
   *
   * @deprecated Use `dataset` (a timeline is a dataset now).
   */
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated option's type
  timeline?: Timeline;
}

/** The options every query takes. @internal */
export const QUERY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "on",
  "knownAt",
  "dataset",
  "timeline",
]);

/** Resolves and checks the document argument against a dataset's document types. @internal */
export function documentInfo(doc: unknown, name: string, vocabulary: Vocabulary): DocumentTypeInfo {
  const type =
    typeof doc === "string"
      ? doc
      : typeof doc === "object" && doc !== null
        ? (doc as { type?: unknown }).type
        : undefined;
  const info = typeof type === "string" ? vocabulary.documentTypes.get(type) : undefined;
  if (info === undefined) {
    const list = vocabulary.documentIds.join(", ");
    throw new InvalidInputError(
      typeof doc === "object" && doc !== null
        ? `${name}.type: expected one of ${list}`
        : `${name}: expected a document type (one of ${list}) or a held document { type, validThrough? }`,
    );
  }
  return info;
}

/**
 * Reads the dataset (the one given, else `fallback`), then `on` and `knownAt` in its time zone.
 * @internal
 */
export function queryDays(
  options: unknown,
  fallback: Dataset | undefined,
  keys: ReadonlySet<string> = QUERY_KEYS,
): {
  on: number;
  knownAt: number | undefined;
  compiled: Compiled;
} {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidInputError("options: expected { on, knownAt?, dataset? }");
  }
  rejectUnknownKeys(options, keys, "options");
  const given = options as Partial<QueryOptions>;
  const { on, knownAt } = given;
  if (on === undefined)
    throw new InvalidInputError("options.on: is required (the day asked about)");
  const compiled = resolveDataset(given, fallback);
  const zone = compiled.vocabulary.timeZone;
  return {
    on: toDayIn(on, zone, "on"),
    knownAt: knownAt === undefined ? undefined : toDayIn(knownAt, zone, "knownAt"),
    compiled,
  };
}

/**
 * An answer that depends on nothing but the document type and whether the day is beyond
 * review: made once per dataset, frozen, and kept in the dataset's compiled tables.
 */
function fixedAnswer(
  compiled: Compiled,
  beyondReview: boolean,
  key: string,
  make: () =>
    | Omit<ExpiredResult, "host" | "reviewedThrough" | "beyondReview">
    | Omit<UndecidedResult, "host" | "reviewedThrough" | "beyondReview">,
): ValidityResult {
  const slot = beyondReview ? `${key}+` : key;
  let result = compiled.fixed.get(slot);
  if (result === undefined) {
    result = Object.freeze(withReview(make(), compiled.review, beyondReview));
    compiled.fixed.set(slot, result);
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
        host: review.host,
        reviewedThrough: review.text,
        beyondReview,
      }
    : { ...answer, host: review.host, reviewedThrough: review.text, beyondReview };
}

/** The most `valid` answers a dataset keeps (a few MB); all are forgotten when it has more. */
const MAX_VALID_ANSWERS = 1 << 15;

/** Keeps a `valid` answer in its segment, within the dataset's bound. */
function rememberValid(compiled: Compiled, segment: Segment, key: number, answer: ValidResult) {
  const cache = compiled.validAnswers;
  if (cache.count >= MAX_VALID_ANSWERS) {
    for (const map of cache.maps) map.clear();
    cache.count = 0;
  }
  let map = segment.answers;
  if (map === null) {
    map = new Map();
    segment.answers = map;
    cache.maps.push(map);
  }
  map.set(key, answer);
  cache.count++;
}

/** The basis of an answer that rests on no decision (shared: it is frozen and empty). */
const NO_BASIS = /* @__PURE__ */ Object.freeze([]);

function holderResult(
  doc: unknown,
  on: number,
  info: DocumentTypeInfo,
  compiled: Compiled,
  beyondReview: boolean,
): ValidityResult {
  const review = compiled.review;
  const given =
    typeof doc === "object" && doc !== null ? (doc as HeldDocument).validThrough : undefined;
  if (given === undefined) {
    // Missing input is no ground for confidence: the answer is unknown, and says so.
    return fixedAnswer(compiled, beyondReview, `missing:${info.id}`, () => ({
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
  const common = {
    validThrough: formatDay(through),
    basis: NO_BASIS,
    confidence: beyondReview ? capConfidence(info.confidence) : info.confidence,
    summary: beyondReview ? `${summary} ${review.note}` : summary,
    host: review.host,
    reviewedThrough: review.text,
    beyondReview,
  };
  return Object.freeze(
    valid
      ? { status: "valid", daysRemaining: through - on, ...common }
      : { status: "expired", daysRemaining: null, ...common },
  );
}

/**
 * {@link documentValidity} with the entry point's default dataset (`undefined`: none).
 * @internal
 */
export function documentValidityIn(
  fallback: Dataset | undefined,
  doc: string | HeldDocument,
  options: QueryOptions,
): ValidityResult {
  const { on, knownAt, compiled } = queryDays(options, fallback);
  const info = documentInfo(doc, "document", compiled.vocabulary);
  return validityAt(doc, info, on, knownAt, compiled);
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
      return fixedAnswer(compiled, beyond, "none", () => ({
        status: "no_document",
        validThrough: null,
        daysRemaining: null,
        basis: NO_BASIS,
        confidence: "high",
        summary: "No document.",
      }));
    case "not_assessed":
      return fixedAnswer(compiled, beyond, info.id, () => ({
        status: "unknown",
        validThrough: null,
        daysRemaining: null,
        basis: NO_BASIS,
        confidence: info.confidence,
        summary: `Unknown: ${compiled.vocabulary.wording.notAssessed.replace("{document}", () => info.name)}`,
      }));
    case "holder":
      return holderResult(doc, on, info, compiled, beyond);
    case "timeline": {
      const given =
        typeof doc === "object" && doc !== null ? (doc as HeldDocument).validThrough : undefined;
      if (given !== undefined) parseDay(given, "document.validThrough");
      const tables = compiled.validity.get(info.id);
      if (tables === undefined) throw new InvalidInputError("dataset: not compiled");
      const segment = lookupSegment(tables, on, knownAt);
      const fixed = beyond ? segment.fixedBeyond : segment.fixed;
      if (fixed !== null) return fixed;
      // The answer of the same query as the last one is the same (frozen) object; so is one
      // asked before, while the dataset's cache of valid answers holds it.
      const key = beyond ? on * 2 + 1 : on * 2;
      if (segment.sharedKey === key) return segment.shared as ValidityResult;
      const known = segment.answers?.get(key);
      if (known !== undefined) {
        segment.sharedKey = key;
        segment.shared = known;
        return known;
      }
      const result: ValidResult = Object.freeze({
        status: "valid",
        // A valid segment always ends (see compile.ts).
        validThrough: segment.validThrough as IsoDate,
        daysRemaining: segment.end - on,
        basis: segment.basis,
        confidence: beyond ? segment.confidenceBeyond : segment.confidence,
        summary: beyond ? segment.summaryBeyond : segment.summary,
        host: review.host,
        reviewedThrough: review.text,
        beyondReview: beyond,
      });
      segment.sharedKey = key;
      segment.shared = result;
      rememberValid(compiled, segment, key, result);
      return result;
    }
  }
}
