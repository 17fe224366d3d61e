import {
  DATASET_VERSION,
  DOCUMENT_TYPES,
  documentTypes,
  documentValidity,
  exposure,
  type DocumentType,
} from "../../index.js";
import { UsageError } from "../input/errors.js";
import { commandArgs, dayOption } from "../args.js";
import type { CliIo } from "../output.js";

export const STATUS_HELP = `Usage: afghan-refugees status --document TYPE [options]

Says whether a document is valid on a day and what the state may do to its holder, with the
decisions and sources behind the answer.

Options:
  --document TYPE   ${DOCUMENT_TYPES.join(", ")}
  --on DAY          the day (YYYY-MM-DD; default: today in Asia/Karachi)
  --known-at DAY    use only decisions announced by this day (default: all)
  --format FORMAT   text (default) or json
  -h, --help        Show this help
`;

export async function statusCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = commandArgs(
    "status",
    argv,
    {
      document: { type: "string" },
      on: { type: "string" },
      "known-at": { type: "string" },
      format: { type: "string" },
    },
    false,
  );
  if (values.help === true) {
    await io.stdout(STATUS_HELP);
    return 0;
  }
  const type = values.document;
  if (typeof type !== "string" || !(DOCUMENT_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`status: --document must be one of ${DOCUMENT_TYPES.join(", ")}`);
  }
  const format = (values.format ?? "text") as string;
  if (format !== "text" && format !== "json")
    throw new UsageError("status: --format must be text or json");
  const on = dayOption("status", "--on", values.on) ?? io.today();
  const knownAt = dayOption("status", "--known-at", values["known-at"]);
  const options = knownAt === undefined ? { on } : { on, knownAt };
  const doc = type as DocumentType;
  const validity = documentValidity(doc, options);
  const exp = exposure({ documents: [{ type: doc }] }, options);
  if (format === "json") {
    await io.stdout(
      `${JSON.stringify({ document: doc, on, knownAt: knownAt ?? null, dataset: DATASET_VERSION, validity, exposure: exp }, null, 2)}\n`,
    );
    return 0;
  }
  const info = documentTypes[doc];
  const sourceIds = [...new Set([...validity.basis, ...exp.basis].flatMap((r) => r.sources))];
  const lines = [
    `${info.name} on ${on}${knownAt === undefined ? "" : `, as known on ${knownAt}`} (dataset ${DATASET_VERSION})`,
    "",
    `Validity: ${validity.status}${validity.validThrough === null ? "" : ` (${validity.status === "valid" ? "through" : "last valid day"} ${validity.validThrough})`}, ${validity.confidence} confidence`,
    `  ${validity.summary}`,
    `Exposure: ${exp.status}${exp.phase === null ? "" : `, phase ${exp.phase}`}${exp.deadline === null ? "" : `, departure deadline ${exp.deadline}`}, ${exp.confidence} confidence`,
    `  ${exp.summary}`,
    "",
    `Decisions: ${[...new Set([...validity.basis, ...exp.basis].map((r) => r.id))].join(", ") || "none"}`,
    `Sources: ${sourceIds.join(", ") || "none"}`,
    "",
    "Not legal advice: check the cited sources before you act on an answer.",
  ];
  await io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
