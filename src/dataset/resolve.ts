// Which dataset a query reads: the one it is given (`dataset`, or the deprecated `timeline`),
// else the entry point's default. The core entry has no default, so there it is required.
import { InvalidInputError } from "../errors.js";
import { compiledOf, isRegistered, vocabularyOf, type Compiled } from "./compiled.js";
import type { Dataset } from "./dataset.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * The compiled tables of the dataset a query names, or of `fallback`.
 *
 * @param given - The query's options, already checked to be an object.
 * @param fallback - The entry point's default dataset (`undefined` in the core entry).
 * @internal
 */
export function resolveDataset(
  given: { readonly dataset?: unknown; readonly timeline?: unknown },
  fallback: Dataset | undefined,
): Compiled {
  const [value, name] = chosen(given, fallback);
  return compiledOf(value, name);
}

/**
 * The dataset a query names, or `fallback`, and its vocabulary, without compiling its tables
 * (for the queries that only read records).
 * @internal
 */
export function resolveVocabulary(
  given: { readonly dataset?: unknown; readonly timeline?: unknown },
  fallback: Dataset | undefined,
): { dataset: Dataset; vocabulary: Vocabulary } {
  const [value, name] = chosen(given, fallback);
  if (!isRegistered(value)) compiledOf(value, name); // throws the error of compiledOf
  const dataset = value as Dataset;
  return { dataset, vocabulary: vocabularyOf(dataset) };
}

function chosen(
  given: { readonly dataset?: unknown; readonly timeline?: unknown },
  fallback: Dataset | undefined,
): [unknown, string] {
  const { dataset, timeline } = given;
  if (dataset !== undefined) {
    if (timeline !== undefined && timeline !== dataset) {
      throw new InvalidInputError(
        "options.timeline: give the dataset once, as options.dataset (timeline is deprecated)",
      );
    }
    return [dataset, "dataset"];
  }
  if (timeline !== undefined) return [timeline, "timeline"];
  if (fallback === undefined) {
    throw new InvalidInputError(
      "options.dataset: is required (this entry point bundles no dataset)",
    );
  }
  return [fallback, "dataset"];
}
