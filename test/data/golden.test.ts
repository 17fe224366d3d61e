import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldenFixture, GOLDEN_PATH } from "../fixtures/golden.js";

describe("golden fixture of document validity", () => {
  it("matches the committed file (run `npm run fixtures:update` and review the diff)", () => {
    const committed = readFileSync(GOLDEN_PATH, "utf8");
    const current = goldenFixture();
    if (current !== committed) {
      const a = committed.split("\n");
      const b = current.split("\n");
      const changed = b.filter((line, i) => line !== a[i]).slice(0, 5);
      expect.fail(`the answers changed; first changed lines:\n${changed.join("\n")}`);
    }
    expect(current.split("\n").length).toBeGreaterThan(1400);
  });
});
