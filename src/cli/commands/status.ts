import { DOCUMENT_TYPES, documentValidity, exposure, type HeldDocument } from "../../index.js";
import { UsageError } from "../input/errors.js";
import { commandArgs, dayOption } from "../args.js";
import { DATASET_HELP, DATASET_OPTIONS, datasetOption } from "../dataset-option.js";
import { solarHijri } from "../solar-hijri.js";
import type { CliIo } from "../output.js";

export const STATUS_HELP = `Usage: afghan-refugees status --document TYPE [options]

Says whether a document is valid on a day and what the state may do to its holder, with the
decisions and sources behind the answer, and warns when the day is after the last day the
dataset's sources were read through (later decisions are not known to it). For Iran (--host
IR), days are also given in the Solar Hijri calendar, in which Iran dates its decisions.

Options:
  --document TYPE        a document type of the dataset (PK: ${DOCUMENT_TYPES.join(", ")};
                         IR: amayesh_card, headcount_slip_2022, temporary_residence_card, ...)
  --valid-through DAY    the holder's own last valid day, for a visa (YYYY-MM-DD)
  --on DAY               the day (YYYY-MM-DD; default: today in the dataset's time zone,
                         Asia/Karachi for the bundled one)
  --known-at DAY         use only decisions announced by this day (default: all)
  --format FORMAT        text (default) or json
${DATASET_HELP}
  -h, --help             Show this help
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
      ...DATASET_OPTIONS,
    },
    false,
  );
  if (values.help === true) {
    await io.stdout(STATUS_HELP);
    return 0;
  }
  const dataset = datasetOption("status", values);
  const type = values.document;
  const info = dataset.documentTypes.find((d) => d.id === type);
  if (typeof type !== "string" || info === undefined) {
    const ids = dataset.documentTypes.map((d) => d.id).join(", ");
    throw new UsageError(`status: --document must be one of ${ids}`);
  }
  const format = (values.format ?? "text") as string;
  if (format !== "text" && format !== "json")
    throw new UsageError("status: --format must be text or json");
  const validThrough = dayOption("status", "--valid-through", values["valid-through"]);
  if (validThrough !== undefined && info.validityRule !== "holder") {
    const holders = dataset.documentTypes.filter((d) => d.validityRule === "holder");
    throw new UsageError(
      `status: --valid-through is the holder's own end day, for --document ${holders.map((d) => d.id).join(" or ") || "(none in this dataset)"} only`,
    );
  }
  const on = dayOption("status", "--on", values.on) ?? io.today(dataset.meta.timeZone);
  const knownAt = dayOption("status", "--known-at", values["known-at"]);
  const options = knownAt === undefined ? { on, dataset } : { on, knownAt, dataset };
  const doc: HeldDocument =
    validThrough === undefined ? { type: type } : { type: type, validThrough };
  const validity = documentValidity(doc, options);
  const exp = exposure({ documents: [doc] }, options);
  const records = [...new Set([...validity.basis, ...exp.basis])];
  const cited = [...new Set(records.flatMap((r) => r.sources))].map((id) => ({
    id,
    source: dataset.sourcesById.get(id),
  }));
  // Iran dates its decisions in the Solar Hijri calendar: show that date beside each day.
  const hijri = dataset.meta.host === "IR";
  const sh = (day: string | null): string => {
    if (!hijri || day === null) return "";
    const text = solarHijri(day);
    return text === undefined ? "" : ` (${text})`;
  };
  const solarDates = hijri
    ? {
        solarHijri: {
          on: solarHijri(on) ?? null,
          validThrough:
            validity.validThrough === null ? null : (solarHijri(validity.validThrough) ?? null),
          deadline: exp.deadline === null ? null : (solarHijri(exp.deadline) ?? null),
        },
      }
    : {};
  if (format === "json") {
    await io.stdout(
      `${JSON.stringify(
        {
          document: doc.type,
          on,
          knownAt: knownAt ?? null,
          host: dataset.meta.host,
          dataset: dataset.meta.version,
          ...solarDates,
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
  const lines = [
    `${info.name} on ${on}${sh(on)}${knownAt === undefined ? "" : `, as known on ${knownAt}${sh(knownAt)}`} (${dataset.meta.host === "PK" ? "" : `${dataset.meta.name}, `}dataset ${dataset.meta.version})`,
    ...(exp.beyondReview
      ? [
          "",
          `Warning: this dataset's sources were read through ${exp.reviewedThrough ?? "(not said)"}. Decisions announced after that day are not known to it, so this answer may be out of date: check the sources below and any later news.`,
        ]
      : []),
    "",
    `Validity: ${validity.status}${validity.validThrough === null ? "" : ` (${validity.status === "valid" ? "through" : "last valid day"} ${validity.validThrough}${sh(validity.validThrough)})`}, ${validity.confidence} confidence`,
    `  ${validity.summary}`,
    `Exposure: ${exp.status}${exp.phase === null ? "" : `, phase ${exp.phase}`}${exp.deadline === null ? "" : `, departure deadline ${exp.deadline}${sh(exp.deadline)}`}, ${exp.confidence} confidence`,
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
