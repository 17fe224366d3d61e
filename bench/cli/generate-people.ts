// Writes a file of synthetic person records, one JSON object per line, for the CLI benchmark:
//   tsx bench/cli/generate-people.ts [LINES] [PATH]
// (default 1,400,000 lines to bench/.data/people.ndjson). The people are those of the assess()
// benchmark (mostly PoR holders, then ACC holders, undocumented people, visa holders...), with
// the fields a case file carries besides: an id, a name and a phone number, all placeholders.
import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Person } from "../../src/index.js";
import { makePeople } from "../assess.bench.js";

export const DEFAULT_LINES = 1_400_000;
export const DEFAULT_PATH = "bench/.data/people.ndjson";
export const MIXED_PATH = "bench/.data/people-mixed.ndjson";

/** Iran's counterpart of each of Pakistan's documents, provinces and groups, for a mixed file. */
const IN_IRAN: Record<string, string> = {
  por_card: "amayesh_card",
  afghan_citizen_card: "headcount_slip_2022",
  umrf_certificate: "temporary_residence_card",
  tazkira: "exit_slip",
  unhcr_asylum_document: "headcount_slip_2017",
  passport_visa: "passport_visa",
  none: "none",
  "PK-KP": "IR-09",
  "PK-PB": "IR-23",
  "PK-SD": "IR-07",
  "PK-BA": "IR-11",
  "PK-IS": "IR-10",
  awaiting_resettlement: "school_children_family",
};

/** A person of the assess benchmark moved to Iran: the same shape, Iran's ids. */
function toIran(person: Person): Person {
  const to = (id: string) => IN_IRAN[id] ?? id;
  return {
    ...person,
    host: "IR",
    documents: person.documents.map((d) => ({ ...d, type: to(d.type) })),
    ...(person.location?.province === undefined
      ? {}
      : { location: { ...person.location, province: to(person.location.province) } }),
    ...(person.groups === undefined ? {} : { groups: person.groups.map(to) }),
  };
}

/**
 * Writes `lines` synthetic records to `path`; with `mixed`, every other record is of a person
 * in Iran (`host: "IR"`, Iran's documents, provinces and groups).
 */
export async function generatePeople(
  lines = DEFAULT_LINES,
  path = DEFAULT_PATH,
  mixed = false,
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let chunk = "";
  for (const [i, { person: inPakistan }] of makePeople(lines, 7).entries()) {
    const n = i + 1;
    const person = mixed && n % 2 === 0 ? toIran(inPakistan) : inPakistan;
    const record = {
      id: `case-${String(n).padStart(7, "0")}`,
      name: `Synthetic Person ${n}`,
      phone: "0000-0000000",
      ...person,
      ...(n % 5 === 0 ? { location: { ...person.location, district: "Synthetic District" } } : {}),
    };
    chunk += `${JSON.stringify(record)}\n`;
    if (chunk.length > 1 << 15) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

if (
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))
) {
  const lines = Number(process.argv[2] ?? DEFAULT_LINES);
  const path = process.argv[3] ?? DEFAULT_PATH;
  await generatePeople(lines, path);
  console.log(`wrote ${lines.toLocaleString("en")} synthetic person records to ${path}`);
}
