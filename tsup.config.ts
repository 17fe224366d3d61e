import { readFileSync } from "node:fs";
import ts from "typescript";
import { defineConfig } from "tsup";

// tsup 8.5.1 injects `baseUrl` into its DTS program; TypeScript 6 turns that deprecation into
// error TS5101 (egoist/tsup#1388). Silence it only on TS 6.x, because TS 5.x rejects "6.0" (TS5103).
const dtsCompilerOptions = ts.versionMajorMinor.startsWith("6.")
  ? { ignoreDeprecations: "6.0" }
  : {};

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // Library: dual ESM + CJS, .d.ts + .d.cts, one file per public entry point.
    entry: {
      index: "src/index.ts",
      "core/index": "src/core/index.ts",
      "schemas/index": "src/schemas/index.ts",
      "data/index": "src/data/index.ts",
    },
    format: ["esm", "cjs"],
    dts: { compilerOptions: dtsCompilerOptions },
    target: "node20",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    sourcemap: true,
    clean: false, // `prebuild` wipes dist/; array configs run in parallel, so clean here would race
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  },
  {
    // CLI: ESM only; the shebang in src/cli/main.ts is kept and the file made executable.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    clean: false,
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  },
]);
