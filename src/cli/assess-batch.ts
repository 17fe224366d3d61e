// The work of `assess` on a batch of records: check each record, assess it, and write its line
// (or its problems).
import { assess, type Person, type QueryOptions } from "../index.js";
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
}

/**
 * What a batch gives: the output (text, or UTF-8 bytes that are shared and must be copied, not
 * kept), the problems text (for stderr) and counts.
 */
export interface BatchResult {
  output: (string | Uint8Array)[];
  problems: string;
  records: number;
  invalid: number;
}

/** Assesses batches of records for one run. */
export class BatchAssessor {
  readonly #settings: AssessSettings;
  readonly #options: QueryOptions;
  readonly #output: AssessmentOutput;

  constructor(settings: AssessSettings) {
    this.#settings = settings;
    this.#options =
      settings.knownAt === undefined
        ? { on: settings.on }
        : { on: settings.on, knownAt: settings.knownAt };
    this.#output = new AssessmentOutput(settings.on, settings.knownAt);
  }

  /** Assesses records already read. */
  items(items: readonly RecordItem[]): BatchResult {
    const { file, format } = this.#settings;
    const output: (string | Uint8Array)[] = [];
    let problems = "";
    let invalid = 0;
    for (const item of items) {
      if ("error" in item) {
        invalid++;
        problems += formatProblem(
          { file, line: item.line, path: "(record)", message: item.error },
          "text",
        );
        continue;
      }
      const parsed = PersonRecordForCli.safeParse(item.value);
      if (!parsed.success) {
        invalid++;
        for (const p of problemsOf(parsed.error, item.value, file, item.line))
          problems += formatProblem(p, "text");
        continue;
      }
      const record = parsed.data;
      const types = record.documents.map((d) => d.type);
      const assessment = assess(record as Person, this.#options);
      if (format === "ndjson") {
        const [head, tail] = this.#output.ndjsonParts(item.line, record.id, types, assessment);
        output.push(head, tail);
      } else {
        output.push(this.#output.csv(item.line, record.id, types, assessment));
      }
    }
    return { output, problems, records: items.length, invalid };
  }
}
