// The work of `assess` on a batch of records: check each record, assess it, and write its line
// (or its problems).
import { assessAt } from "../assess/assess.js";
import type { Compiled } from "../dataset/compiled.js";
import { queryDays } from "../documents/document-validity.js";
import * as z from "zod";
import type { Shared } from "../exposure/exposure.js";
import { pakistan, riskData, type Dataset, type QueryOptions, type ReviewState } from "../index.js";
import { compiledRisk, type CompiledRisk } from "../risk/risk-data.js";
import { datasetSchemas } from "../schemas/dataset-schemas.js";
import { isBeyondReview } from "../timeline/review.js";
import { ByteBatch } from "./byte-batch.js";
import { AssessmentOutput } from "./commands/assessment-output.js";
import type { RecordItem } from "./input/records.js";
import { PersonRecordForCli } from "./person-schema.js";
import { formatProblem, problemsOf } from "./problems.js";

/** What a run of `assess` is asked for. */
export interface AssessSettings {
  on: string;
  knownAt?: string | undefined;
  format: "ndjson" | "csv";
  /** The file name as printed in problems. */
  file: string;
  /** The dataset to answer from. */
  dataset: Dataset;
}

/**
 * What a batch gives: the output as UTF-8 bytes (lent: valid until the next batch is assessed),
 * the problems text (for stderr) and counts.
 */
export interface BatchResult {
  output: Uint8Array;
  problems: string;
  records: number;
  invalid: number;
  /** Whether the file's header could not be read (then no record of it is). */
  header: boolean;
}

/** Assesses batches of records for one run. */
export class BatchAssessor {
  readonly #settings: AssessSettings;
  readonly #options: QueryOptions;
  readonly #on: number;
  readonly #knownAt: number | undefined;
  readonly #compiled: Compiled;
  readonly #risk: CompiledRisk;
  readonly #output: AssessmentOutput;
  readonly #schema: typeof PersonRecordForCli;
  /** How far the dataset's sources were read, and whether this run's days are after that. */
  readonly review: ReviewState;
  readonly #bytes = new ByteBatch();
  /** Whether the last answer is shared with everyone in the same situation (set by the library). */
  readonly #shared: Shared = { shared: false };

  constructor(settings: AssessSettings) {
    this.#settings = settings;
    this.#options =
      settings.knownAt === undefined
        ? { on: settings.on }
        : { on: settings.on, knownAt: settings.knownAt };
    // The days and the data are the same for every record of the run: read them once.
    const { on, knownAt, compiled } = queryDays(this.#options, settings.dataset);
    this.#on = on;
    this.#knownAt = knownAt;
    this.#compiled = compiled;
    this.#risk = compiledRisk(riskData);
    // How current the answers are is the same for every record of the run.
    this.review = {
      host: compiled.review.host,
      reviewedThrough: compiled.review.text,
      beyondReview: isBeyondReview(compiled.review, on, knownAt),
    };
    this.#output = new AssessmentOutput(
      settings.on,
      settings.knownAt,
      this.review,
      settings.dataset,
    );
    // Records are checked against the dataset's document types, subdivisions and groups.
    this.#schema =
      settings.dataset === pakistan
        ? PersonRecordForCli
        : z.object((datasetSchemas(settings.dataset).person as typeof PersonRecordForCli).shape);
  }

  /** Assesses records already read. */
  items(items: readonly RecordItem[]): BatchResult {
    const { file, format } = this.#settings;
    const bytes = this.#bytes;
    bytes.reset();
    let problems = "";
    let invalid = 0;
    let records = 0;
    let header = false;
    for (const item of items) {
      if ("error" in item) {
        const isHeader = item.header === true;
        header ||= isHeader;
        if (!isHeader) {
          records++;
          invalid++;
        }
        problems += formatProblem(
          { file, line: item.line, path: isHeader ? "(header)" : "(record)", message: item.error },
          "text",
        );
        continue;
      }
      records++;
      const parsed = this.#schema.safeParse(item.value);
      if (!parsed.success) {
        invalid++;
        for (const p of problemsOf(parsed.error, item.value, file, item.line))
          problems += formatProblem(p, "text");
        continue;
      }
      const record = parsed.data;
      // The schema accepts no more than the library's own checks: no need to check again.
      const assessment = assessAt(
        record,
        this.#on,
        this.#knownAt,
        this.#compiled,
        this.#risk,
        this.#shared,
      );
      if (format === "ndjson") {
        this.#output.ndjsonInto(
          bytes,
          item.line,
          record.id,
          record.documents,
          assessment,
          this.#shared.shared,
        );
      } else {
        bytes.text(this.#output.csv(item.line, record.id, record.documents, assessment));
      }
    }
    return { output: bytes.bytes, problems, records, invalid, header };
  }
}
