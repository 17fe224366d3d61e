// `--dataset FILE` and `--records FILE`: the dataset a command answers from. A dataset file is
// the input of `createDataset` as JSON; a records file adds decisions and their sources on top
// (the bundled dataset, or the one of --dataset), as `extendDataset` does. A file that cannot be
// read, is not JSON, or does not make a dataset stops the command with one line naming the file
// and the path of the first problem (never a value), and exit code 2.
import { readFileSync, statSync } from "node:fs";
import {
  createDataset,
  datasets,
  extendDataset,
  InvalidInputError,
  pakistan,
  TimelineValidationError,
  type Dataset,
  type DatasetInput,
} from "../index.js";
import { UsageError } from "./input/errors.js";
import { safeName } from "./input/records.js";

/** The options, for `commandArgs`. */
export const DATASET_OPTIONS = {
  host: { type: "string" },
  dataset: { type: "string" },
  records: { type: "string" },
} as const;

/** Their lines in a command's help. */
export const DATASET_HELP = `  --host HOST            the host country: PK (default) or IR, the bundled datasets
  --dataset FILE         answer from a dataset of your own (JSON, the input of
                         createDataset) instead of a bundled one
  --records FILE         add decisions and their sources on top (JSON: { records,
                         sources, reviewedThrough? }, as extendDataset takes them)`;

/** The largest dataset or records file read (the bundled dataset is about 0.2 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

function readJson(command: string, option: string, path: string): unknown {
  const name = `${command}: ${option} ${safeName(path)}`;
  let text: string;
  try {
    if (statSync(path).size > MAX_BYTES) {
      throw new UsageError(`${name}: is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    }
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${name}: cannot be read`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // JSON.parse's message may quote the text: say only where.
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    throw new UsageError(
      `${name}: is not valid JSON${at === null ? "" : ` (at character ${at[1] ?? "?"})`}`,
    );
  }
}

/** One line for the problems of a dataset: the first, and how many more. */
function firstProblem(name: string, error: unknown): UsageError {
  if (error instanceof TimelineValidationError) {
    const [first, ...rest] = error.problems;
    const more =
      rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})`;
    return new UsageError(
      `${name}: ${first?.path ?? "(file)"}: ${first?.message ?? "invalid"}${more}`,
    );
  }
  if (error instanceof InvalidInputError) return new UsageError(`${name}: ${error.message}`);
  throw error;
}

/**
 * The dataset a command answers from: the bundled one, or that of `--dataset`, with the
 * decisions of `--records` on top.
 */
export function datasetOption(command: string, values: Readonly<Record<string, unknown>>): Dataset {
  const given = values.host;
  let host: string | undefined;
  let dataset = pakistan;
  if (given !== undefined) {
    const found = datasets.find((d) => d.meta.host === given);
    if (found === undefined) {
      throw new UsageError(
        `${command}: --host must be one of ${datasets.map((d) => d.meta.host).join(", ")}`,
      );
    }
    dataset = found;
    host = found.meta.host;
  }
  const datasetFile = values.dataset;
  if (typeof datasetFile === "string") {
    const input = readJson(command, "--dataset", datasetFile);
    try {
      dataset = createDataset(input as DatasetInput);
    } catch (error) {
      throw firstProblem(`${command}: --dataset ${safeName(datasetFile)}`, error);
    }
    if (host !== undefined && dataset.meta.host !== host) {
      throw new UsageError(
        `${command}: --dataset ${safeName(datasetFile)}: is a dataset of ${dataset.meta.host}, not of --host ${host}`,
      );
    }
  }
  const recordsFile = values.records;
  if (typeof recordsFile === "string") {
    const name = `${command}: --records ${safeName(recordsFile)}`;
    const input = readJson(command, "--records", recordsFile);
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw new UsageError(`${name}: expected an object { records, sources, reviewedThrough? }`);
    }
    try {
      dataset = extendDataset(dataset, input);
    } catch (error) {
      throw firstProblem(name, error);
    }
  }
  return dataset;
}
