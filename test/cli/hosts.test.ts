// The command for both host countries: a record's own host picks the bundled dataset, --host
// sets it for a whole file (and for status and timeline), a file mixing hosts is assessed in
// one run, and Iran's days are also given in the Solar Hijri calendar.
import { describe, expect, it } from "vitest";
import { assess, iran, pakistan } from "../../src/index.js";
import { solarHijri } from "../../src/cli/solar-hijri.js";
import { testlandInput } from "../helpers/testland.js";
import { cli, files } from "./helpers.js";

const people = [
  { id: "m-1", documents: [{ type: "por_card" }] },
  { id: "m-2", host: "IR", documents: [{ type: "headcount_slip_2022" }] },
  { id: "m-3", host: "IR", documents: [{ type: "por_card" }] },
  { id: "m-4", documents: [{ type: "amayesh_card" }] },
  { id: "m-5", host: "PK", documents: [], location: { province: "PK-IS" } },
];
const f = files({
  "mixed.ndjson": people.map((p) => JSON.stringify(p)).join("\n") + "\n",
  "testland.json": JSON.stringify(testlandInput()),
});
const mixed = f["mixed.ndjson"] as string;
const lines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; host: string; dataset: string; exposure: unknown });

describe("assess: a file that mixes hosts, in one run", () => {
  it("answers each record from its own host's dataset, as the library does", async () => {
    const r = await cli("assess", "--on", "2025-08-01", mixed);
    const out = lines(r.stdout);
    expect(out.map((l) => [l.id, l.host, l.dataset])).toEqual([
      ["m-1", "PK", pakistan.meta.version],
      ["m-2", "IR", iran.meta.version],
      ["m-5", "PK", pakistan.meta.version],
    ]);
    const ir = assess(people[1] as never, { on: "2025-08-01" });
    expect(out[1]?.exposure).toMatchObject({
      status: ir.exposure.status,
      deadline: ir.exposure.deadline,
    });
    // A record that names a document of the other host is invalid, by path, with the host.
    expect(r.stderr).toContain("mixed.ndjson:3: documents[0].type: is not a document type of IR");
    expect(r.stderr).toContain("mixed.ndjson:4: documents[0].type: is not a document type of PK");
    expect(r.stderr).toContain(
      `3 of 5 records assessed on 2025-08-01 (datasets PK ${pakistan.meta.version}, IR ${iran.meta.version}); 2 invalid`,
    );
    expect(r.code).toBe(1);
  });

  it("--host IR is the host of records that name none; a record's own host wins", async () => {
    const r = await cli("assess", "--host", "IR", "--on", "2025-08-01", mixed);
    expect(lines(r.stdout).map((l) => [l.id, l.host])).toEqual([
      ["m-2", "IR"],
      ["m-4", "IR"],
      ["m-5", "PK"],
    ]);
    expect(r.stderr).toContain("mixed.ndjson:1: documents[0].type: is not a document type of IR");
  });

  it("the summary names only the datasets that assessed a record", async () => {
    const only = files({ "ir.ndjson": `${JSON.stringify(people[1])}\n` });
    const r = await cli("assess", "--on", "2025-08-01", only["ir.ndjson"] as string);
    expect(r.stderr).toContain(
      `1 of 1 records assessed on 2025-08-01 (dataset IR ${iran.meta.version})`,
    );
  });

  it("--host must be a bundled host, and agree with --dataset", async () => {
    const bad = await cli("assess", "--host", "AF", mixed);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("afghan-refugees: assess: --host must be one of PK, IR\n");
    const other = await cli(
      "assess",
      "--host",
      "IR",
      "--dataset",
      f["testland.json"] as string,
      mixed,
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/testland\.json: is a dataset of XT, not of --host IR\n$/);
  });
});

describe("validate: a person record's host decides, --host for records that name none", () => {
  it("checks each record against its host's ids", async () => {
    const r = await cli("validate", "--schema", "person", mixed);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => l.replace(/^\S*mixed\.ndjson/, "")),
    ).toEqual([
      ":3: documents[0].type: is not a document type of IR",
      ":4: documents[0].type: is not a document type of PK",
    ]);
    const ir = await cli("validate", "--schema", "person", "--host", "IR", mixed);
    expect(
      ir.stdout
        .trim()
        .split("\n")
        .map((l) => l.replace(/^\S*mixed\.ndjson/, "")),
    ).toEqual([
      ":1: documents[0].type: is not a document type of IR",
      ":3: documents[0].type: is not a document type of IR",
    ]);
  });
});

describe("status and timeline for Iran", () => {
  it("status --host IR gives the Solar Hijri date of the day and of the deadline", async () => {
    const r = await cli(
      "status",
      "--host",
      "IR",
      "--document",
      "headcount_slip_2022",
      "--on",
      "2025-06-15",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("on 2025-06-15 (25 Khordad 1404) (Iran, dataset");
    expect(r.stdout).toContain("departure deadline 2025-07-06 (15 Tir 1404)");
    const json = await cli(
      "status",
      "--host",
      "IR",
      "--document",
      "temporary_residence_card",
      "--on",
      "2026-01-15",
      "--format",
      "json",
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      host: "IR",
      solarHijri: { on: "25 Dey 1404", validThrough: "31 Khordad 1405", deadline: null },
      validity: { status: "valid", validThrough: "2026-06-21", host: "IR" },
    });
    // Pakistan's answers carry no Solar Hijri date.
    const pk = await cli(
      "status",
      "--document",
      "por_card",
      "--on",
      "2025-06-15",
      "--format",
      "json",
    );
    expect(JSON.parse(pk.stdout)).not.toHaveProperty("solarHijri");
  });

  it("timeline --host IR lists Iran's decided documents", async () => {
    const r = await cli(
      "timeline",
      "--host",
      "IR",
      "--document",
      "headcount_slip_2022",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { spans: { record: string | null }[] };
    expect(json.spans.map((s) => s.record)).toContain("headcount-2022-10-extension");
    const wrong = await cli("timeline", "--host", "IR", "--document", "por_card");
    expect(wrong.stderr).toContain(
      "--document must be one of amayesh_card, headcount_slip_2022, temporary_residence_card",
    );
  });

  it("Solar Hijri dates agree with the research notes' conversions", () => {
    expect(solarHijri("2022-10-22")).toBe("30 Mehr 1401");
    expect(solarHijri("2025-03-21")).toBe("1 Farvardin 1404");
    expect(solarHijri("2026-06-21")).toBe("31 Khordad 1405");
    expect(solarHijri("2024-03-20")).toBe("1 Farvardin 1403");
  });
});
