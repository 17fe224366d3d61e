import { describe, expect, it } from "vitest";
import { commandArgs, dayOption } from "../../src/cli/args.js";
import { UsageError } from "../../src/cli/input/errors.js";

describe("command arguments", () => {
  const options = { on: { type: "string" } } as const;

  it("reads options, operands and -h", () => {
    const args = commandArgs("assess", ["--on", "2025-09-02", "-h", "file.ndjson"], options, true);
    expect(args.values).toMatchObject({ on: "2025-09-02", help: true });
    expect(args.positionals).toEqual(["file.ndjson"]);
  });

  it("rejects an unknown option, or an operand where none is taken, without repeating it", () => {
    for (const [argv, operands] of [
      [["--Synthetic-Name"], true],
      [["Synthetic-Name"], false],
    ] as const) {
      let error: unknown;
      try {
        commandArgs("status", argv, options, operands);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^status: unknown option.*see status --help$/);
      expect((error as Error).message).not.toContain("Synthetic");
    }
  });

  it("reads a calendar day option, or says what is expected without repeating the value", () => {
    expect(dayOption("assess", "--on", undefined)).toBeUndefined();
    expect(dayOption("assess", "--on", "2024-02-29")).toBe("2024-02-29");
    expect(() => dayOption("assess", "--on", "1999-02-29")).toThrow(
      new UsageError("assess: --on must be a calendar day written YYYY-MM-DD"),
    );
  });
});
