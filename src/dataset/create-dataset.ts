// Making datasets: validate every part, copy and freeze, and register the tables to compile on
// first use. A dataset's compiled tables are the only cache that belongs to it.
import { isIsoDate, type IsoDate } from "../dates/index.js";
import { InvalidInputError, TimelineValidationError } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import { checkOptions } from "../keys.js";
import type { Source } from "../sources/source.js";
import type { TimelineRecord } from "../timeline/record.js";
import { Checker, isObject } from "../grammar/check.js";
import { checkAmbiguity, checkRecords, checkSources } from "../timeline/validate.js";
import { checkDatasetParts, type DatasetParts } from "./check-dataset.js";
import { isRegistered, register, vocabularyOf as registeredVocabulary } from "./compiled.js";
import type { Dataset, DatasetInput } from "./dataset.js";
import { makeVocabulary, type Vocabulary } from "./vocabulary.js";

function vocabularyOf(parts: DatasetParts): Vocabulary {
  return makeVocabulary({
    hostName: parts.meta.name,
    host: parts.meta.host,
    documentTypes: parts.documentTypes,
    targets: parts.targets,
    groups: parts.groups,
    subdivisions: parts.subdivisions,
    timeZone: parts.meta.timeZone,
    wording: parts.wording,
  });
}

/** No record announced after the day the sources were read through. */
function checkReview(
  records: readonly TimelineRecord[],
  reviewed: IsoDate | null,
  firstNew: number,
  checker: Checker,
  at: string,
) {
  if (reviewed === null) return;
  records.forEach((r, i) => {
    if (r.announced > reviewed) {
      checker.add(
        i < firstNew ? `base.records[${i}].announced` : `${at}[${i - firstNew}].announced`,
        "is after reviewedThrough",
      );
    }
  });
}

/** Freezes a checked dataset and registers its tables. */
function finish(parts: DatasetParts, records: TimelineRecord[], sources: Source[]): Dataset {
  const vocabulary = vocabularyOf(parts);
  const dataset: Dataset = Object.freeze({
    meta: parts.meta,
    documentTypes: Object.freeze(parts.documentTypes),
    subdivisions: Object.freeze(parts.subdivisions),
    targets: Object.freeze(parts.targets),
    groups: Object.freeze(parts.groups),
    wording: parts.wording,
    records: Object.freeze(records),
    sources: Object.freeze(sources),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    figures: Object.freeze(parts.figures),
    reviewedThrough: parts.meta.reviewedThrough,
  });
  register(dataset, vocabulary);
  return dataset;
}

/**
 * Makes a dataset: one host country's policy as a value that every query takes.
 *
 * @remarks
 * Every part is validated: meta (id, ISO 3166-1 host, version, days, an IANA time zone),
 * document types, subdivisions (ISO 3166-2 codes of the host), exposure targets (exactly one
 * for people who hold none of the others' documents), groups, wording, figures, sources and
 * records (against the dataset's own document types, targets, groups and subdivisions; every
 * cited source known; no two records of one document announced the same day that overlap; none
 * announced after `meta.reviewedThrough`). Every problem is reported at once in a
 * {@link TimelineValidationError}, by path, never with a value. The input is copied and frozen;
 * the tables are compiled on first use.
 *
 * @param input - A {@link DatasetInput}, as JSON can hold it.
 * @returns A new, immutable dataset.
 * @throws {@link TimelineValidationError} (`code: "ERR_INVALID_TIMELINE"`) listing every problem.
 *
 * @example
 * ```ts
 * // The bundled dataset's parts, with no records: a dataset of one's own starts like this.
 * const empty = createDataset({ ...datasetInput(pakistan), records: [] });
 * documentValidity("por_card", { on: "2024-01-15", dataset: empty }).status; //=> "unknown"
 * ```
 */
export function createDataset(input: DatasetInput): Dataset {
  const given: unknown = input;
  if (!isObject(given)) throw new InvalidInputError("input: expected a dataset object");
  // The sources first: every other part cites them.
  const checker = new Checker();
  checker.keys(given, INPUT_KEYS, "input");
  const sourceIds = new Set<string>();
  const sources: Source[] = [];
  checkSources(given.sources, checker, sourceIds, sources);
  checker.terms = { sources: sourceIds };
  checkDatasetParts(given, checker);
  if (checker.problems.length > 0) throw new TimelineValidationError(checker.problems);
  // The parts are sound: check the records against the vocabulary they make.
  const parts = deepFreeze(structuredClone(pick(given))) as DatasetParts;
  const vocabulary = vocabularyOf(parts);
  checker.terms = { ...vocabulary.terms, sources: sourceIds };
  const checked: TimelineRecord[] = [];
  checkRecords(given.records, checker, new Set(), vocabulary, checked);
  if (checker.problems.length === 0) checkAmbiguity(checked, 0, checker);
  checkReview(checked, parts.meta.reviewedThrough, 0, checker, "records");
  if (checker.problems.length > 0) throw new TimelineValidationError(checker.problems);
  const own = deepFreeze(structuredClone({ records: checked, sources }));
  return finish(parts, own.records, own.sources);
}

const INPUT_KEYS = new Set([
  "meta",
  "documentTypes",
  "subdivisions",
  "targets",
  "groups",
  "wording",
  "records",
  "sources",
  "figures",
]);

function pick(input: Record<string, unknown>): Omit<DatasetParts, never> {
  return {
    meta: input.meta,
    documentTypes: input.documentTypes,
    subdivisions: input.subdivisions,
    targets: input.targets,
    groups: input.groups,
    wording: input.wording,
    figures: input.figures,
  } as DatasetParts;
}

/**
 * What {@link extendDataset} adds to a dataset.
 *
 * @example
 * ```ts
 * const additions: DatasetAdditions = { records: [], sources: [] };
 * ```
 */
export interface DatasetAdditions {
  /** Decisions the base does not know yet. */
  records?: readonly TimelineRecord[];
  /** The sources they cite, added to the base's. */
  sources?: readonly Source[];
  /**
   * The last day up to which the sources of the whole dataset were read for decisions, or
   * `null`. Default: the base's: adding one decision is not reading every source. When set, no
   * record may be announced after it.
   */
  reviewedThrough?: IsoDate | null;
}

const ADDITION_KEYS = new Set(["records", "sources", "reviewedThrough"]);

/**
 * A dataset with decisions added that a release does not know yet, without waiting for a new
 * version: the base's records and sources come first, then the new ones, all validated as
 * {@link createDataset} does. The base is not changed.
 *
 * @param base - A dataset (the bundled {@link pakistan}, or one of your own).
 * @param additions - `records`, `sources`, `reviewedThrough`.
 * @returns A new, immutable dataset.
 * @throws {@link TimelineValidationError} listing every problem; {@link InvalidInputError} for
 *   a base that is not a dataset.
 *
 * @example
 * ```ts
 * const withNews = extendDataset(pakistan, {
 *   records: [{
 *     kind: "validity", id: "por-2027-01-10", documents: ["por_card"],
 *     announced: "2027-01-10", announcedPrecision: "exact", from: "2027-01-01",
 *     through: "2027-06-30", status: "valid", body: "Federal cabinet",
 *     summary: "PoR cards extended to 30 June 2027.", sources: ["example-2027"], confidence: "medium",
 *   }],
 *   sources: [{ id: "example-2027", publisher: "Example News", title: "Cabinet extends PoR cards",
 *     url: "https://example.org/por-2027", published: "2027-01-10", kind: "secondary" }],
 * });
 * documentValidity("por_card", { on: "2027-02-01", dataset: withNews }).status; //=> "valid"
 * ```
 */
export function extendDataset(base: Dataset, additions: DatasetAdditions = {}): Dataset {
  checkDataset(base, "base");
  const given = checkOptions(additions, ADDITION_KEYS, true);
  const reviewedThrough = given.reviewedThrough;
  const vocabulary = registeredVocabulary(base);
  const checker = new Checker();
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const newSources: Source[] = [];
  if (given.sources !== undefined) checkSources(given.sources, checker, sourceIds, newSources);
  checker.terms = { ...vocabulary.terms, sources: sourceIds };
  const newRecords: TimelineRecord[] = [];
  checkRecords(
    given.records ?? [],
    checker,
    new Set(base.records.map((r) => r.id)),
    vocabulary,
    newRecords,
  );
  const all = [...base.records, ...newRecords];
  if (checker.problems.length === 0) checkAmbiguity(all, base.records.length, checker);
  let reviewed = base.meta.reviewedThrough;
  if (reviewedThrough !== undefined) {
    if (reviewedThrough !== null && !isIsoDate(reviewedThrough)) {
      checker.add("reviewedThrough", "must be a real calendar day written YYYY-MM-DD, or null");
    } else {
      reviewed = reviewedThrough;
      if (checker.problems.length === 0) {
        checkReview(all, reviewed, base.records.length, checker, "records");
      }
    }
  }
  if (checker.problems.length > 0) throw new TimelineValidationError(checker.problems);
  // Only the new records and sources are copied: the base's are frozen already.
  const fresh = deepFreeze(structuredClone({ records: newRecords, sources: newSources }));
  const meta = Object.freeze({ ...base.meta, reviewedThrough: reviewed });
  return finish(
    {
      meta,
      documentTypes: [...base.documentTypes],
      subdivisions: [...base.subdivisions],
      targets: [...base.targets],
      groups: [...base.groups],
      wording: base.wording,
      figures: [...base.figures],
    },
    [...base.records, ...fresh.records],
    [...base.sources, ...fresh.sources],
  );
}

/**
 * A dataset made from input that was validated when it was built (the bundled datasets: `npm
 * run data:build` checks them with the schemas, `npm run data:check` and the tests with
 * {@link createDataset}), so that importing the library does not check it again. The input is
 * frozen in place, not copied: it must be the library's own generated data.
 * @internal
 */
export function bundledDataset(input: DatasetInput): Dataset {
  const frozen = deepFreeze(input);
  return finish(
    {
      meta: frozen.meta,
      documentTypes: frozen.documentTypes,
      subdivisions: frozen.subdivisions,
      targets: frozen.targets,
      groups: frozen.groups,
      wording: frozen.wording,
      figures: frozen.figures,
    },
    frozen.records,
    frozen.sources,
  );
}

/**
 * A dataset with the vocabulary of `base` and nothing else: no records, sources or figures, and
 * no review day. What the deprecated `createTimeline(records, { base: null })` starts from.
 * @internal
 */
export function emptyLike(base: Dataset): Dataset {
  checkDataset(base, "base");
  return finish(
    {
      meta: Object.freeze({ ...base.meta, reviewedThrough: null }),
      documentTypes: [...base.documentTypes],
      subdivisions: [...base.subdivisions],
      targets: [...base.targets],
      groups: [...base.groups],
      wording: base.wording,
      figures: [],
    },
    [],
    [],
  );
}

/**
 * A dataset's parts as a {@link DatasetInput}: to build a dataset of one's own from the bundled
 * one's vocabulary, or to write it as JSON.
 *
 * @param dataset - A dataset.
 * @returns Its parts (frozen: copy before changing them).
 *
 * @example
 * ```ts
 * datasetInput(pakistan).meta.host; //=> "PK"
 * JSON.stringify(datasetInput(pakistan)).length > 0; //=> true
 * ```
 */
export function datasetInput(dataset: Dataset): DatasetInput {
  checkDataset(dataset, "dataset");
  return {
    meta: dataset.meta,
    documentTypes: dataset.documentTypes,
    subdivisions: dataset.subdivisions,
    targets: dataset.targets,
    groups: dataset.groups,
    wording: dataset.wording,
    records: dataset.records,
    sources: dataset.sources,
    figures: dataset.figures,
  } as unknown as DatasetInput;
}

/** Throws an {@link InvalidInputError} unless `value` is a dataset made by this library. */
function checkDataset(value: unknown, name: string): asserts value is Dataset {
  if (!isRegistered(value)) {
    throw new InvalidInputError(
      `${name}: expected a dataset made by createDataset or extendDataset`,
    );
  }
}
