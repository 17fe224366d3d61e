// The registry of datasets and their compiled tables: a dataset made by this library is
// compiled once, on first use; the tables are its own cache, and nothing else is.
import { parseDay } from "../dates/index.js";
import { InvalidInputError } from "../errors.js";
import type { ValidityResult } from "../documents/validity-result.js";
import type { CompiledExposure } from "../exposure/compile-exposure.js";
import type { ExposureAnswers } from "../exposure/exposure.js";
import { compileDocument, type CompiledTimeline } from "../timeline/compile.js";
import { makeReview, type Review } from "../timeline/review.js";
import type { Dataset } from "./dataset.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * Everything compiled for one dataset: its validity tables on first use; its exposure tables on
 * the first exposure query (by the exposure module, so that an app that only asks about
 * validity does not carry the exposure compiler).
 * @internal
 */
export interface Compiled {
  dataset: Dataset;
  vocabulary: Vocabulary;
  validity: CompiledTimeline;
  exposure?: CompiledExposure;
  /** Exposure answers shared by people in the same situation (the exposure module's). */
  answers?: ExposureAnswers;
  review: Review;
  /**
   * Validity answers that depend on nothing but the document type and whether the day is
   * beyond review, by key: made once, frozen.
   */
  fixed: Map<string, ValidityResult>;
  /** The maps of `valid` answers kept in the segments, and how many they hold in all. */
  validAnswers: { maps: Map<number, ValidityResult>[]; count: number };
}

/** Datasets made by this library: their vocabulary, then (once compiled) their tables. */
const registry = /* @__PURE__ */ new WeakMap<object, Compiled | Vocabulary>();

/** Registers a checked, frozen dataset. @internal */
export function register(dataset: Dataset, vocabulary: Vocabulary): void {
  registry.set(dataset, vocabulary);
}

/** Whether a value is a dataset made by this library. @internal */
export function isRegistered(value: unknown): value is Dataset {
  return typeof value === "object" && value !== null && registry.has(value);
}

/** The vocabulary of a dataset, without compiling it. @internal */
export function vocabularyOf(dataset: Dataset): Vocabulary {
  const entry = registry.get(dataset);
  if (entry === undefined) throw notADataset();
  return "vocabulary" in entry ? entry.vocabulary : entry;
}

function notADataset(name = "dataset"): InvalidInputError {
  return new InvalidInputError(
    `${name}: expected a dataset made by createDataset or extendDataset (or a timeline made by createTimeline)`,
  );
}

/**
 * The compiled tables of a dataset, compiled on first use.
 * @internal
 */
export function compiledOf(dataset: unknown, name = "dataset"): Compiled {
  const entry = typeof dataset === "object" && dataset !== null ? registry.get(dataset) : undefined;
  if (entry === undefined) throw notADataset(name);
  if ("vocabulary" in entry) return entry;
  const d = dataset as Dataset;
  const vocabulary = entry;
  const review = makeReview(
    d.meta.reviewedThrough === null ? null : parseDay(d.meta.reviewedThrough),
    d.meta.host,
  );
  const compiled: Compiled = {
    dataset: d,
    vocabulary,
    validity: new Map(
      d.documentTypes
        .filter((info) => info.validityRule === "timeline")
        .map((info) => [info.id, compileDocument(d.records, info, review)] as const),
    ),
    review,
    fixed: new Map(),
    validAnswers: { maps: [], count: 0 },
  };
  registry.set(d, compiled);
  return compiled;
}
