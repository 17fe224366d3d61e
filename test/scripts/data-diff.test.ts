import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDatasets, formatDiff } from "../../scripts/data/diff.js";
import { readDataFiles, type DataFile } from "../../scripts/data/files.js";

type Item = Record<string, unknown>;
const current = readDataFiles({ dir: "data" }).files;

/** The current files, with `edit` applied to a deep copy. */
function variant(edit: (get: (path: string) => unknown) => void): DataFile[] {
  const files = structuredClone(current);
  edit((path) => files.find((f) => f.path === path)?.value);
  return files;
}

describe("data:diff", () => {
  it("says nothing changed between a dataset and itself", () => {
    const d = diffDatasets({ label: "a", files: current }, { label: "b", files: current });
    expect(d.answers).toEqual([]);
    expect(d.records).toEqual({ added: [], removed: [], changed: [] });
    expect(formatDiff(d)).toContain("## Changes to past answers (days before");
  });

  it("finds a validity decision's effect as a run of days, with both kinds of knowledge", () => {
    // The version before: without the extension of 10 July 2024 (to 30 June 2025).
    const before = variant((get) => {
      const por = get("pk/validity/por-card.json") as Item[];
      por.splice(
        por.findIndex((r) => r.id === "por-2024-07-10"),
        1,
      );
    });
    const d = diffDatasets({ label: "old", files: before }, { label: "new", files: current });
    expect(d.records.added).toEqual(["por-2024-07-10"]);
    const validity = d.answers.filter(
      (c) => c.situations.includes("PoR cards (validity)") && c.change.kind === "answer",
    );
    const today = validity.find((c) => c.knowledge === "today" && c.runs[0]?.from === "2024-07-01");
    expect(today?.change).toEqual({
      kind: "answer",
      now: expect.stringMatching(
        /^valid under por-2024-07-10 through 2025-06-30 \(high\)$/,
      ) as unknown,
      was: expect.stringMatching(/^expired/) as unknown,
    });
    expect(today?.runs).toEqual([{ from: "2024-07-01", through: "2025-06-30" }]);
    // As known on the day, nothing changes before the announcement: the extension came late.
    const onTheDay = validity.filter((c) => c.knowledge !== "today");
    expect(onTheDay.every((c) => c.runs.every((r) => r.from >= "2024-07-10"))).toBe(true);
    const late = onTheDay.find(
      (c) => c.change.kind === "answer" && c.change.now.startsWith("valid"),
    );
    expect(late?.runs).toEqual([{ from: "2024-07-10", through: "2025-06-30" }]);
  });

  it("merges the same new notice across situations, and lists records corrected in place", () => {
    const before = variant((get) => {
      const d = get("pk/exposure/directives.json") as Item[];
      d.splice(
        d.findIndex((r) => r.id === "border-closed-2025-10-12"),
        1,
      );
      const ifrp1 = (get("pk/exposure/phases.json") as Item[]).find(
        (r) => r.id === "ifrp-1",
      ) as Item;
      ifrp1.note = "An older note.";
    });
    const d = diffDatasets({ label: "old", files: before }, { label: "new", files: current });
    const notice = d.answers.find(
      (c) => c.change.kind === "notice added" && c.change.id === "border-closed-2025-10-12",
    );
    expect(notice?.runs).toEqual([{ from: "2025-10-12", through: "2025-10-31" }]);
    expect(notice?.knowledge).toBe("today and on the day");
    expect(notice?.situations).toEqual([
      "PoR holders (exposure)",
      "ACC holders (exposure)",
      "UMRF certificate holders (exposure)",
      "Undocumented Afghans (exposure)",
    ]);
    expect(d.records.changed).toEqual([{ id: "ifrp-1", fields: ["note"] }]);
    expect(formatDiff(d)).toContain("- ifrp-1: note");
  });

  it("splits changes at the new version's release day into past and future answers", () => {
    const before = variant((get) => {
      const d = get("pk/exposure/directives.json") as Item[];
      d.splice(
        d.findIndex((r) => r.id === "naqvi-sho-2025-12-01"),
        1,
      );
    });
    const after = variant((get) => {
      (get("pk/dataset.json") as Item).released = "2026-01-01";
    });
    const text = formatDiff(
      diffDatasets({ label: "old", files: before }, { label: "new", files: after }),
    );
    const [past, future] = text.split("## Changes to future answers");
    expect(past).toContain(
      "2025-12-01..2025-12-31, as known today and on the day: new notice naqvi-sho-2025-12-01",
    );
    expect(future).toContain(
      "2026-01-01 onward, as known today and on the day: new notice naqvi-sho-2025-12-01",
    );
  });

  it("runs as a command against a git revision, and fails in one line without one", () => {
    // A repository of its own, so that the test needs no history from the checkout it runs in.
    const repo = mkdtempSync(join(tmpdir(), "data-diff-"));
    try {
      cpSync("data", join(repo, "data"), { recursive: true });
      const git = (...args: string[]) =>
        spawnSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", ...args], {
          cwd: repo,
          encoding: "utf8",
        });
      git("init", "-q");
      git("add", "data");
      expect(git("commit", "-qm", "data").status).toBe(0);
      const path = join(repo, "data", "pk", "exposure", "directives.json");
      const directives = JSON.parse(readFileSync(path, "utf8")) as Item[];
      writeFileSync(
        path,
        JSON.stringify(directives.filter((r) => r.id !== "naqvi-sho-2025-12-01")),
      );
      const tsx = resolve("node_modules", ".bin", "tsx");
      const script = resolve("scripts", "data-diff.ts");
      const ok = spawnSync(tsx, [script, "HEAD"], { cwd: repo, encoding: "utf8" });
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/^Dataset \S+ \(HEAD\) -> \S+ \(data\)\n/);
      expect(ok.stdout).toContain("Removed records: naqvi-sho-2025-12-01");
      expect(ok.stdout).toContain("notice naqvi-sho-2025-12-01 no longer shown");
      const usage = spawnSync(tsx, [script], { cwd: repo, encoding: "utf8" });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toBe("usage: npm run data:diff -- <git-ref> [DIR]\n");
      const bad = spawnSync(tsx, [script, "no-such-ref-xyz"], { cwd: repo, encoding: "utf8" });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe('data:diff: cannot read data/ at git revision "no-such-ref-xyz"\n');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 60_000);
});
