// The work of `assess` on a batch of records: check each record, assess it, and write its line
// (or its problems).
import { assessAt } from "../assess/assess.js";
import type { Compiled } from "../dataset/compiled.js";
import { queryDays } from "../documents/document-validity.js";
import * as z from "zod";
import type { Shared } from "../exposure/exposure.js";
import { datasets, riskData, type Dataset, type QueryOptions, type ReviewState } from "../index.js";
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
  /**
   * The dataset to answer from: a bundled one (then a record's own `host` picks another bundled
   * dataset, and this one's host is the default of records that name none), or one of one's own
   * (then every record is of its host).
   */
  dataset: Dataset;
  /** Called once for each dataset a run answers from, when it first does. */
  onDataset?: (review: ReviewState, dataset: Dataset) => void;
}

/** What answers for one host in a run: its dataset, tables, output and review. */
interface Lane {
  dataset: Dataset;
  compiled: Compiled;
  output: AssessmentOutput;
  review: ReviewState;
  /** How many records it has assessed. */
  assessed: number;
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
  readonly #risk: CompiledRisk;
  readonly #schema: typeof PersonRecordForCli;
  /** Whether records may name any bundled host (the dataset is a bundled one). */
  readonly #bundled: boolean;
  /** The host of records that name none. */
  readonly #defaultHost: string;
  readonly #lanes = new Map<string, Lane>();
  /** How far the default dataset's sources were read, and whether this run's days are after. */
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
    // The days are the same for every record of the run: read them once.
    const { on, knownAt } = queryDays(this.#options, settings.dataset);
    this.#on = on;
    this.#knownAt = knownAt;
    this.#risk = compiledRisk(riskData);
    this.#bundled = datasets.includes(settings.dataset);
    this.#defaultHost = settings.dataset.meta.host;
    this.review = this.#lane(settings.dataset).review;
    // Records are checked against their host's document types, subdivisions and groups.
    this.#schema = this.#bundled
      ? PersonRecordForCli
      : z.object((datasetSchemas(settings.dataset).person as typeof PersonRecordForCli).shape);
  }

  /** The hosts this run has assessed records for, with the version of each one's dataset. */
  get used(): readonly { host: string; version: string }[] {
    return [...this.#lanes.values()]
      .filter((l) => l.assessed > 0)
      .map((l) => ({
        host: l.dataset.meta.host,
        version: l.dataset.meta.version,
      }));
  }

  /** The lane of a dataset, made when a run first answers from it. */
  #lane(dataset: Dataset): Lane {
    let lane = this.#lanes.get(dataset.meta.host);
    if (lane === undefined) {
      const { compiled } = queryDays(this.#options, dataset);
      const review: ReviewState = {
        host: compiled.review.host,
        reviewedThrough: compiled.review.text,
        beyondReview: isBeyondReview(compiled.review, this.#on, this.#knownAt),
      };
      const output = new AssessmentOutput(
        this.#settings.on,
        this.#settings.knownAt,
        review,
        dataset,
      );
      lane = { dataset, compiled, output, review, assessed: 0 };
      this.#lanes.set(dataset.meta.host, lane);
      this.#settings.onDataset?.(review, dataset);
    }
    return lane;
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
      const value = item.value;
      // A record that names no host is of the run's default host.
      if (
        this.#bundled &&
        this.#defaultHost !== "PK" &&
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        (value as { host?: unknown }).host === undefined
      ) {
        (value as { host?: unknown }).host = this.#defaultHost;
      }
      const parsed = this.#schema.safeParse(value);
      if (!parsed.success) {
        invalid++;
        for (const p of problemsOf(parsed.error, item.value, file, item.line))
          problems += formatProblem(p, "text");
        continue;
      }
      const record = parsed.data;
      const host = record.host ?? this.#defaultHost;
      const lane =
        host === this.#defaultHost
          ? (this.#lanes.get(host) as Lane)
          : this.#lane(datasets.find((d) => d.meta.host === host) as Dataset);
      lane.assessed++;
      // The schema accepts no more than the library's own checks: no need to check again.
      const assessment = assessAt(
        record,
        this.#on,
        this.#knownAt,
        lane.compiled,
        this.#risk,
        this.#shared,
      );
      if (format === "ndjson") {
        lane.output.ndjsonInto(
          bytes,
          item.line,
          record.id,
          record.documents,
          assessment,
          this.#shared.shared,
        );
      } else {
        bytes.text(lane.output.csv(item.line, record.id, record.documents, assessment));
      }
    }
    return { output: bytes.bytes, problems, records, invalid, header };
  }
}
