// The baseline of the CLI benchmark: read a file line by line and JSON.parse each line, nothing
// else. Usage: node bench/cli/baseline.mjs FILE
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let records = 0;
let fields = 0;
const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  if (line === "") continue;
  const value = JSON.parse(line);
  fields += typeof value === "object" && value !== null ? 1 : 0;
  records++;
}
process.stderr.write(`${records} records (${fields} objects)\n`);
