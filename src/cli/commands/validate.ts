import { JSON_SCHEMA_NAMES, toJsonSchema } from "../../schemas/index.js";
import * as z from "zod";
import { datasets, pakistan } from "../../index.js";
import { datasetSchemas } from "../../schemas/dataset-schemas.js";
import { JSON_SCHEMAS } from "../../schemas/json-schema.js";
import { coercerFor } from "../input/csv.js";
import { UsageError } from "../input/errors.js";
import { commandArgs } from "../args.js";
import { DATASET_HELP, DATASET_OPTIONS, datasetOption } from "../dataset-option.js";
import { checkFile, detectFormat, readRecords, safeName } from "../input/records.js";
import { ByteWriter, Progress, type CliIo } from "../output.js";
import { PersonRecordForCli } from "../person-schema.js";
import { formatProblem, problemsOf, type Problem } from "../problems.js";

export const VALIDATE_HELP = `Usage: afghan-refugees validate --schema NAME [options] FILE...

Checks every record of each file against a schema and reports every invalid record as
file:line: path: message. Files are streamed: JSON (one record or an array), NDJSON / JSON Lines,
and CSV (a header row; dotted column names such as documents.0.type for nested fields).
No message repeats a field value.

Options:
  --schema NAME          ${JSON_SCHEMA_NAMES.join(", ")}
  --input-format FORMAT  json, ndjson or csv (default: from the file extension)
  --format FORMAT        text (default), json (one JSON object per problem), github (annotations)
  --max-errors N         stop after N invalid records
${DATASET_HELP}
                         (person, held-document, location and the record schemas then
                         check the dataset's document types, provinces, targets and groups)
  -h, --help             Show this help

Exit codes: 0 all records valid, 1 a record is invalid, 2 usage or I/O error.
`;

export async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandArgs(
    "validate",
    argv,
    {
      schema: { type: "string" },
      "input-format": { type: "string" },
      format: { type: "string" },
      "max-errors": { type: "string" },
      ...DATASET_OPTIONS,
    },
    true,
  );
  if (values.help === true) {
    await io.stdout(VALIDATE_HELP);
    return 0;
  }
  const name = values.schema;
  if (typeof name !== "string" || !JSON_SCHEMA_NAMES.includes(name)) {
    throw new UsageError(`validate: --schema must be one of ${JSON_SCHEMA_NAMES.join(", ")}`);
  }
  const format = (values.format ?? "text") as string;
  if (format !== "text" && format !== "json" && format !== "github") {
    throw new UsageError("validate: --format must be text, json or github");
  }
  let maxErrors = Number.POSITIVE_INFINITY;
  if (values["max-errors"] !== undefined) {
    maxErrors = Number(values["max-errors"]);
    if (!Number.isInteger(maxErrors) || maxErrors < 1) {
      throw new UsageError("validate: --max-errors must be a whole number of at least 1");
    }
  }
  if (positionals.length === 0)
    throw new UsageError("validate: no file given; see validate --help");
  const inputFormat = values["input-format"] as string | undefined;
  const files = positionals.map((path) => ({ path, format: detectFormat(path, inputFormat) }));
  for (const f of files) checkFile(f.path);

  const dataset = datasetOption("validate", values);
  let schema: z.ZodType;
  // With a bundled dataset, a person record's own host decides (--host is the host of records
  // that name none); with one of one's own, every record is of its host.
  const bundled = datasets.includes(dataset);
  const defaultHost = bundled && dataset !== pakistan ? dataset.meta.host : undefined;
  if (dataset === pakistan || (bundled && name === "person")) {
    schema =
      name === "person" ? PersonRecordForCli : (JSON_SCHEMAS[name] as { schema: z.ZodType }).schema;
  } else {
    const own = datasetSchemas(dataset)[name] as z.ZodType;
    // As PersonRecordForCli: unknown top-level fields are dropped, not copied.
    schema = name === "person" ? z.object((own as typeof PersonRecordForCli).shape) : own;
  }
  const coerce = coercerFor(toJsonSchema(name));
  const out = new ByteWriter(io.stdout);
  const progress = new Progress(io);
  let records = 0;
  let invalid = 0;
  let stopped = false;
  const report = async (problems: Problem[]) => {
    for (const p of problems) await out.add(formatProblem(p, format));
  };

  for (const { path, format: inputFmt } of files) {
    const file = safeName(path);
    let inFile = 0;
    let headerProblems = 0;
    reading: for await (const batch of readRecords(
      path,
      inputFmt,
      inputFmt === "csv" ? coerce : undefined,
    )) {
      for (const item of batch) {
        if ("error" in item && item.header === true) {
          // A header that cannot name fields: the file's problem, not a record's.
          invalid++;
          headerProblems++;
          await report([{ file, line: item.line, path: "(header)", message: item.error }]);
          continue;
        }
        inFile++;
        records++;
        progress.tick(file, records);
        if ("error" in item) {
          invalid++;
          await report([{ file, line: item.line, path: "(record)", message: item.error }]);
        } else {
          const value = item.value;
          if (
            defaultHost !== undefined &&
            name === "person" &&
            typeof value === "object" &&
            value !== null &&
            !Array.isArray(value) &&
            (value as { host?: unknown }).host === undefined
          ) {
            (value as { host?: unknown }).host = defaultHost;
          }
          const result = schema.safeParse(value);
          if (!result.success) {
            invalid++;
            await report(problemsOf(result.error, item.value, file, item.line));
          }
        }
        if (invalid >= maxErrors) {
          stopped = true;
          break reading;
        }
      }
    }
    if (inFile === 0 && headerProblems === 0) {
      invalid++;
      await report([{ file, line: 1, path: "(file)", message: "no records found" }]);
    }
    if (stopped) break;
  }
  progress.done();
  const summary = `${records} record${records === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}: ${invalid} invalid${stopped ? ` (stopped after ${invalid} invalid records)` : ""}`;
  if (format === "json") {
    await out.add(
      `${JSON.stringify({ summary: { files: files.length, records, invalid, stopped } })}\n`,
    );
  }
  await out.close();
  io.stderr(`${summary}\n`);
  return invalid === 0 ? 0 : 1;
}
