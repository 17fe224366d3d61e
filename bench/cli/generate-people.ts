// Writes a file of synthetic person records, one JSON object per line, for the CLI benchmark:
//   tsx bench/cli/generate-people.ts [LINES] [PATH]
// (default 1,400,000 lines to bench/.data/people.ndjson). The people are those of the assess()
// benchmark (mostly PoR holders, then ACC holders, undocumented people, visa holders...), with
// the fields a case file carries besides: an id, a name and a phone number, all placeholders.
import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { makePeople } from "../assess.bench.js";

export const DEFAULT_LINES = 1_400_000;
export const DEFAULT_PATH = "bench/.data/people.ndjson";

/** Writes `lines` synthetic records to `path`. */
export async function generatePeople(lines = DEFAULT_LINES, path = DEFAULT_PATH): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let chunk = "";
  for (const [i, { person }] of makePeople(lines, 7).entries()) {
    const n = i + 1;
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
