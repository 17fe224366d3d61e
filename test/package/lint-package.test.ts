import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("the built package", () => {
  it("has been built (npm run build)", () => {
    expect(existsSync("dist/index.js")).toBe(true);
  });

  it("passes publint --strict", async () => {
    const r = await sh("npx", ["publint", "--strict"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it("passes attw --pack (types resolve under node10, node16 CJS/ESM and bundler)", async () => {
    const r = await sh("npx", ["attw", "--pack", ".", "--format", "ascii"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
