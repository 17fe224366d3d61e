#!/usr/bin/env node
// Measures what the main entry costs a consumer: esbuild bundle (minified, ESM, browser platform,
// dependencies included, zod excluded because the main entry never loads it), then gzip.
// `node scripts/bundle-size.mjs` prints the figures; `--write` records them in
// bench/bundle-size.json, whose budgets (and the reasons for them) are kept by hand.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const RECORD = "bench/bundle-size.json";

/** @returns {Promise<{ name: string, minifiedBytes: number, gzipBytes: number }[]>} */
export async function measure() {
  const record = JSON.parse(readFileSync(RECORD, "utf8"));
  const results = [];
  for (const entry of record.entries) {
    const out = await build({
      stdin: { contents: entry.code, resolveDir: process.cwd(), loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
      external: ["zod"],
      alias: { "afghan-refugees": "./dist/index.js" },
    });
    const bytes = out.outputFiles[0].contents;
    results.push({
      name: entry.name,
      minifiedBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measure();
  const record = JSON.parse(readFileSync(RECORD, "utf8"));
  for (const r of results) {
    const entry = record.entries.find((e) => e.name === r.name);
    console.log(
      `${r.name}: ${r.minifiedBytes} B minified, ${r.gzipBytes} B gzip (budget ${entry.budgetGzipBytes} B gzip)`,
    );
    if (process.argv.includes("--write")) {
      entry.minifiedBytes = r.minifiedBytes;
      entry.gzipBytes = r.gzipBytes;
    }
  }
  if (process.argv.includes("--write")) {
    writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`recorded in ${RECORD}`);
  }
}
