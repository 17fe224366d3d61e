import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EXPOSURE_GOLDEN_PATH,
  exposureGoldenFixture,
  goldenFixture,
  GOLDEN_PATH,
  IRAN,
  IRAN_EXPOSURE_GOLDEN_PATH,
  IRAN_GOLDEN_PATH,
} from "../fixtures/golden.js";

function expectSame(path: string, current: string): void {
  const committed = readFileSync(path, "utf8");
  if (current !== committed) {
    const a = committed.split("\n");
    const changed = current
      .split("\n")
      .filter((line, i) => line !== a[i])
      .slice(0, 5);
    expect.fail(`the answers changed; first changed lines:\n${changed.join("\n")}`);
  }
}

describe("golden fixtures (run `npm run fixtures:update` and review the diff)", () => {
  it("document validity matches the committed file", () => {
    const current = goldenFixture();
    expectSame(GOLDEN_PATH, current);
    expect(current.split("\n").length).toBeGreaterThan(1400);
  });

  it("exposure matches the committed file", () => {
    const current = exposureGoldenFixture();
    expectSame(EXPOSURE_GOLDEN_PATH, current);
    expect(current.split("\n").length).toBeGreaterThan(300);
  });

  it("Iran: document validity matches the committed file", () => {
    const current = goldenFixture(IRAN);
    expectSame(IRAN_GOLDEN_PATH, current);
    expect(current.split("\n").length).toBeGreaterThan(1000);
  });

  it("Iran: exposure matches the committed file", () => {
    const current = exposureGoldenFixture(IRAN);
    expectSame(IRAN_EXPOSURE_GOLDEN_PATH, current);
    expect(current.split("\n").length).toBeGreaterThan(1000);
  });
});
