// `npm run bench`: runs every benchmark, each in its own Node process (so that one benchmark's
// garbage does not slow the next one's collector), and writes bench/RESULTS.md. Within a
// process, each benchmark measures its subject and its baseline one after the other.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { machine } from "./harness.js";

const BENCHES = [
  ["documentValidity, 1.4 million mixed queries", "validity.bench.ts"],
  ["screenRisk, 1.4 million synthetic profiles", "risk.bench.ts"],
  ["assess, 1.4 million synthetic people", "assess.bench.ts"],
  ["the CLI: validate and assess on a 1.4 million-line NDJSON file", "cli.bench.ts"],
] as const;

const sections: string[] = [];
for (const [title, file] of BENCHES) {
  console.log(`\n## ${title}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/one.ts", file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) {
    console.error(`${file} failed`);
    process.exit(1);
  }
  const lines = JSON.parse(r.stdout) as string[];
  for (const line of lines) console.log(line);
  sections.push(`## ${title}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`);
}

const header = `# Benchmark results\n\nWritten by \`npm run bench\` on ${machine()}.\nEach figure is the median of several rounds after a warm-up; each benchmark runs in its own process, and its ratio compares it with a baseline run in that same process.\n`;
writeFileSync("bench/RESULTS.md", `${header}\n${sections.join("\n")}`);
console.log("\nwrote bench/RESULTS.md");
