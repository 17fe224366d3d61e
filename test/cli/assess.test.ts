import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { assess, DATASET_VERSION } from "../../src/index.js";
import { cli, cliWith, files } from "./helpers.js";

const people = [
  { id: "case-a", documents: [{ type: "por_card" }] },
  {
    id: "case-b",
    documents: [{ type: "afghan_citizen_card" }],
    profile: { sex: "female", age: 15 },
    location: { province: "PK-SD" },
  },
  { id: "case-c", documents: [{ type: "passport_visa", validThrough: "2031-07-19" }] },
  { id: "case-d", documents: [] },
] as const;
const ndjson = `${people.map((p) => JSON.stringify(p)).join("\n")}\n`;

function lines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("assess", () => {
  it("writes one NDJSON assessment per record, agreeing with the library's assess()", async () => {
    const f = files({ "people.ndjson": ndjson });
    const r = await cli("assess", "--on", "2025-09-02", f["people.ndjson"] as string);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(["case-a", "case-b", "case-c", "case-d"]);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4]);
    for (const [i, o] of out.entries()) {
      const expected = assess(people[i] as never, { on: "2025-09-02" });
      const exposure = o.exposure as Record<string, unknown>;
      expect(o.on).toBe("2025-09-02");
      expect(o.dataset).toBe(DATASET_VERSION);
      expect(exposure.status).toBe(expected.exposure.status);
      expect(exposure.phase).toBe(expected.exposure.phase);
      expect(exposure.deadline).toBe(expected.exposure.deadline);
      expect(exposure.basis).toEqual(expected.exposure.basis.map((b) => b.id));
      expect((o.risk as { profiles: string[] }).profiles).toEqual(
        expected.risk.matches.map((m) => m.profile.id),
      );
      expect(o.specificNeeds).toEqual(expected.specificNeeds.map((n) => n.code));
      const docs = o.documents as { status: string }[];
      expect(docs.map((d) => d.status)).toEqual(expected.documents.map((d) => d.status));
    }
    // Hand-checked against the dataset: PoR lapsed on 2025-06-30, the PoR phase's departure
    // deadline was 2025-08-31; the ACC phase's was 2025-03-31.
    expect(out[0]?.documents).toEqual([
      expect.objectContaining({ type: "por_card", status: "expired", validThrough: "2025-06-30" }),
    ]);
    expect(out[0]?.exposure).toMatchObject({ status: "liable", deadline: "2025-08-31" });
    expect(out[1]?.exposure).toMatchObject({ status: "liable", deadline: "2025-03-31" });
    expect(out[2]?.exposure).toMatchObject({ status: "protected" });
    expect(r.stderr).toBe(`4 of 4 records assessed on 2025-09-02 (dataset ${DATASET_VERSION})\n`);
    expect(out.every((o) => o.reviewedThrough === "2026-03-15" && o.beyondReview === false)).toBe(
      true,
    );
  });

  it("says on every line, and once on stderr, when the day is after the dataset's review", async () => {
    const f = files({ "people.ndjson": ndjson });
    const r = await cli("assess", "--on", "2026-12-02", f["people.ndjson"] as string);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.every((o) => o.reviewedThrough === "2026-03-15" && o.beyondReview === true)).toBe(
      true,
    );
    expect(out[0]?.exposure).toMatchObject({ status: "liable", confidence: "medium" });
    const [warning, summary, ...rest] = r.stderr.split("\n");
    expect(warning).toBe(
      "afghan-refugees: warning: --on or --known-at is after 2026-03-15, the last day the sources of the dataset of PK were read through: decisions after it are not known to this release, and no answer is above medium confidence",
    );
    expect(summary).toMatch(/^4 of 4 records assessed on 2026-12-02/);
    expect(rest).toEqual([""]);
    // The default --on, today, is beyond review too.
    const today = await cliWith(
      { today: () => "2026-12-02" },
      "assess",
      f["people.ndjson"] as string,
    );
    expect(today.stderr).toContain("afghan-refugees: warning:");
    // A late --known-at as well, and the CSV columns say it.
    const csv = await cli(
      "assess",
      "--on",
      "2025-01-01",
      "--known-at",
      "2026-04-01",
      "--format",
      "csv",
      f["people.ndjson"] as string,
    );
    expect(csv.stderr).toContain("afghan-refugees: warning:");
    const rows = parse<Record<string, string>>(csv.stdout, { columns: true });
    expect(rows[0]).toMatchObject({ reviewed_through: "2026-03-15", beyond_review: "true" });
  });

  it("--known-at answers as the dataset stood on that day", async () => {
    const f = files({ "people.ndjson": ndjson });
    const r = await cli(
      "assess",
      "--on",
      "2025-06-10",
      "--known-at",
      "2025-06-01",
      f["people.ndjson"] as string,
    );
    expect(r.code).toBe(0);
    const first = lines(r.stdout)[0];
    expect(first?.knownAt).toBe("2025-06-01");
    expect(first?.documents).toEqual([
      expect.objectContaining({ status: "valid", validThrough: "2025-06-30", daysRemaining: 20 }),
    ]);
    expect(first?.exposure).toMatchObject({ status: "protected", protectingDocument: "por_card" });
  });

  it("--on defaults to today in Asia/Karachi, as the CLI's clock gives it", async () => {
    const f = files({ "people.ndjson": ndjson });
    const r = await cliWith({ today: () => "2023-10-15" }, "assess", f["people.ndjson"] as string);
    const first = lines(r.stdout)[0];
    expect(first?.on).toBe("2023-10-15");
    expect(first?.exposure).toMatchObject({ status: "protected" });
  });

  it("writes CSV with a header, one row per record, and neutralises formula cells", async () => {
    const f = files({
      "people.ndjson": `${ndjson}${JSON.stringify({ id: "=HYPERLINK(1)", documents: [] })}\n`,
    });
    const r = await cli(
      "assess",
      "--on",
      "2025-09-02",
      "--format",
      "csv",
      f["people.ndjson"] as string,
    );
    expect(r.code).toBe(0);
    const rows = parse<Record<string, string>>(r.stdout, { columns: true });
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      line: "1",
      id: "case-a",
      exposure: "liable",
      phase: "ifrp-3",
      deadline: "2025-08-31",
      documents: "por_card:expired",
    });
    expect(rows[4]?.id).toBe("'=HYPERLINK(1)");
  });

  it("reads CSV and JSON input as well as NDJSON", async () => {
    const f = files({
      "people.csv": "id,documents.0.type,profile.age,profile.sex\ncase-a,por_card,15,female\n",
      "people.json": JSON.stringify(people),
    });
    const csv = await cli("assess", "--on", "2025-09-02", f["people.csv"] as string);
    expect(csv.code, csv.stderr).toBe(0);
    const expected = assess(
      { documents: [{ type: "por_card" }], profile: { age: 15, sex: "female" } },
      { on: "2025-09-02" },
    );
    expect(expected.risk.matches.map((m) => m.profile.id)).toContain("euaa-2024-3-16"); // a child
    expect(lines(csv.stdout)[0]?.risk).toMatchObject({
      profiles: expected.risk.matches.map((m) => m.profile.id),
    });
    const json = await cli("assess", "--on", "2025-09-02", f["people.json"] as string);
    expect(lines(json.stdout)).toHaveLength(4);
  });

  it("reports invalid records on stderr, assesses the rest, and exits 1", async () => {
    const f = files({
      "people.ndjson": `${JSON.stringify(people[0])}\n{"id":"case-x","documents":[{"type":"visa"}]}\nnot json\n${JSON.stringify(people[1])}\n`,
    });
    const r = await cli("assess", "--on", "2025-09-02", f["people.ndjson"] as string);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((o) => o.line)).toEqual([1, 4]);
    expect(r.stderr).toMatch(/people\.ndjson:2: documents\[0\]\.type: expected one of/);
    expect(r.stderr).toMatch(/people\.ndjson:3: \(record\): invalid JSON at line 3/);
    expect(r.stderr).toMatch(/2 of 4 records assessed on 2025-09-02 .*; 2 invalid\n$/);
  });

  it("rejects bad options with exit 2 and one line", async () => {
    const f = files({ "people.ndjson": ndjson });
    const path = f["people.ndjson"] as string;
    for (const args of [
      ["assess"],
      ["assess", path, path],
      ["assess", "--on", "2025-02-30", path],
      ["assess", "--on", "02/09/2025", path],
      ["assess", "--known-at", "yesterday", path],
      ["assess", "--format", "xlsx", path],
      ["assess", "--nope", path],
      ["assess", `${f.dir}/missing.ndjson`],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });
});

describe("progress line", () => {
  const many = `${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `c${i}`, documents: [] })).join("\n")}\n`;

  it("shows on a terminal, and is cleared at the end", async () => {
    const f = files({ "many.ndjson": many });
    const r = await cliWith(
      { stderrIsTTY: true, env: {} },
      "validate",
      "--schema",
      "person",
      f["many.ndjson"] as string,
    );
    expect(r.stderr).toMatch(/\r\S*many\.ndjson: 1,024 records/);
    expect(r.stderr).toContain("\r\x1b[K");
    expect(r.stdout).toBe("");
  });

  it("never shows in CI logs or pipes", async () => {
    const f = files({ "many.ndjson": many });
    for (const io of [{ stderrIsTTY: true, env: { CI: "true" } }, { stderrIsTTY: false }]) {
      const r = await cliWith(io, "assess", "--on", "2025-09-02", f["many.ndjson"] as string);
      expect(r.stderr).not.toContain("\r");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
