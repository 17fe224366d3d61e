import { addDays, deadlines, formatDay, parseDay, validitySpans } from "../../index.js";
import { csvCell } from "../csv-cell.js";
import { UsageError } from "../input/errors.js";
import { commandArgs, dayOption } from "../args.js";
import { DATASET_HELP, DATASET_OPTIONS, datasetOption } from "../dataset-option.js";
import type { CliIo } from "../output.js";

export const TIMELINE_HELP = `Usage: afghan-refugees timeline [options]

Prints the validity spans of a document type (which decision governs which days, which
decisions were retroactive, where the gaps are), or the departure deadlines and enforcement
starts as a calendar. Every format names the day up to which the dataset's sources were read:
decisions after it are not known to it.

Options:
  --document TYPE   a document type decided by the dataset's records (bundled: por_card
                    (default), afghan_citizen_card, umrf_certificate); with --format ics, only
                    the events that concern its holders (default all)
  --known-at DAY    as known on this day (default: all)
  --format FORMAT   md (default), json, csv, hxl (CSV with an HXL hashtag row), ics (deadlines
                    and enforcement starts as calendar events)
${DATASET_HELP}
  -h, --help        Show this help
`;

const COLUMNS = [
  "from",
  "through",
  "status",
  "record",
  "announced",
  "retroactive",
  "days_late",
  "confidence",
  "sources",
  "reviewed_through",
];
const HXL = [
  "#date+start",
  "#date+end",
  "#status",
  "#meta+id",
  "#date+announced",
  "#indicator+retroactive",
  "#indicator+days_late",
  "#meta+confidence",
  "#meta+source",
  "#date+reviewed",
];

function icsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Folds an iCalendar line at 75 octets (RFC 5545, 3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + (start === 0 ? 75 : 74), bytes.length);
    while (end < bytes.length && ((bytes[end] as number) & 0xc0) === 0x80) end--; // keep UTF-8 whole
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
  }
  return parts.join("\r\n ");
}

/** "1 day late", "82 days late". */
function daysLate(n: number): string {
  return `${n} day${n === 1 ? "" : "s"} late`;
}

/** What a calendar event is called: the decision's name, or the start of its summary. */
function eventName(record: { name?: string; summary: string }): string {
  if (record.name !== undefined) return record.name;
  const words = record.summary.split(" ");
  let name = "";
  for (const w of words) {
    if ((name + w).length > 70) return `${name.trimEnd()}...`;
    name += `${w} `;
  }
  return name.trimEnd();
}

export async function timelineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = commandArgs(
    "timeline",
    argv,
    {
      document: { type: "string" },
      "known-at": { type: "string" },
      format: { type: "string" },
      ...DATASET_OPTIONS,
    },
    false,
  );
  if (values.help === true) {
    await io.stdout(TIMELINE_HELP);
    return 0;
  }
  const dataset = datasetOption("timeline", values);
  const types = dataset.documentTypes.filter((d) => d.validityRule === "timeline").map((d) => d.id);
  const type = (values.document ?? (types.includes("por_card") ? "por_card" : types[0])) as string;
  if (!types.includes(type)) {
    throw new UsageError(`timeline: --document must be one of ${types.join(", ") || "(none)"}`);
  }
  const knownAt = dayOption("timeline", "--known-at", values["known-at"]);
  const format = (values.format ?? "md") as string;
  const options = knownAt === undefined ? { dataset } : { knownAt, dataset };
  const version = dataset.meta.version;
  const reviewedThrough = dataset.meta.reviewedThrough;
  const reviewedText =
    reviewedThrough === null
      ? "The dataset does not say how far its sources were read: later decisions may be missing."
      : `The dataset's sources were read through ${reviewedThrough}: decisions after that day are not in it.`;

  if (format === "ics") {
    // With --document, only the events that concern its holders; without, every event.
    const events = deadlines({ from: "1900-01-01", to: "2999-12-31", ...options }).filter(
      (e) => values.document === undefined || e.targets.includes(type),
    );
    if (events.length === 0) {
      // RFC 5545 wants at least one component in a calendar: say there is nothing instead.
      io.stderr(
        `afghan-refugees: timeline: no departure deadline or enforcement start${values.document === undefined ? "" : ` concerns ${type}`}${knownAt === undefined ? "" : ` as known on ${knownAt}`}; no calendar written\n`,
      );
      return 0;
    }
    const stamp = `${dataset.meta.released.replace(/-/g, "")}T000000Z`;
    const reviewed = `Dataset ${version}; ${reviewedText}`;
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//afghan-refugees//deadlines//EN",
      "CALSCALE:GREGORIAN",
      fold(`X-WR-CALDESC:${icsText(reviewed)}`),
    ];
    for (const e of events) {
      const start = e.day.replace(/-/g, "");
      const end = formatDay(addDays(parseDay(e.day), 1)).replace(/-/g, "");
      const urls = e.record.sources
        .map((id) => dataset.sourcesById.get(id)?.url)
        .filter((u) => u !== undefined);
      lines.push(
        "BEGIN:VEVENT",
        `UID:${e.record.id}-${e.kind}@afghan-refugees`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${start}`,
        `DTEND;VALUE=DATE:${end}`,
        fold(
          `SUMMARY:${icsText(`${e.kind === "departure_deadline" ? "Last day to leave" : "Deportation begins"}: ${eventName(e.record)}`)}`,
        ),
        fold(
          `DESCRIPTION:${icsText(`${e.summary} Concerns: ${e.targets.join(", ")}. Decision: ${e.record.id}. Confidence: ${e.confidence}. Sources: ${urls.join(" ")}. ${reviewed}`)}`,
        ),
        "END:VEVENT",
      );
    }
    lines.push("END:VCALENDAR");
    await io.stdout(`${lines.join("\r\n")}\r\n`);
    return 0;
  }

  const spans = validitySpans(type, options).map((s) => ({
    from: s.from,
    through: s.through,
    status: s.status,
    record: s.record?.id ?? null,
    announced: s.record?.announced ?? null,
    retroactive: s.retroactive,
    daysLate: s.daysLate,
    confidence: s.confidence,
    sources: s.record?.sources ?? [],
  }));
  const rows = spans.map((s) => [
    s.from ?? "",
    s.through ?? "",
    s.status,
    s.record ?? "",
    s.announced ?? "",
    s.retroactive ? "yes" : "no",
    s.daysLate === null ? "" : String(s.daysLate),
    s.confidence,
    s.sources.join(" "),
    reviewedThrough ?? "",
  ]);
  if (format === "json") {
    await io.stdout(
      `${JSON.stringify({ document: type, knownAt: knownAt ?? null, dataset: version, reviewedThrough, spans }, null, 2)}\n`,
    );
  } else if (format === "csv" || format === "hxl") {
    const head = [COLUMNS.join(","), ...(format === "hxl" ? [HXL.join(",")] : [])];
    await io.stdout(`${[...head, ...rows.map((r) => r.map(csvCell).join(","))].join("\n")}\n`);
  } else if (format === "md") {
    const table = [
      `# ${type} validity${knownAt === undefined ? "" : ` as known on ${knownAt}`} (dataset ${version})`,
      "",
      reviewedText,
      "",
      "| from | through | status | decision | announced | retroactive | confidence |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...spans.map(
        (s) =>
          `| ${s.from ?? "(start)"} | ${s.through ?? "(open)"} | ${s.status} | ${s.record ?? "-"} | ${s.announced ?? "-"} | ${s.retroactive ? `yes, ${daysLate(s.daysLate ?? 0)}` : "no"} | ${s.confidence} |`,
      ),
    ];
    await io.stdout(`${table.join("\n")}\n`);
  } else {
    throw new UsageError("timeline: --format must be md, json, csv, hxl or ics");
  }
  return 0;
}
