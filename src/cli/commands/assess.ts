import { toJsonSchema } from "../../schemas/index.js";
import type { Dataset, ReviewState } from "../../index.js";
import { BatchAssessor, type AssessSettings, type BatchResult } from "../assess-batch.js";
import { coercerFor } from "../input/csv.js";
import { UsageError } from "../input/errors.js";
import { commandArgs, dayOption } from "../args.js";
import { DATASET_HELP, DATASET_OPTIONS, datasetOption } from "../dataset-option.js";
import { checkFile, detectFormat, readRecords, safeName } from "../input/records.js";
import { ByteWriter, Progress, type CliIo } from "../output.js";
import { CSV_COLUMNS } from "./assessment-output.js";

export const ASSESS_HELP = `Usage: afghan-refugees assess [options] FILE

Reads person records ({ id, documents, host?, profile?, location?, groups? }) and writes one assessment
per record: each document's validity, exposure to deportation, matched risk profiles and UNHCR
specific-needs codes. Streamed; invalid records are reported on stderr and skipped. The only
input value repeated is the record's id: use internal, pseudonymous ids. Every line says how
far the dataset's sources were read (reviewedThrough) and whether the day is after that
(beyondReview); a warning on stderr says so once per dataset. A record's host (PK or IR)
picks the bundled dataset it is assessed with; --host sets it for records that name none, so a
file may mix people in Pakistan and in Iran.

Options:
  --on DAY               the day to assess (YYYY-MM-DD; default: today in the dataset's
                         time zone, Asia/Karachi for the bundled one)
  --known-at DAY         use only decisions announced by this day (default: all)
  --input-format FORMAT  json, ndjson or csv (default: from the file extension)
  --format FORMAT        ndjson (default) or csv
${DATASET_HELP}
  -h, --help             Show this help

Exit codes: 0 all records assessed, 1 a record is invalid, 2 usage or I/O error.
`;

export async function assessCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandArgs(
    "assess",
    argv,
    {
      on: { type: "string" },
      "known-at": { type: "string" },
      "input-format": { type: "string" },
      format: { type: "string" },
      ...DATASET_OPTIONS,
    },
    true,
  );
  if (values.help === true) {
    await io.stdout(ASSESS_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError("assess: give exactly one FILE; see assess --help");
  const path = positionals[0] as string;
  const format = (values.format ?? "ndjson") as string;
  if (format !== "ndjson" && format !== "csv")
    throw new UsageError("assess: --format must be ndjson or csv");
  const dataset = datasetOption("assess", values);
  const on = dayOption("assess", "--on", values.on) ?? io.today(dataset.meta.timeZone);
  const knownAt = dayOption("assess", "--known-at", values["known-at"]);
  const inputFormat = detectFormat(path, values["input-format"] as string | undefined);
  checkFile(path);
  const warn = (review: ReviewState) => {
    if (!review.beyondReview) return;
    io.stderr(
      `afghan-refugees: warning: --on or --known-at is after ${review.reviewedThrough ?? "the day"}, the last day the sources of the dataset of ${review.host} were read through: decisions after it are not known to this release, and no answer is above medium confidence\n`,
    );
  };
  const settings: AssessSettings = {
    on,
    knownAt,
    format: format,
    file: safeName(path),
    dataset,
    onDataset: warn,
  };
  const assessor = new BatchAssessor(settings);
  const file = settings.file;
  const coerce = inputFormat === "csv" ? coercerFor(toJsonSchema("person")) : undefined;
  const out = new ByteWriter(io.stdout);
  const progress = new Progress(io);
  if (format === "csv") await out.add(`${CSV_COLUMNS.join(",")}\n`);
  let records = 0;
  let invalid = 0;
  const seen = { headerProblem: false };
  const take = async (result: BatchResult): Promise<void> => {
    records += result.records;
    invalid += result.invalid;
    if (result.header) seen.headerProblem = true;
    progress.tick(file, records);
    if (result.problems !== "") io.stderr(result.problems);
    const wrote = out.addLent(result.output);
    if (wrote !== undefined) await wrote;
  };

  for await (const batch of readRecords(path, inputFormat, coerce)) {
    await take(assessor.items(batch));
  }
  progress.done();
  await out.close();
  if (records === 0) {
    // A header that could not be read was said already, in its own line.
    if (!seen.headerProblem) io.stderr(`${file}: no records found\n`);
    return 1;
  }
  io.stderr(
    `${records - invalid} of ${records} records assessed on ${on}${knownAt === undefined ? "" : ` as known on ${knownAt}`} (${datasetsLine(assessor.used, dataset)})${invalid > 0 ? `; ${invalid} invalid` : ""}\n`,
  );
  return invalid === 0 ? 0 : 1;
}

/** The datasets a run used, for its summary: the version alone when only Pakistan's was. */
function datasetsLine(used: readonly { host: string; version: string }[], chosen: Dataset): string {
  const list =
    used.length === 0 ? [{ host: chosen.meta.host, version: chosen.meta.version }] : used;
  if (list.length === 1 && list[0]?.host === "PK") return `dataset ${list[0].version}`;
  return `${list.length > 1 ? "datasets" : "dataset"} ${list.map((u) => `${u.host} ${u.version}`).join(", ")}`;
}
