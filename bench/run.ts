// `npm run bench`: runs every benchmark and writes bench/RESULTS.md.
import { writeFileSync } from "node:fs";
import { machine } from "./harness.js";
import * as validity from "./validity.bench.js";

const sections: string[] = [];
for (const [title, bench] of [["documentValidity, 1.4 million mixed queries", validity]] as const) {
  console.log(`\n## ${title}`);
  const { lines } = bench.run();
  for (const line of lines) console.log(line);
  sections.push(`## ${title}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`);
}

const header = `# Benchmark results\n\nWritten by \`npm run bench\` on ${machine()}.\nEach figure is the median of several rounds after a warm-up; ratios compare runs in the same process.\n`;
writeFileSync("bench/RESULTS.md", `${header}\n${sections.join("\n")}`);
console.log("\nwrote bench/RESULTS.md");
