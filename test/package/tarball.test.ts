import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare"];

/** What the published tarball may hold, and nothing else. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/[\w/-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/,
  /^dist\/json-schema\/[a-z-]+\.schema\.json$/,
  /^src\/[\w/-]+\.ts$/,
  /^data\/[\w/-]+\.json$/,
];

describe("the published tarball", () => {
  it("holds only the allow-listed files, and all of what it must", async () => {
    const r = await sh("npm", ["pack", "--dry-run", "--json", "--silent"]);
    expect(r.code, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]?.files.map(
      (f) => f.path,
    );
    const paths = files ?? [];
    expect(paths.filter((p) => !ALLOWED.some((re) => re.test(p)))).toEqual([]);
    for (const required of [
      "package.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "dist/cli.js",
    ]) {
      expect(paths).toContain(required);
    }
    expect(paths.filter((p) => p.startsWith("dist/json-schema/")).length).toBeGreaterThanOrEqual(
      15,
    );
    expect(paths.some((p) => /^(test|scripts|bench|\.ci|coverage)\//.test(p))).toBe(false);
  });

  it("runs no install script, and neither do its runtime dependencies, which have none of their own", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.scripts).filter((s) => INSTALL_SCRIPTS.includes(s))).toEqual([]);
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
      packages: Record<
        string,
        {
          dev?: boolean;
          peer?: boolean;
          hasInstallScript?: boolean;
          dependencies?: Record<string, string>;
        }
      >;
    };
    const runtime = Object.entries(lock.packages).filter(
      ([path, p]) => path.startsWith("node_modules/") && p.dev !== true && p.peer !== true,
    );
    expect(runtime.map(([path]) => path.slice("node_modules/".length)).sort()).toEqual(
      Object.keys(pkg.dependencies).sort(),
    );
    for (const [path, p] of runtime) {
      expect(p.hasInstallScript, path).not.toBe(true);
      expect(Object.keys(p.dependencies ?? {}), path).toEqual([]);
    }
  });
});
