import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkDataset, formatProblem } from "../../scripts/data/check.js";
import { readDataFiles } from "../../scripts/data/files.js";

type Item = Record<string, unknown>;
const dirs: string[] = [];

/** A copy of data/ in a temporary folder, changed by `edit`. */
function brokenCopy(
  edit: (read: (p: string) => Item[] & Item, write: (p: string, v: unknown) => void) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), "data-check-"));
  dirs.push(dir);
  cpSync("data", dir, { recursive: true });
  const read = (p: string) => JSON.parse(readFileSync(join(dir, p), "utf8")) as Item[] & Item;
  const write = (p: string, v: unknown) => {
    writeFileSync(join(dir, p), JSON.stringify(v));
  };
  edit(read, write);
  return dir;
}

function problemsIn(dir: string): string[] {
  const { files, errors } = readDataFiles({ dir });
  return checkDataset(files, errors).map(formatProblem);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("data:check", () => {
  it("finds nothing wrong with the bundled dataset", () => {
    expect(problemsIn("data")).toEqual([]);
  });

  it("reports every rule a release must keep, as file: id: problem", () => {
    const dir = brokenCopy((read, write) => {
      const d = read("pk/exposure/directives.json");
      (d[0] as Item).announced = "2026-05-01"; // after reviewedThrough
      ((d[1] as Item).sources as string[]).push("no-such-source");
      (d[2] as Item).through = "2000-01-01"; // before from
      delete (d[3] as Item).confidence;
      d.push({ ...(d[4] as Item) }); // duplicate id
      write("pk/exposure/directives.json", d);
      const s = read("pk/sources.json");
      (s[0] as Item).url = "htp:/example";
      s.push({
        id: "never-cited",
        publisher: "P",
        title: "T",
        url: "https://example.org/",
        published: "2026-04",
        kind: "primary",
      });
      write("pk/sources.json", s);
    });
    const problems = problemsIn(dir);
    const d = JSON.parse(readFileSync("data/pk/exposure/directives.json", "utf8")) as Item[];
    const s = JSON.parse(readFileSync("data/pk/sources.json", "utf8")) as Item[];
    const id = (i: number) => String(d[i]?.id);
    const expected = [
      `pk/exposure/directives.json: ${id(0)}: is announced after reviewedThrough`,
      `pk/exposure/directives.json: ${id(1)}: cites "no-such-source", which is not in pk/sources.json`,
      `pk/exposure/directives.json: ${id(2)}: through: must not be before \`from\``,
      `pk/exposure/directives.json: ${id(4)}: duplicates the id of another record (in pk/exposure/directives.json)`,
      `pk/sources.json: never-cited: is cited by nothing`,
      `pk/sources.json: never-cited: is published after reviewedThrough`,
      `pk/sources.json: ${String(s[0]?.id)}: url: is not an http(s) URL with a host name`,
    ];
    for (const line of expected) expect(problems).toContain(line);
    expect(
      problems.some((p) => p.startsWith(`pk/exposure/directives.json: ${id(3)}: confidence:`)),
    ).toBe(true);
  });

  it("reports a missing review day, a release before it, and a file that is not JSON", () => {
    const noReview = brokenCopy((read, write) => {
      const meta: Item = read("pk/dataset.json");
      delete meta.reviewedThrough;
      write("pk/dataset.json", meta);
    });
    writeFileSync(join(noReview, "pk", "figures.json"), "{ not json");
    const problems = problemsIn(noReview);
    expect(problems).toContain("pk/dataset.json: reviewedThrough: is required");
    expect(problems).toContain("pk/figures.json: -: is not valid JSON");
    const early = brokenCopy((read, write) => {
      const meta = read("pk/dataset.json");
      meta.released = "2000-01-01";
      write("pk/dataset.json", meta);
    });
    expect(problemsIn(early)).toContain("pk/dataset.json: released: is before reviewedThrough");
  });

  it("checks what the library checks too: two records of one document announced the same day", () => {
    const dir = brokenCopy((read, write) => {
      const v = read("pk/validity/por-card.json");
      const twin = { ...(v[v.length - 1] as Item), id: "por-twin" };
      v.push(twin);
      write("pk/validity/por-card.json", v);
    });
    expect(
      problemsIn(dir).some(
        (p) => p.startsWith("pk/validity/por-card.json: por-twin:") && p.includes("ambiguous"),
      ),
    ).toBe(true);
  });

  it("runs as a command: exit 0 and a count when clean, 1 with the problems, 2 without a folder", () => {
    const ok = spawnSync("npx", ["tsx", "scripts/data-check.ts"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /^data:check: ok \(\d+ records; pk: \d+ sources, \d+ figures; ir: \d+ sources, \d+ figures; risk: \d+ sources\)\n$/,
    );
    const dir = brokenCopy((read, write) => {
      const s = read("pk/sources.json");
      s.push({
        id: "never-cited",
        publisher: "P",
        title: "T",
        url: "https://example.org/",
        published: null,
        kind: "primary",
      });
      write("pk/sources.json", s);
    });
    const bad = spawnSync("npx", ["tsx", "scripts/data-check.ts", dir], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(
      "pk/sources.json: never-cited: is cited by nothing\ndata:check: 1 problem\n",
    );
    const missing = spawnSync("npx", ["tsx", "scripts/data-check.ts", join(dir, "nope")], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(2);
  }, 60_000);
});
