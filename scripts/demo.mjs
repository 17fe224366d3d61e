#!/usr/bin/env node
// `npm run demo`: runs the built command-line tool on the bundled synthetic data (examples/).
import { spawnSync } from "node:child_process";

// [arguments, the exit code expected]: people.ndjson ends with an invalid record on purpose.
const steps = [
  [["--version"], 0],
  [["validate", "--schema", "person", "examples/people.ndjson"], 1],
  [["validate", "--schema", "return-flow", "examples/flows.csv"], 0],
  [["assess", "--on", "2025-09-02", "--format", "csv", "examples/people.ndjson"], 1],
  [["status", "--document", "por_card", "--on", "2025-09-02"], 0],
  [["timeline", "--document", "afghan_citizen_card"], 0],
];
for (const [args, expected] of steps) {
  console.log(`$ afghan-refugees ${args.join(" ")}`);
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], { stdio: "inherit" });
  console.log(`(exit code ${r.status})\n`);
  if (r.status !== expected) {
    console.error(`demo: expected exit code ${expected}`);
    process.exit(1);
  }
}
