// `npm run data:check [-- DIR]`: checks the dataset (default `data/`) and prints each problem as
// `file: id: problem`; exits 1 when there is one, 2 when the folder cannot be read.
import { existsSync } from "node:fs";
import { checkDataset, formatProblem } from "./data/check.js";
import { HOSTS, readDataFiles } from "./data/files.js";

const dir = process.argv[2] ?? "data";
if (!existsSync(dir)) {
  console.error(`data:check: no such folder: ${dir}`);
  process.exit(2);
}
const { files, errors } = readDataFiles({ dir });
const problems = checkDataset(files, errors);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  process.exitCode = 1;
} else {
  const count = (path: string) => {
    const v = files.find((f) => f.path === path)?.value;
    return Array.isArray(v) ? v.length : 0;
  };
  const records = files
    .filter((f) => /^[a-z]+\/(validity|exposure)\//.test(f.path))
    .reduce((n, f) => n + (Array.isArray(f.value) ? f.value.length : 0), 0);
  const hosts = HOSTS.map(
    (h) => `${h}: ${count(`${h}/sources.json`)} sources, ${count(`${h}/figures.json`)} figures`,
  );
  console.log(
    `data:check: ok (${records} records; ${hosts.join("; ")}; risk: ${count("risk/sources.json")} sources)`,
  );
}
