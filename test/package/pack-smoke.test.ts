import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  version: string;
  exports: Record<string, unknown>;
  devDependencies: Record<string, string>;
};
const entries = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith(".json"))
  .map((key) => (key === "." ? "afghan-refugees" : `afghan-refugees/${key.slice(2)}`));

describe("the packed tarball in a fresh project", () => {
  const dir = mkdtempSync(join(tmpdir(), "afghan-refugees-smoke-"));

  beforeAll(async () => {
    const packed = await sh("npm", ["pack", "--silent", "--pack-destination", dir]);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = resolve(dir, packed.stdout.trim().split("\n").pop() ?? "");
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "smoke", version: "1.0.0", private: true, type: "module" }),
    );
    const zod = `zod@${pkg.devDependencies.zod ?? "4"}`;
    const installed = await sh(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, zod],
      { cwd: dir },
    );
    expect(installed.code, installed.stderr).toBe(0);
  });

  it("imports every entry point (ESM)", async () => {
    const code = entries
      .map(
        (e, i) =>
          `import * as m${i} from "${e}"; if (Object.keys(m${i}).length === 0) throw new Error("${e} is empty");`,
      )
      .join("\n");
    writeFileSync(
      join(dir, "esm.mjs"),
      `${code}\nimport { parseDay } from "afghan-refugees";\nconsole.log(parseDay("2025-06-30"));\n`,
    );
    const r = await sh("node", ["esm.mjs"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("20269");
  });

  it("requires every entry point (CJS)", async () => {
    const code = entries
      .map(
        (e) => `if (Object.keys(require("${e}")).length === 0) throw new Error("${e} is empty");`,
      )
      .join("\n");
    writeFileSync(
      join(dir, "cjs.cjs"),
      `${code}\nconsole.log(require("afghan-refugees").formatDay(20269));\n`,
    );
    const r = await sh("node", ["cjs.cjs"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("2025-06-30");
  });

  it("does not load zod from the main entry", async () => {
    writeFileSync(
      join(dir, "nozod.cjs"),
      `require("afghan-refugees");\nconst loaded = Object.keys(require.cache).some((p) => p.includes("/node_modules/zod/"));\nconsole.log(loaded);\n`,
    );
    const r = await sh("node", ["nozod.cjs"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("false");
  });

  it("runs the bin's --version", async () => {
    const r = await sh(join(dir, "node_modules", ".bin", "afghan-refugees"), ["--version"], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
