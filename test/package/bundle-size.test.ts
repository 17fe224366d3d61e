import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Entry {
  name: string;
  code: string;
  minifiedBytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
  why: string;
}

/** The main entry's functions that make datasets and risk data at run time. */
const MAKERS = [
  "createDataset",
  "createRiskData",
  "createTimeline",
  "datasetInput",
  "extendDataset",
  "riskDataInput",
];

describe("bundle size of the main entry (consumer's view, with dependencies)", async () => {
  const record = JSON.parse(readFileSync("bench/bundle-size.json", "utf8")) as { entries: Entry[] };
  // @ts-expect-error: a plain .mjs script without type declarations
  const { measure } = (await import("../../scripts/bundle-size.mjs")) as {
    measure: () => Promise<{ name: string; minifiedBytes: number; gzipBytes: number }[]>;
  };
  const measured = await measure();

  it("the entry without the dataset makers lists every other export of the main entry", async () => {
    const entry = record.entries.find(
      (e) => e.name === "main entry, everything but making datasets",
    );
    // A computed specifier: the type check runs before the build, when dist/ does not exist.
    const built = new URL("../../dist/index.js", import.meta.url).href;
    const exported = Object.keys((await import(built)) as object).sort();
    const listed = /export \{ (.*) \} from/.exec(entry?.code ?? "")?.[1]?.split(", ") ?? [];
    expect(listed.sort()).toEqual(exported.filter((name) => !MAKERS.includes(name)));
  });

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
