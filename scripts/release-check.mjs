#!/usr/bin/env node
// `npm run release:check`: a rehearsal of a release, from what is committed. A clean clone of
// HEAD; `npm ci`; the full test; `npm audit --omit=dev`; `npm pack`; the tarball installed into a
// fresh project, used from ESM, CommonJS and TypeScript (module resolution node16 and bundler),
// each compiled and run; and the command run from the tarball. Prints one line per step and
// exits 1 when a step fails.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
// Where no advisory database is reachable (an offline registry mirror), `--skip-audit` says so
// in the report instead of failing the run; the summary still names the step as not checked.
const skipAudit = process.argv.includes("--skip-audit");
const work = mkdtempSync(join(tmpdir(), "afghan-refugees-release-"));
const repo = join(work, "repo");
const app = join(work, "app");
const results = [];

function sh(command, args, cwd, { quiet = true } = {}) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function step(name, run) {
  process.stdout.write(`release:check: ${name} ... `);
  let outcome;
  try {
    outcome = run();
  } catch (error) {
    outcome = { ok: false, detail: String(error instanceof Error ? error.message : error) };
  }
  results.push({ name, ...outcome });
  console.log(
    outcome.ok ? `ok${outcome.detail ? ` (${outcome.detail})` : ""}` : `FAILED: ${outcome.detail}`,
  );
  return outcome.ok;
}

const last = (text) => text.trim().split("\n").pop() ?? "";

const steps = [
  () =>
    step("clean clone of HEAD", () => {
      const r = sh("git", ["clone", "--quiet", "--no-hardlinks", root, repo], work);
      return { ok: r.code === 0, detail: r.code === 0 ? "" : last(r.stderr) };
    }),
  () =>
    step("npm ci", () => {
      const r = sh("npm", ["ci", "--no-audit", "--no-fund"], repo);
      return { ok: r.code === 0, detail: r.code === 0 ? "" : last(r.stderr) };
    }),
  () =>
    step("npm test", () => {
      const r = sh("npm", ["test"], repo);
      if (r.code === 0) return { ok: true, detail: last(r.stdout) };
      // Keep what failed: the clone is removed at the end.
      const log = join(tmpdir(), `afghan-refugees-release-test-${process.pid}.log`);
      writeFileSync(log, r.stdout + r.stderr);
      return { ok: false, detail: `${last(r.stdout)}; the output is in ${log}` };
    }),
  () =>
    step("npm audit --omit=dev", () => {
      if (skipAudit) return { ok: true, detail: "skipped (--skip-audit): not checked" };
      const r = sh("npm", ["audit", "--omit=dev"], repo);
      if (r.code === 0) return { ok: true, detail: last(r.stdout) };
      // No advisory database reachable (an offline registry mirror answers 405): say so plainly.
      if (/audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|405/.test(r.stdout + r.stderr)) {
        return { ok: false, detail: "the advisory endpoint could not be reached: not checked" };
      }
      return { ok: false, detail: last(r.stdout) };
    }),
  () =>
    step("npm pack", () => {
      const r = sh("npm", ["pack", "--silent", "--pack-destination", work], repo);
      return { ok: r.code === 0, detail: last(r.stdout) };
    }),
  () =>
    step("install the tarball into a fresh project", () => {
      mkdirSync(app);
      const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
      writeFileSync(
        join(app, "package.json"),
        JSON.stringify({ name: "app", private: true, version: "1.0.0" }),
      );
      const r = sh(
        "npm",
        [
          "install",
          "--no-audit",
          "--no-fund",
          join(work, tarball),
          "zod@4",
          "typescript@~6.0.3",
          "@types/node@20",
        ],
        app,
      );
      return { ok: r.code === 0, detail: r.code === 0 ? tarball : last(r.stderr) };
    }),
  () =>
    step("ESM", () => {
      writeFileSync(
        join(app, "esm.mjs"),
        `import { documentValidity, DATASET_VERSION } from "afghan-refugees";
import { PersonRecordSchema } from "afghan-refugees/schemas";
const v = documentValidity("por_card", { on: "2023-09-15" });
if (v.status !== "valid" || !PersonRecordSchema.safeParse({ id: "c", documents: [] }).success) process.exit(1);
console.log(DATASET_VERSION, v.status, v.reviewedThrough);
`,
      );
      const r = sh("node", ["esm.mjs"], app);
      return { ok: r.code === 0, detail: r.code === 0 ? r.stdout.trim() : last(r.stderr) };
    }),
  () =>
    step("CommonJS", () => {
      writeFileSync(
        join(app, "cjs.cjs"),
        `const { exposure } = require("afghan-refugees");
const { dataset } = require("afghan-refugees/data");
const e = exposure({ documents: [{ type: "por_card" }] }, { on: "2025-09-02" });
if (e.status !== "liable") process.exit(1);
console.log(dataset.version, e.status);
`,
      );
      const r = sh("node", ["cjs.cjs"], app);
      return { ok: r.code === 0, detail: r.code === 0 ? r.stdout.trim() : last(r.stderr) };
    }),
  ...["node16", "bundler"].map(
    (resolution) => () =>
      step(`TypeScript, moduleResolution ${resolution}`, () => {
        const dir = join(app, `ts-${resolution}`);
        mkdirSync(dir);
        writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
        writeFileSync(
          join(dir, "tsconfig.json"),
          JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: resolution === "node16" ? "node16" : "esnext",
              moduleResolution: resolution,
              strict: true,
              types: ["node"],
              outDir: "out",
              skipLibCheck: false,
            },
            include: ["index.ts"],
          }),
        );
        writeFileSync(
          join(dir, "index.ts"),
          `import { assess, type Assessment, type Person } from "afghan-refugees";
import { AssessmentSchema } from "afghan-refugees/schemas";
const person: Person = { documents: [{ type: "afghan_citizen_card" }], profile: { roles: ["journalist"] } };
const a: Assessment = assess(person, { on: "2025-09-02" });
if (!AssessmentSchema.safeParse(JSON.parse(JSON.stringify(a))).success) process.exit(1);
console.log(a.exposure.status, a.specificNeeds.map((n) => n.code).join(" "));
`,
        );
        const tsc = sh(join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], dir);
        if (tsc.code !== 0) return { ok: false, detail: last(tsc.stdout + tsc.stderr) };
        const r = sh("node", ["out/index.js"], dir);
        return { ok: r.code === 0, detail: r.code === 0 ? r.stdout.trim() : last(r.stderr) };
      }),
  ),
  () =>
    step("the command, from the tarball", () => {
      // The examples' people, less the last one (invalid on purpose, to show the messages).
      const people = readFileSync(join(repo, "examples", "people.ndjson"), "utf8")
        .trim()
        .split("\n");
      writeFileSync(join(app, "people.ndjson"), `${people.slice(0, -1).join("\n")}\n`);
      const bin = join(app, "node_modules", ".bin", "afghan-refugees");
      const version = sh(bin, ["--version"], app);
      const valid = sh(bin, ["validate", "--schema", "person", "people.ndjson"], app);
      const run = sh(bin, ["assess", "--on", "2025-09-02", "people.ndjson"], app);
      const lines = run.stdout.trim().split("\n").length;
      const ok =
        version.code === 0 && valid.code === 0 && run.code === 0 && lines === people.length - 1;
      return {
        ok,
        detail: ok
          ? `${version.stdout.trim()}; ${lines} people assessed`
          : last(version.stderr + valid.stdout + run.stderr),
      };
    }),
];

for (const run of steps) {
  // Every later step needs the ones before it up to the install; the rest are independent.
  if (!run() && results.length <= 2) break;
}
rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok);
console.log(
  failed.length === 0
    ? `release:check: all ${results.length} steps ok`
    : `release:check: ${failed.length} of ${results.length} steps failed: ${failed.map((f) => f.name).join("; ")}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
