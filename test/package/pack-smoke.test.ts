import { spawn } from "node:child_process";
import { once } from "node:events";
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

  it("does not load zod from the main entry or the core entry", async () => {
    for (const entry of ["afghan-refugees", "afghan-refugees/core"]) {
      writeFileSync(
        join(dir, "nozod.cjs"),
        `require("${entry}");\nconst loaded = Object.keys(require.cache).some((p) => p.includes("/node_modules/zod/"));\nconsole.log(loaded);\n`,
      );
      const r = await sh("node", ["nozod.cjs"], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim(), entry).toBe("false");
    }
  });

  it("answers from the core entry with a dataset loaded as JSON, as an app would", async () => {
    writeFileSync(
      join(dir, "core.mjs"),
      [
        `import { createDataset, createRiskData, documentValidity, assess } from "afghan-refugees/core";`,
        `import { pakistanInput, riskInput } from "afghan-refugees/data";`,
        `const dataset = createDataset(JSON.parse(JSON.stringify(pakistanInput)));`,
        `const riskData = createRiskData(JSON.parse(JSON.stringify(riskInput)));`,
        `console.log(documentValidity("por_card", { on: "2023-09-15", dataset }).status);`,
        `console.log(assess({ documents: [] }, { on: "2025-09-02", dataset, riskData }).exposure.status);`,
        `try { documentValidity("por_card", { on: "2023-09-15" }); } catch (e) { console.log(e.code); }`,
      ].join("\n"),
    );
    const r = await sh("node", ["core.mjs"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("valid\nliable\nERR_INVALID_INPUT\n");
  });

  it("runs the bin's --version", async () => {
    const r = await sh(join(dir, "node_modules", ".bin", "afghan-refugees"), ["--version"], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split(" ")[0]).toBe(pkg.version);
    expect(r.stdout).toMatch(/\(dataset \d{4}\.\d+, sources read through \d{4}-\d{2}-\d{2}\)\n$/);
  });
});

describe("the packed tarball: JSON Schema files and the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "afghan-refugees-smoke-cli-"));

  beforeAll(async () => {
    const packed = await sh("npm", ["pack", "--silent", "--pack-destination", dir]);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = resolve(dir, packed.stdout.trim().split("\n").pop() ?? "");
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "smoke-cli", version: "1.0.0", private: true, type: "module" }),
    );
    const zod = `zod@${pkg.devDependencies.zod ?? "4"}`;
    const installed = await sh(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, zod],
      { cwd: dir },
    );
    expect(installed.code, installed.stderr).toBe(0);
  });

  it("exports each JSON Schema file by its subpath, to ESM (import attributes) and CJS", async () => {
    writeFileSync(
      join(dir, "schema.mjs"),
      'import person from "afghan-refugees/json-schema/person.schema.json" with { type: "json" };\nconsole.log(person.$id);\n',
    );
    writeFileSync(
      join(dir, "schema.cjs"),
      'console.log(require("afghan-refugees/json-schema/return-flow.schema.json").$schema);\n',
    );
    const esm = await sh("node", ["schema.mjs"], { cwd: dir });
    expect(esm.code, esm.stderr).toBe(0);
    expect(esm.stdout.trim()).toBe(
      `https://cdn.jsdelivr.net/npm/afghan-refugees@${pkg.version}/dist/json-schema/person.schema.json`,
    );
    const cjs = await sh("node", ["schema.cjs"], { cwd: dir });
    expect(cjs.code, cjs.stderr).toBe(0);
    expect(cjs.stdout.trim()).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("runs validate from the bin: exit 0 on good records, 1 with file:line on bad ones", async () => {
    writeFileSync(
      join(dir, "people.ndjson"),
      '{"id":"c1","documents":[{"type":"por_card"}]}\n{"id":"c2","documents":[{"type":"visa"}]}\n',
    );
    writeFileSync(join(dir, "good.ndjson"), '{"id":"c1","documents":[{"type":"por_card"}]}\n');
    const bin = join(dir, "node_modules", ".bin", "afghan-refugees");
    const good = await sh(bin, ["validate", "--schema", "person", "good.ndjson"], { cwd: dir });
    expect(good.code, good.stderr).toBe(0);
    const bad = await sh(bin, ["validate", "--schema", "person", "people.ndjson"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^people\.ndjson:2: documents\[0\]\.type: expected one of/);
    const assessed = await sh(bin, ["assess", "--on", "2025-09-02", "good.ndjson"], { cwd: dir });
    expect(assessed.code, assessed.stderr).toBe(0);
    expect(JSON.parse(assessed.stdout)).toMatchObject({ id: "c1", exposure: { status: "liable" } });
  });

  it("stops quietly with exit 2 when the reader closes the pipe early (| head)", async () => {
    const line = '{"id":"c1","documents":[{"type":"por_card"}]}\n';
    writeFileSync(join(dir, "many.ndjson"), line.repeat(50_000));
    const bin = join(dir, "node_modules", ".bin", "afghan-refugees");
    const child = spawn(bin, ["assess", "--on", "2025-09-02", "many.ndjson"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const [code] = (await once(child, "close")) as [number];
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at |Error/);
  });

  it("exits 2 with one line, not a stack trace, on a missing file", async () => {
    const bin = join(dir, "node_modules", ".bin", "afghan-refugees");
    const r = await sh(bin, ["validate", "--schema", "person", "nope.ndjson"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
