import {
  DATASET_VERSION,
  pakistan,
  DOCUMENT_TYPES,
  documentTypes,
  documentValidity,
  exposure,
  type DocumentType,
  type HeldDocument,
} from "../../index.js";
import { UsageError } from "../input/errors.js";
import { commandArgs, dayOption } from "../args.js";
import type { CliIo } from "../output.js";

export const STATUS_HELP = `Usage: afghan-refugees status --document TYPE [options]

Says whether a document is valid on a day and what the state may do to its holder, with the
decisions and sources behind the answer, and warns when the day is after the last day the
dataset's sources were read through (later decisions are not known to it).

Options:
  --document TYPE       ${DOCUMENT_TYPES.join(", ")}
  --valid-through DAY   the holder's own last valid day, for passport_visa (YYYY-MM-DD)
  --on DAY              the day (YYYY-MM-DD; default: today in Asia/Karachi)
  --known-at DAY        use only decisions announced by this day (default: all)
  --format FORMAT       text (default) or json
  -h, --help            Show this help
`;

export async function statusCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = commandArgs(
    "status",
    argv,
    {
      document: { type: "string" },
      "valid-through": { type: "string" },
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
  const validThrough = dayOption("status", "--valid-through", values["valid-through"]);
  if (validThrough !== undefined && documentTypes[type as DocumentType].validityRule !== "holder") {
    throw new UsageError(
      "status: --valid-through is the holder's own end day, for --document passport_visa only",
    );
  }
  const on = dayOption("status", "--on", values.on) ?? io.today();
  const knownAt = dayOption("status", "--known-at", values["known-at"]);
  const options = knownAt === undefined ? { on } : { on, knownAt };
  const doc: HeldDocument =
    validThrough === undefined ? { type: type } : { type: type, validThrough };
  const validity = documentValidity(doc, options);
  const exp = exposure({ documents: [doc] }, options);
  const records = [...new Set([...validity.basis, ...exp.basis])];
  const cited = [...new Set(records.flatMap((r) => r.sources))].map((id) => ({
    id,
    source: pakistan.sourcesById.get(id),
  }));
  if (format === "json") {
    await io.stdout(
      `${JSON.stringify(
        {
          document: doc.type,
          on,
          knownAt: knownAt ?? null,
          dataset: DATASET_VERSION,
          reviewedThrough: exp.reviewedThrough,
          beyondReview: exp.beyondReview,
          validity,
          exposure: exp,
          sources: cited.map((c) => c.source ?? { id: c.id }),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const info = documentTypes[doc.type as DocumentType];
  const lines = [
    `${info.name} on ${on}${knownAt === undefined ? "" : `, as known on ${knownAt}`} (dataset ${DATASET_VERSION})`,
    ...(exp.beyondReview
      ? [
          "",
          `Warning: this dataset's sources were read through ${exp.reviewedThrough ?? "(not said)"}. Decisions announced after that day are not known to it, so this answer may be out of date: check the sources below and any later news.`,
        ]
      : []),
    "",
    `Validity: ${validity.status}${validity.validThrough === null ? "" : ` (${validity.status === "valid" ? "through" : "last valid day"} ${validity.validThrough})`}, ${validity.confidence} confidence`,
    `  ${validity.summary}`,
    `Exposure: ${exp.status}${exp.phase === null ? "" : `, phase ${exp.phase}`}${exp.deadline === null ? "" : `, departure deadline ${exp.deadline}`}, ${exp.confidence} confidence`,
    `  ${exp.summary}`,
    ...(exp.notices.length === 0
      ? []
      : ["", "Notices:", ...exp.notices.map((n) => `  ${n.id} (${n.announced}): ${n.summary}`)]),
    "",
    `Decisions: ${records.map((r) => r.id).join(", ") || "none"}`,
    "Sources:",
    ...(cited.length === 0
      ? ["  none"]
      : cited.map(({ id, source }) =>
          source === undefined
            ? `  [${id}]`
            : `  [${id}] ${source.publisher}${source.via === undefined ? "" : ` (via ${source.via})`}, "${source.title}", ${source.published ?? "no date shown"}, ${source.url}`,
        )),
    "",
    "Not legal advice: check the cited sources before you act on an answer.",
  ];
  await io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
