#!/usr/bin/env node
// `npm run demo`: runs the built command-line tool on the bundled synthetic data.
import { spawnSync } from "node:child_process";

const steps = [["--version"], ["--help"]];
for (const args of steps) {
  console.log(`$ afghan-refugees ${args.join(" ")}`);
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log();
}
