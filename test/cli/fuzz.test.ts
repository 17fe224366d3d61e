// A seeded, bounded fuzz suite of the command's input: for each input format, 2,000 generated
// files, valid and mutated (bit flips, truncation, odd encodings, hostile headers, huge indices,
// deep nesting, long lines). Whatever the file, the command ends with exit code 0, 1 or 2, each
// message is one line with no stack trace, no marker value from the input reaches any output,
// and it ends in bounded time; for files whose records are known, the line numbers are right.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const MARKER = "QZX9MARK";
// The whole suite once (under TZ=UTC, as npm test runs it first); a short one under the other
// time zones, since nothing here depends on the zone and the full suite takes a minute.
const RUNS = (process.env.TZ ?? "UTC") === "UTC" ? 2000 : 100;
const SEED = 20_261_202;
const dir = mkdtempSync(join(tmpdir(), "afghan-refugees-fuzz-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
function write(ext: string, content: Buffer): string {
  const path = join(dir, `f${fileCount++}.${ext}`);
  writeFileSync(path, content);
  return path;
}

/** A synthetic person record: valid, or made invalid on purpose; personal fields hold markers. */
const record = fc.record({
  valid: fc.boolean(),
  n: fc.nat({ max: 9999 }),
  doc: fc.constantFrom("por_card", "afghan_citizen_card", "passport_visa", "tazkira", "none"),
  province: fc.constantFrom(undefined, "PK-KP", "PK-PB", "PK-IS"),
});
type Rec = { valid: boolean; n: number; doc: string; province: string | undefined };

function personOf(r: Rec): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    type: r.valid ? r.doc : `${MARKER}-type`,
    number: `${MARKER}-${r.n}`,
  };
  if (r.doc === "passport_visa") doc.validThrough = "2026-01-31";
  return {
    id: `case-${r.n}`,
    name: `${MARKER} name`,
    phone: `+92 300 ${MARKER}`,
    documents: [doc],
    ...(r.province === undefined ? {} : { location: { province: r.province } }),
  };
}

/** What may be done to a file's bytes. */
const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "none" as const }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 })
      .map((flips) => ({ kind: "flip" as const, flips })),
  },
  { weight: 2, arbitrary: fc.nat().map((at) => ({ kind: "truncate" as const, at })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("utf16le-bom", "latin1", "bad-utf8", "utf8-bom", "nul")
      .map((encoding) => ({ kind: "encoding" as const, encoding })),
  },
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): Buffer {
  const bytes = Buffer.from(text, "utf8");
  switch (m.kind) {
    case "none":
      return bytes;
    case "flip": {
      const out = Buffer.from(bytes);
      for (const [at, bit] of m.flips) {
        const i = at % Math.max(out.length, 1);
        if (i < out.length) out[i] = (out[i] ?? 0) ^ (1 << bit);
      }
      return out;
    }
    case "truncate":
      return bytes.subarray(0, bytes.length === 0 ? 0 : m.at % bytes.length);
    case "encoding":
      switch (m.encoding) {
        case "utf16le-bom":
          return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
        case "latin1":
          return Buffer.from(text.replace(/a/g, "é"), "latin1");
        case "bad-utf8":
          return Buffer.concat([
            bytes.subarray(0, bytes.length >> 1),
            Buffer.from([0xc3, 0x28, 0xf0, 0x9f]),
            bytes.subarray(bytes.length >> 1),
          ]);
        case "utf8-bom":
          return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
        case "nul":
          return Buffer.concat([bytes, Buffer.from([0])]);
      }
  }
}

/** Special content that hostile files carry, by format. */
const hostile = fc.constantFrom(
  "none",
  "deep-nesting",
  "long-line",
  "huge-number",
  "proto-key",
  "empty",
  "only-blank",
);

/** Runs validate and assess on a file and checks what must hold for any input. */
async function check(path: string) {
  const results = [];
  for (const args of [
    ["validate", "--schema", "person", path],
    ["assess", "--on", "2025-09-02", path],
  ]) {
    const started = Date.now();
    const r = await cli(...args);
    const elapsed = Date.now() - started;
    expect([0, 1, 2]).toContain(r.code);
    expect(elapsed).toBeLessThan(10_000);
    expect(r.stderr).not.toContain(MARKER);
    expect(r.all).not.toMatch(/\n\s+at \S|internal error|TypeError|RangeError|SyntaxError/);
    if (args[0] === "validate") expect(r.stdout).not.toContain(MARKER);
    else {
      // assess repeats only a record's id (a mutation may have merged a marker into one).
      for (const line of r.stdout.split("\n").filter(Boolean)) {
        const out = JSON.parse(line) as Record<string, unknown>;
        delete out.id;
        expect(JSON.stringify(out)).not.toContain(MARKER);
      }
    }
    // Every message is one line of its own: file:line: path: message, or a summary.
    for (const line of r.stderr.split("\n").filter(Boolean)) {
      expect(line.length).toBeLessThan(2000);
    }
    results.push(r);
  }
  return results;
}

/** The lines that validate reports, in order (one per problem). */
const reportedLines = (stdout: string) => [
  ...new Set(
    stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => Number(/:(\d+): /.exec(l)?.[1])),
  ),
];

describe("fuzz: the command on generated files (seeded, bounded)", () => {
  it(`NDJSON: ${RUNS} files`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 12 }),
        fc.array(fc.nat({ max: 2 }), { maxLength: 12 }),
        mutation,
        hostile,
        async (recs, blanks, m, h) => {
          const lines: string[] = [];
          const invalidLines: number[] = [];
          recs.forEach((r, i) => {
            for (let b = 0; b < (blanks[i] ?? 0); b++) lines.push(i % 2 === 0 ? "" : "  ");
            lines.push(JSON.stringify(personOf(r)));
            if (!r.valid) invalidLines.push(lines.length);
          });
          if (h === "deep-nesting")
            lines.push(
              `{"id":"x","documents":[],"notes":${"[".repeat(50_000)}${"]".repeat(50_000)}}`,
            );
          if (h === "long-line")
            lines.push(
              JSON.stringify({ id: "x", documents: [], notes: `${MARKER}${"y".repeat(200_000)}` }),
            );
          if (h === "huge-number") lines.push(`{"id":"x","documents":[],"profile":{"age":1e400}}`);
          if (h === "proto-key")
            lines.push(
              `{"id":"x","documents":[],"__proto__":{"id":"${MARKER}","error":"${MARKER}"}}`,
            );
          const text =
            h === "empty"
              ? ""
              : h === "only-blank"
                ? "\n\n  \n"
                : `${lines.join(m.kind === "none" && recs.length % 2 === 0 ? "\r\n" : "\n")}\n`;
          const [validate] = await check(write("ndjson", mutate(text, m)));
          if (m.kind === "none" && (h === "none" || h === "long-line" || h === "proto-key")) {
            expect(reportedLines(validate?.stdout ?? "")).toEqual(
              recs.length === 0 && h === "none" ? [1] : invalidLines,
            );
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 600_000);

  it(`JSON: ${RUNS} files`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 12 }),
        fc.boolean(),
        mutation,
        hostile,
        async (recs, pretty, m, h) => {
          // An array, one element per record, each starting on a known line.
          let text = "[\n";
          let line = 2;
          const invalidLines: number[] = [];
          recs.forEach((r, i) => {
            const element = JSON.stringify(personOf(r), null, pretty ? 2 : undefined);
            if (!r.valid) invalidLines.push(line);
            text += element + (i < recs.length - 1 ? ",\n" : "\n");
            line += element.split("\n").length;
          });
          text += "]\n";
          if (h === "deep-nesting") text = `[${"[".repeat(50_000)}${"]".repeat(50_000)}]`;
          if (h === "long-line")
            text = `[${JSON.stringify({ id: "x", documents: [], notes: `${MARKER}${"y".repeat(200_000)}` })}]`;
          if (h === "huge-number") text = `{"id":"x","documents":[],"profile":{"age":1e400}}`;
          if (h === "proto-key")
            text = `[{"id":"x","documents":[],"__proto__":{"id":"${MARKER}"}}]`;
          if (h === "empty") text = "";
          if (h === "only-blank") text = " \n\t\n";
          const [validate] = await check(write("json", mutate(text, m)));
          if (m.kind === "none" && h === "none") {
            expect(reportedLines(validate?.stdout ?? "")).toEqual(
              recs.length === 0 ? [1] : invalidLines,
            );
          }
        },
      ),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, 600_000);

  it(`CSV: ${RUNS} files`, async () => {
    const header = fc.constantFrom(
      "id,name,documents.0.type,documents.0.number,location.province,notes",
      "id,name,documents.0.type,documents.0.number,location.province,notes,__proto__.id",
      "id,name,documents.300000000.type,documents.300000000.number,location.province,notes",
      "id,name,documents.0.type,documents.0.number,location.province,notes,constructor.prototype.x",
      "id,name,documents.0.type,documents.0.number,location.province,notes,documents.0",
      "id,name,documents.0.type,documents.0.number,location.province,notes,a..b",
    );
    const quoting = fc.constantFrom(
      "plain",
      "quoted",
      "multiline-lf",
      "multiline-crlf",
      "malformed",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(record, quoting), { maxLength: 12 }),
        header,
        fc.boolean(),
        mutation,
        hostile,
        async (rows, head, crlf, m, h) => {
          const eol = crlf ? "\r\n" : "\n";
          const lines: string[] = [head];
          let line = 2;
          const invalidLines: number[] = [];
          const headerOk = head.split(",").length === 6;
          for (const [r, q] of rows) {
            const p = personOf(r);
            const d = (p.documents as Record<string, string>[])[0] as Record<string, string>;
            const notes =
              q === "plain"
                ? `${MARKER} note`
                : q === "quoted"
                  ? `"${MARKER}, ""quoted"""`
                  : q === "multiline-lf"
                    ? `"${MARKER}\nsecond"`
                    : q === "multiline-crlf"
                      ? `"${MARKER}\r\nsecond\r\nthird"`
                      : `"${MARKER}"x`;
            const cells = [
              p.id,
              `${MARKER} name`,
              d.type,
              d.number,
              (p.location as { province?: string } | undefined)?.province ?? "",
              notes,
            ];
            const extra = head.split(",").length - cells.length;
            for (let e = 0; e < extra; e++) cells.push(MARKER);
            const row = cells.join(",");
            lines.push(row);
            if (!r.valid || q === "malformed") invalidLines.push(line);
            line += row.split("\n").length;
          }
          if (h === "long-line") lines.push(`case-x,,none,,,${"z".repeat(200_000)}${MARKER}`);
          const text =
            h === "empty" ? "" : h === "only-blank" ? `${head}${eol}${eol}` : lines.join(eol) + eol;
          const [validate] = await check(write("csv", mutate(text, m)));
          if (
            m.kind === "none" &&
            headerOk &&
            (h === "none" || h === "deep-nesting" || h === "huge-number" || h === "proto-key")
          ) {
            expect(reportedLines(validate?.stdout ?? "")).toEqual(
              rows.length === 0 ? [1] : invalidLines,
            );
          }
          if (m.kind === "none" && !headerOk && h !== "empty") {
            expect(validate?.code).toBe(1);
            expect(validate?.stdout.split("\n").filter(Boolean)).toHaveLength(1);
          }
        },
      ),
      { seed: SEED + 2, numRuns: RUNS },
    );
  }, 600_000);

  it("keeps memory bounded over the whole suite", () => {
    expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
  });
});
