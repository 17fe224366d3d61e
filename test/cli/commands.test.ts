import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  deadlines,
  documentValidity,
  exposure,
  validitySpans,
  DATASET_VERSION,
} from "../../src/index.js";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "../../src/schemas/index.js";
import { cli, cliWith } from "./helpers.js";

describe("status", () => {
  it("says a PoR card lapsed on 2025-06-30 and its holder is liable after 2025-08-31", async () => {
    const r = await cli("status", "--document", "por_card", "--on", "2025-09-02");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Validity: expired (last valid day 2025-06-30), high confidence");
    expect(r.stdout).toContain("Exposure: liable, phase ifrp-3, departure deadline 2025-08-31");
    expect(r.stdout).toMatch(/^Decisions: .*por-2025-07-31/m);
    // Each cited source with its publisher, title, date and URL, not only its id.
    expect(r.stdout).toMatch(
      /^Sources:\n {2}\[br-2025-08-03\] Business Recorder, "[^"]+", 2025-08-03, https:\/\/\S+$/m,
    );
    expect(r.stdout).toContain("Not legal advice");
    expect(r.stdout).not.toContain("Warning:");
  });

  it("warns when the day is after the dataset's review, and caps the confidence", async () => {
    const r = await cli("status", "--document", "por_card", "--on", "2026-12-02");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Warning: this dataset's sources were read through 2026-03-15. Decisions announced after that day are not known to it",
    );
    expect(r.stdout).toContain("Validity: expired (last valid day 2025-06-30), medium confidence");
    const json = JSON.parse(
      (await cli("status", "--document", "por_card", "--on", "2026-12-02", "--format", "json"))
        .stdout,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({ reviewedThrough: "2026-03-15", beyondReview: true });
    expect((json.sources as { url: string }[]).every((s) => s.url.startsWith("http"))).toBe(true);
  });

  it("takes a visa's end day with --valid-through, and says a visa without one is unknown", async () => {
    const without = await cli("status", "--document", "passport_visa", "--on", "2025-12-01");
    expect(without.stdout).toContain("Validity: unknown, low confidence");
    expect(without.stdout).toMatch(/^Exposure: liable.*, low confidence$/m);
    const valid = await cli(
      "status",
      "--document",
      "passport_visa",
      "--valid-through",
      "2026-01-31",
      "--on",
      "2025-12-01",
    );
    expect(valid.stdout).toContain("Validity: valid (through 2026-01-31), high confidence");
    expect(valid.stdout).toContain("Exposure: protected, high confidence");
    const wrong = await cli("status", "--document", "por_card", "--valid-through", "2026-01-31");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      "afghan-refugees: status: --valid-through is the holder's own end day, for --document passport_visa only\n",
    );
    const bad = await cli("status", "--document", "passport_visa", "--valid-through", "31/01/2026");
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain("31/01/2026");
  });

  it("answers as known on a day, and defaults --on to the CLI's today", async () => {
    const known = await cli(
      "status",
      "--document",
      "por_card",
      "--on",
      "2025-06-10",
      "--known-at",
      "2025-06-01",
    );
    expect(known.stdout).toContain("Validity: valid (through 2025-06-30)");
    expect(known.stdout).toContain("Exposure: protected");
    const today = await cliWith({ today: () => "2024-01-15" }, "status", "--document", "por_card");
    expect(today.stdout).toContain("on 2024-01-15");
    expect(today.stdout).toContain("Validity: valid");
  });

  it("writes JSON that agrees with documentValidity() and exposure()", async () => {
    const r = await cli(
      "status",
      "--document",
      "afghan_citizen_card",
      "--on",
      "2025-04-02",
      "--format",
      "json",
    );
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out.dataset).toBe(DATASET_VERSION);
    expect(out.validity).toEqual(
      JSON.parse(JSON.stringify(documentValidity("afghan_citizen_card", { on: "2025-04-02" }))),
    );
    expect(out.exposure).toEqual(
      JSON.parse(
        JSON.stringify(
          exposure({ documents: [{ type: "afghan_citizen_card" }] }, { on: "2025-04-02" }),
        ),
      ),
    );
  });

  it("rejects a missing or unknown document type and bad days with exit 2", async () => {
    for (const args of [
      ["status"],
      ["status", "--document", "green_card"],
      ["status", "--document", "por_card", "--on", "2025-13-01"],
      ["status", "--document", "por_card", "--format", "xml"],
      ["status", "--document", "por_card", "extra"],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("timeline", () => {
  it("prints the PoR card's spans as a Markdown table by default", async () => {
    const r = await cli("timeline");
    expect(r.code).toBe(0);
    const spans = validitySpans("por_card");
    const rows = r.stdout.split("\n").filter((l) => /^\| (\d|\()/.test(l));
    expect(rows).toHaveLength(spans.length);
    expect(r.stdout).toContain(
      "| 2010-01-01 | 2012-12-31 | valid | por-2010-03-24 | 2010-03-24 | yes, 82 days late | high |",
    );
    expect(r.stdout).toContain(
      "The dataset's sources were read through 2026-03-15: decisions after that day are not in it.",
    );
  });

  it("writes JSON, CSV and HXL with the same spans", async () => {
    const spans = validitySpans("afghan_citizen_card", { knownAt: "2025-01-01" });
    const args = ["timeline", "--document", "afghan_citizen_card", "--known-at", "2025-01-01"];
    const json = JSON.parse((await cli(...args, "--format", "json")).stdout) as {
      spans: { from: string | null; record: string | null }[];
    };
    expect(json.spans.map((s) => s.from)).toEqual(spans.map((s) => s.from));
    expect(json.spans.map((s) => s.record)).toEqual(spans.map((s) => s.record?.id ?? null));

    const csv = parse<Record<string, string>>((await cli(...args, "--format", "csv")).stdout, {
      columns: true,
    });
    expect(csv.map((r) => r.through || null)).toEqual(spans.map((s) => s.through));
    expect(csv.every((r) => r.reviewed_through === "2026-03-15")).toBe(true);
    expect((json as unknown as { reviewedThrough: string }).reviewedThrough).toBe("2026-03-15");

    const hxl: string[][] = parse((await cli(...args, "--format", "hxl")).stdout);
    expect(hxl[0]?.[0]).toBe("from");
    expect(hxl[1]?.every((tag) => tag.startsWith("#"))).toBe(true);
    expect(hxl[1]?.[0]).toBe("#date+start");
    expect(hxl).toHaveLength(spans.length + 2);
  });

  it("writes the deadlines as an iCalendar file: all-day events, CRLF, lines folded at 75 octets", async () => {
    const r = await cli("timeline", "--format", "ics");
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = deadlines({ from: "1900-01-01", to: "2999-12-31" });
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids).toHaveLength(events.length);
    expect(new Set(uids).size).toBe(uids.length);
    // The last day to leave under the PoR phase, and the start of enforcement the day after.
    expect(text).toContain("DTSTART;VALUE=DATE:20250831\r\nDTEND;VALUE=DATE:20250901\r\n");
    expect(text).toContain("DTSTART;VALUE=DATE:20250901\r\nDTEND;VALUE=DATE:20250902\r\n");
    const unfolded = text.replace(/\r\n /g, "");
    // Events are called by the decision's name, never by its id.
    expect(unfolded).toContain("SUMMARY:Last day to leave: IFRP phase 3: PoR card holders");
    expect(unfolded).toContain(
      "SUMMARY:Deportation begins: No further extension: only holders of a valid visa may stay",
    );
    for (const m of unfolded.matchAll(/^SUMMARY:(.*)$/gm)) {
      expect(m[1]).not.toMatch(/\b(ifrp-\d|[a-z]+-\d{4}-\d{2}-\d{2})\b/);
    }
  });

  it("says there is nothing rather than write an empty calendar", async () => {
    const r = await cli("timeline", "--format", "ics", "--known-at", "2020-01-01");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "afghan-refugees: timeline: no departure deadline or enforcement start as known on 2020-01-01; no calendar written\n",
    );
  });

  it("writes 1 day late, and 2 days late", async () => {
    const spans = validitySpans("por_card");
    const r = await cli("timeline");
    for (const s of spans.filter((x) => x.retroactive)) {
      const n = s.daysLate ?? 0;
      expect(r.stdout).toContain(`yes, ${n} day${n === 1 ? "" : "s"} late`);
    }
    expect(r.stdout).not.toMatch(/\b1 days\b/);
  });

  it("keeps only the events that concern a document's holders with --document", async () => {
    const r = await cli("timeline", "--format", "ics", "--document", "afghan_citizen_card");
    const expected = deadlines({ from: "1900-01-01", to: "2999-12-31" }).filter((e) =>
      e.targets.includes("afghan_citizen_card"),
    );
    expect([...r.stdout.matchAll(/^BEGIN:VEVENT/gm)]).toHaveLength(expected.length);
    expect(r.stdout).not.toContain("ifrp-1");
  });

  it("rejects unknown formats, documents and days with exit 2", async () => {
    for (const args of [
      ["timeline", "--format", "pdf"],
      ["timeline", "--document", "tazkira"],
      ["timeline", "--known-at", "soon"],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("schema", () => {
  it("prints each JSON Schema, as toJsonSchema() builds it", async () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const r = await cli("schema", name);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(toJsonSchema(name));
    }
  });

  it("rejects an unknown name with exit 2", async () => {
    const r = await cli("schema", "people");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^afghan-refugees: schema: give one NAME: person, /);
  });
});
