import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

describe("afghan-refugees CLI", () => {
  it("prints the package and dataset versions and the review day with --version and -v", async () => {
    const pkg = (await import("../../package.json", { with: { type: "json" } })).default;
    const meta = (await import("../../data/pk/dataset.json", { with: { type: "json" } })).default;
    for (const flag of ["--version", "-v"]) {
      const { code, stdout, stderr } = await cli(flag);
      expect(code).toBe(0);
      expect(stdout).toBe(
        `${pkg.version} (dataset ${meta.version}, sources read through ${meta.reviewedThrough})\n`,
      );
      expect(stderr).toBe("");
    }
  });

  it("prints usage with --help and exits 0", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: afghan-refugees/);
    expect(stdout).toContain("Exit codes: 0 ok, 1 data invalid, 2 usage or I/O error.");
  });

  it("prints usage to stderr and exits 2 without a command", async () => {
    const { code, stdout, stderr } = await cli();
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Usage:/);
  });

  it("rejects an unknown option or command with one line and exit 2", async () => {
    for (const args of [["--nope"], ["frobnicate"], ["-x"]]) {
      const { code, stderr } = await cli(...args);
      expect(code).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(/^afghan-refugees: /);
    }
  });

  it("does not echo control characters of an unknown command", async () => {
    const { stderr } = await cli("evil\u001b[31mname");
    expect(stderr).not.toContain("\u001b");
  });
});
