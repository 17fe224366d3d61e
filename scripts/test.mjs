#!/usr/bin/env node
// `npm test`: everything CI runs, in order, and one final line `N passed, N failed`.
//
// Steps that are not test runs (type check, lint, build) count as one test each. The unit and
// property tests run once per time zone in TIME_ZONES, each run in its own process because Node
// reads TZ at start-up; their counts come from vitest's JSON report, not from its console summary.
// Every step runs even when an earlier one failed, except the package tests, which need the build.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const TIME_ZONES = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"];
const RESULTS = ".test-results";

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed++;
  else failed++;
  console.log(`--- ${label}: ${ok ? "ok" : "FAILED"}`);
  return ok;
}

function vitest(label, project, file, env = {}, extra = []) {
  const ok = run(
    label,
    "npx",
    [
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=dot",
      "--reporter=json",
      `--outputFile.json=${file}`,
      ...extra,
    ],
    env,
  );
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // No report at all (vitest crashed before writing one): count the run as one failure.
    failed++;
    console.log(`--- ${label}: FAILED (no test report)`);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A failing suite (e.g. an import error) has no failing test; count it so it is not lost.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed"),
  ).length;
  failed += brokenSuites;
  if (!ok && report.numFailedTests === 0 && brokenSuites === 0) failed++;
  console.log(
    `--- ${label}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed`,
  );
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

step("type check", "npx", ["tsc", "-p", "tsconfig.json"]);
step("lint (ESLint, Prettier)", "npm", ["run", "--silent", "lint"]);
step("generated data modules are current (npm run data:build -- --check)", "npm", [
  "run",
  "--silent",
  "data:build",
  "--",
  "--check",
]);
step("dataset release check (npm run data:check)", "npm", ["run", "--silent", "data:check"]);
for (const tz of TIME_ZONES) {
  // The first pass also measures coverage of src/ and fails below 90% of lines or branches.
  const coverage =
    tz === TIME_ZONES[0]
      ? ["--coverage", "--coverage.reporter=text-summary", "--coverage.reportsDirectory=coverage"]
      : [];
  vitest(
    `unit and property tests, TZ=${tz}${coverage.length > 0 ? " (with coverage)" : ""}`,
    "unit",
    `${RESULTS}/unit-${tz.replace("/", "_")}.json`,
    { TZ: tz },
    coverage,
  );
}
if (step("build", "npm", ["run", "--silent", "build"])) {
  vitest(
    "package tests (publint, attw, TypeDoc, bundle size, pack smoke)",
    "package",
    `${RESULTS}/package.json`,
  );
} else {
  failed++;
  console.log("--- package tests: not run, the build failed");
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
