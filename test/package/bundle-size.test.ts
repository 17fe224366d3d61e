import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Entry {
  name: string;
  minifiedBytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
  why: string;
}

describe("bundle size of the main entry (consumer's view, with dependencies)", async () => {
  const record = JSON.parse(readFileSync("bench/bundle-size.json", "utf8")) as { entries: Entry[] };
  // @ts-expect-error: a plain .mjs script without type declarations
  const { measure } = (await import("../../scripts/bundle-size.mjs")) as {
    measure: () => Promise<{ name: string; minifiedBytes: number; gzipBytes: number }[]>;
  };
  const measured = await measure();

  for (const entry of record.entries) {
    it(`${entry.name}: within its budget, and the recorded figure is current`, () => {
      const actual = measured.find((m) => m.name === entry.name);
      expect(actual).toBeDefined();
      if (actual === undefined) return;
      expect(entry.why.length).toBeGreaterThan(40);
      expect(actual.gzipBytes).toBeLessThanOrEqual(entry.budgetGzipBytes);
      // The figure in bench/bundle-size.json must be the real one (re-record with --write).
      expect(Math.abs(actual.gzipBytes - entry.gzipBytes) / actual.gzipBytes).toBeLessThan(0.01);
    });
  }
});
