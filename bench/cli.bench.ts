// The CLI on 1.4 million synthetic person records (NDJSON, made by bench/cli/generate-people.ts
// when missing): `validate --schema person` and `assess`, each against a baseline run in the same
// benchmark: a bare loop that reads the file line by line and JSON.parses each line
// (bench/cli/baseline.mjs). Every run is its own Node process, as a user would run it, output
// to /dev/null; the rounds alternate baseline, validate, assess (on two days), and the median
// counts. Peak resident memory is each process's own (process.resourceUsage().maxRSS at exit).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { DEFAULT_LINES, DEFAULT_PATH, generatePeople, MIXED_PATH } from "./cli/generate-people.js";

const ROUNDS = 5;
const TARGETS = {
  validate: 0.5,
  assess: 0.4,
  "assess (cards valid)": 0.4,
  "assess (PK and IR mixed)": 0.4,
  rssMiB: 200,
};
/** The mixed file's assess rate, as a share of the Pakistan-only file's (issue 13). */
const MIXED_TARGET = 0.9;

interface Run {
  seconds: number;
  rssKiB: number;
}

function timed(args: readonly string[]): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", "./bench/cli/peak-rss.mjs", ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0)
    throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = /peak-rss-kib=(\d+)/.exec(r.stderr);
  if (rss === null) throw new Error(`no peak RSS from ${args.join(" ")}`);
  return { seconds, rssKiB: Number(rss[1]) };
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(): Promise<{ lines: string[] }> {
  if (!existsSync("dist/cli.js")) throw new Error("build first: npm run build");
  const lines = DEFAULT_LINES;
  if (!existsSync(DEFAULT_PATH) || statSync(DEFAULT_PATH).size === 0) {
    await generatePeople(lines, DEFAULT_PATH);
  }
  if (!existsSync(MIXED_PATH) || statSync(MIXED_PATH).size === 0) {
    await generatePeople(lines, MIXED_PATH, true);
  }
  const mib = statSync(DEFAULT_PATH).size / 1048576;
  const subjects = {
    baseline: ["bench/cli/baseline.mjs", DEFAULT_PATH],
    validate: ["dist/cli.js", "validate", "--schema", "person", DEFAULT_PATH],
    // After PoR cards lapsed: most people liable under phase 3.
    assess: ["dist/cli.js", "assess", "--on", "2025-09-02", DEFAULT_PATH],
    // While PoR cards were valid: most people protected by their card.
    "assess (cards valid)": ["dist/cli.js", "assess", "--on", "2024-01-15", DEFAULT_PATH],
    "assess (PK and IR mixed)": ["dist/cli.js", "assess", "--on", "2025-09-02", MIXED_PATH],
  } as const;
  const runs: Record<keyof typeof subjects, Run[]> = {
    baseline: [],
    validate: [],
    assess: [],
    "assess (cards valid)": [],
    "assess (PK and IR mixed)": [],
  };
  timed(subjects.baseline); // warm the page cache
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(subjects) as (keyof typeof subjects)[]) {
      runs[name].push(timed([...subjects[name]]));
    }
  }
  const rate = (name: keyof typeof subjects) => lines / median(runs[name].map((r) => r.seconds));
  const peak = (name: keyof typeof subjects) => Math.max(...runs[name].map((r) => r.rssKiB)) / 1024;
  const base = rate("baseline");
  const out = [
    `input: ${lines.toLocaleString("en")} lines, ${mib.toFixed(0)} MiB of NDJSON; median of ${ROUNDS} rounds, each command its own process`,
  ];
  for (const name of Object.keys(subjects) as (keyof typeof subjects)[]) {
    const r = rate(name);
    const ratio = r / base;
    const target =
      name === "baseline"
        ? ""
        : `; target >= ${TARGETS[name] * 100}%: ${ratio >= TARGETS[name] ? "met" : "NOT met"}`;
    out.push(
      `${name}: ${(r / 1000).toFixed(0)} k records/s (${median(runs[name].map((x) => x.seconds)).toFixed(2)} s), ${(ratio * 100).toFixed(0)}% of the baseline${target}; peak RSS ${peak(name).toFixed(0)} MiB (target < ${TARGETS.rssMiB} MiB: ${peak(name) < TARGETS.rssMiB ? "met" : "NOT met"})`,
    );
  }
  const mixed = rate("assess (PK and IR mixed)") / rate("assess");
  out.push(
    `assess on the file mixing people in Pakistan and in Iran (every other record host IR): ${mixed.toFixed(2)}x the records per second of the Pakistan-only file; target >= ${MIXED_TARGET}x: ${mixed >= MIXED_TARGET ? "met" : "NOT met"}`,
  );
  return { lines: out };
}
