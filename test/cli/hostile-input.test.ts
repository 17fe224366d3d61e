// The hostile files of issue 11, each through every command that reads files.
import { describe, expect, it } from "vitest";
import { csvCell } from "../../src/cli/csv-cell.js";
import { MAX_LINE_LENGTH } from "../../src/cli/input/lines.js";
import { cli, files } from "./helpers.js";

const MARKER = "MARKER7731";

/** Every command that reads a file, with its arguments before the file. */
const COMMANDS: string[][] = [
  ["validate", "--schema", "person"],
  ["validate", "--schema", "person", "--format", "json"],
  ["validate", "--schema", "person", "--format", "github"],
  ["validate", "--schema", "held-document"],
  ["validate", "--schema", "return-flow"],
  ["assess", "--on", "2025-09-02"],
  ["assess", "--on", "2025-09-02", "--format", "csv"],
];

/** Runs every command on a file and checks what must hold for any hostile input. */
async function throughEveryCommand(path: string) {
  const results = [];
  for (const args of COMMANDS) {
    const r = await cli(...args, path);
    expect([0, 1, 2], `${args.join(" ")}: exit ${r.code}`).toContain(r.code);
    expect(r.all, args.join(" ")).not.toContain(MARKER);
    expect(r.all, args.join(" ")).not.toMatch(/\bat \S+ \(|internal error|TypeError|RangeError/);
    results.push({ args, ...r });
  }
  return results;
}

describe("CSV column names that would reach an object's prototype", () => {
  const headers = [
    "__proto__.id",
    "__proto__.error",
    "__proto__.value",
    "__proto__.get",
    "__proto__._zod",
    "__proto__.writable",
    "__proto__.knownAt",
    "__proto__.timeline",
    "constructor.prototype.x",
    "documents.0.__proto__",
    "documents.constructor",
    "location.prototype",
    "prototype",
    "a..b",
  ];
  for (const header of headers) {
    it(`refuses a header "${header}" in one line, in every command, and pollutes nothing`, async () => {
      const f = files({
        "p.csv": `id,documents.0.type,${header}\nc-1,por_card,${MARKER}\n,por_card,\n`,
      });
      for (const r of await throughEveryCommand(f["p.csv"] as string)) {
        expect(r.code, r.args.join(" ")).toBe(1);
        const problems = r.all.split("\n").filter((l) => l.includes("(header)"));
        expect(problems, r.args.join(" ")).toHaveLength(1);
        expect(problems[0]).toContain("column 3");
        if (r.args[0] === "assess") {
          // No record was assessed: no output line, or only the CSV header.
          const lines = r.stdout.split("\n").filter((l) => l !== "" && !l.startsWith("line,"));
          expect(lines).toEqual([]);
        }
      }
      expect(({} as Record<string, unknown>).id).toBeUndefined();
      expect(({} as Record<string, unknown>).error).toBeUndefined();
    });
  }
});

describe("CSV indices are an order, not a size", () => {
  it("reads documents.300000.type and documents.100000000.type as one document, fast", async () => {
    for (const index of ["300000", "100000000"]) {
      const f = files({ "i.csv": `id,documents.${index}.type\nc-1,por_card\nc-2,tazkira\n` });
      const started = Date.now();
      const [validate] = await throughEveryCommand(f["i.csv"] as string);
      expect(validate?.code).toBe(0);
      const r = await cli("assess", "--on", "2025-09-02", f["i.csv"] as string);
      const lines = r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { documents: unknown[] });
      expect(lines.map((l) => l.documents.length)).toEqual([1, 1]);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it("refuses an index of more than nine digits in the header", async () => {
    const f = files({ "i.csv": `id,documents.1234567890.type\nc-1,por_card\n` });
    const r = await cli("validate", "--schema", "person", f["i.csv"] as string);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("column 2: an index has more than 9 digits");
  });
});

describe("CSV line numbers and malformed records", () => {
  it("keeps line numbers right after CRLF inside quoted cells, reporting a record at its first line", async () => {
    const f = files({
      "c.csv":
        'id,documents.0.type,note\r\nc-1,por_card,"a\r\nb\r\nc"\r\nc-2,por_card,x\r\nc-3,bad,y\r\n"c-4",bad,"two\r\nlines"\r\n',
    });
    const v = await cli("validate", "--schema", "person", f["c.csv"] as string);
    expect(
      v.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split(":")[1]),
    ).toEqual(["6", "7"]);
    const a = await cli("assess", "--on", "2025-09-02", f["c.csv"] as string);
    const lines = a.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { line: number }).line);
    expect(lines).toEqual([2, 5]);
    expect(a.stderr).toContain("c.csv:6: documents[0].type");
    expect(a.stderr).toContain("c.csv:7: documents[0].type");
  });

  it("reads every row after a malformed quote, and reports the malformed one once, in order", async () => {
    const f = files({
      "q.csv":
        'id,documents.0.type\n"q"z,por_card\nc-3,por_card\nc-4,"unclosed\nc-5,por_card\nc-6,bad\n',
    });
    const v = await cli("validate", "--schema", "person", f["q.csv"] as string);
    expect(v.code).toBe(1);
    expect(v.stdout.split("\n").filter(Boolean)).toEqual([
      `${f["q.csv"]}:2: (record): malformed CSV record: a closing quote is followed by other text in its cell`,
      `${f["q.csv"]}:4: (record): malformed CSV record: a quoted cell is not closed`,
      `${f["q.csv"]}:6: documents[0].type: expected one of "por_card", "afghan_citizen_card", "umrf_certificate", "passport_visa", "unhcr_asylum_document", "tazkira", "none", "amayesh_card", "headcount_slip_2022", "temporary_residence_card", "headcount_slip_2017", "employment_status_slip", "financial_scheme_receipt", "exit_slip"`,
    ]);
    expect(v.stderr).toBe("5 records in 1 file: 3 invalid\n");
    const a = await cli("assess", "--on", "2025-09-02", f["q.csv"] as string);
    const ids = a.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(["c-3", "c-5"]);
    expect(a.stderr).toMatch(/2 of 5 records assessed on 2025-09-02 .*; 3 invalid\n$/);
  });

  it("a row with more or fewer cells than the header is one problem, and the rest are read", async () => {
    const f = files({ "w.csv": "id,documents.0.type\nc-1,por_card,extra\nc-2\nc-3,por_card\n" });
    const v = await cli("validate", "--schema", "person", f["w.csv"] as string);
    expect(v.stdout).toContain(":2: (record): has 3 cell(s) where the header has 2");
    expect(v.stdout).toContain(":3: (record): has 1 cell(s) where the header has 2");
    expect(v.stderr).toBe("3 records in 1 file: 2 invalid\n");
  });
});

describe("formula cells in CSV output", () => {
  it("are neutralised, the same way everywhere", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(csvCell(`${start}1+1`).replace(/^"/, "").startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell("por_card")).toBe("por_card");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it("in assess --format csv, whatever the id", async () => {
    const f = files({
      "p.ndjson": ["=1+1", "+A1", "-2", "@SUM(A1)", "\tx", "\rx"]
        .map((id) => JSON.stringify({ id, documents: [] }))
        .join("\n"),
    });
    const r = await cli("assess", "--on", "2025-09-02", "--format", "csv", f["p.ndjson"] as string);
    const cells = r.stdout
      .trim()
      .split(/\r?\n(?=")|\n/)
      .slice(1)
      .map((row) => row.split(",")[1]);
    for (const cell of cells) expect(cell?.replace(/^"/, "").startsWith("'")).toBe(true);
  });
});

describe("long lines", () => {
  it("reads NDJSON in time linear in the line's length", async () => {
    const time = async (n: number) => {
      const f = files({
        "l.ndjson": `${JSON.stringify({ id: "c", documents: [], notes: "x".repeat(n) })}\n`,
      });
      const started = process.hrtime.bigint();
      const r = await cli("validate", "--schema", "person", f["l.ndjson"] as string);
      expect(r.code).toBe(0);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await time(1_000_000); // warm up
    const small = await time(1_000_000);
    const large = await time(6_000_000);
    // Six times the length: linear is about 6x; the old quadratic reading was about 36x.
    expect(large / Math.max(small, 1)).toBeLessThan(20);
  });

  it("reports a line over the limit as one invalid record, and reads the next", async () => {
    const long = JSON.stringify({ id: MARKER, documents: [], notes: "x".repeat(MAX_LINE_LENGTH) });
    const ok = JSON.stringify({ id: "c-2", documents: [] });
    const f = files({
      "l.ndjson": `${long}\n${ok}\n`,
      "l.csv": `id,notes\nc-1,${"y".repeat(MAX_LINE_LENGTH + 1)}\nc-2,z\n`,
    });
    const v = await cli("validate", "--schema", "person", f["l.ndjson"] as string);
    expect(v.stdout).toBe(
      `${f["l.ndjson"]}:1: (record): the line is longer than ${MAX_LINE_LENGTH} characters\n`,
    );
    expect(v.stderr).toBe("2 records in 1 file: 1 invalid\n");
    const c = await cli("validate", "--schema", "return-flow", f["l.csv"] as string);
    expect(c.stdout.split("\n")[0]).toBe(
      `${f["l.csv"]}:2: (record): the line is longer than ${MAX_LINE_LENGTH} characters`,
    );
    expect(c.all).not.toContain(MARKER);
  }, 30_000);
});

describe("long JSON records", () => {
  it("an array element or a document over the limit is one invalid record, not held in memory", async () => {
    const long = JSON.stringify({ id: MARKER, documents: [], notes: "x".repeat(MAX_LINE_LENGTH) });
    const ok = JSON.stringify({ id: "c-2", documents: [] });
    const f = files({ "a.json": `[\n${long},\n${ok}\n]\n`, "one.json": long });
    const a = await cli("validate", "--schema", "person", f["a.json"] as string);
    expect(a.stdout).toBe(
      `${f["a.json"]}:2: (record): the record is longer than ${MAX_LINE_LENGTH} characters\n`,
    );
    expect(a.stderr).toBe("2 records in 1 file: 1 invalid\n");
    const one = await cli("validate", "--schema", "person", f["one.json"] as string);
    expect(one.code).toBe(1);
    expect(one.all).not.toContain(MARKER);
  }, 30_000);
});
