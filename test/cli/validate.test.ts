import { describe, expect, it } from "vitest";
import { cli, files } from "./helpers.js";

const good = {
  id: "case-0001",
  documents: [{ type: "por_card" }],
  location: { province: "PK-KP" },
};
const bad = { id: "case-0002", documents: [{ type: "visa" }], location: { province: "Punjab" } };

describe("validate: formats", () => {
  it("accepts valid NDJSON, JSON arrays, single JSON objects and CSV", async () => {
    const f = files({
      "people.ndjson": `${JSON.stringify(good)}\n${JSON.stringify(good)}\n`,
      "people.json": JSON.stringify([good, good, good], null, 2),
      "one.json": JSON.stringify(good),
      "people.csv":
        "id,documents.0.type,documents.1.type,documents.1.validThrough,profile.age\ncase-1,por_card,passport_visa,2026-01-31,34\n",
    });
    for (const name of ["people.ndjson", "people.json", "one.json", "people.csv"]) {
      const r = await cli("validate", "--schema", "person", f[name] as string);
      expect(r.code, r.all).toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/: 0 invalid\n$/);
    }
  });

  it("reports every invalid record as file:line: path: message, with exit 1", async () => {
    const f = files({
      "people.ndjson": [good, bad, good, bad].map((r) => JSON.stringify(r)).join("\n"),
    });
    const r = await cli("validate", "--schema", "person", f["people.ndjson"] as string);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/people\.ndjson:2: documents\[0\]\.type: expected one of "por_card", /),
      expect.stringMatching(/people\.ndjson:2: location\.province: expected one of "PK-BA", /),
      expect.stringMatching(/people\.ndjson:4: documents\[0\]\.type: /),
      expect.stringMatching(/people\.ndjson:4: location\.province: /),
    ]);
    expect(r.stderr).toBe("4 records in 1 file: 2 invalid\n");
  });

  it("gives the line where each element of a JSON array starts", async () => {
    const f = files({
      "people.json": `[\n  ${JSON.stringify(good)},\n\n  ${JSON.stringify(bad)}\n]\n`,
    });
    const r = await cli("validate", "--schema", "person", f["people.json"] as string);
    expect(r.stdout).toMatch(/people\.json:4: documents\[0\]\.type/);
  });

  it("reads CSV with dotted columns, numbers where the schema wants numbers, and row line numbers", async () => {
    const f = files({
      "flows.csv":
        "day,crossingPoint,returnType,documentType,individuals,households,source\n" +
        "2025-09-02,Torkham,deported,por_card,412,80,IOM DTM\n" +
        "2025-09-03,Chaman,expelled,por_card,many,,IOM DTM\n",
    });
    const r = await cli("validate", "--schema", "return-flow", f["flows.csv"] as string);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("flows.csv:3: returnType: expected one of");
    expect(r.stdout).toContain("flows.csv:3: individuals: expected number");
    expect(r.stdout).not.toContain("flows.csv:2:");
  });

  it("writes GitHub annotations and JSON lines", async () => {
    const f = files({ "people.ndjson": JSON.stringify(bad) });
    const gh = await cli(
      "validate",
      "--schema",
      "person",
      "--format",
      "github",
      f["people.ndjson"] as string,
    );
    expect(gh.stdout.split("\n")[0]).toMatch(
      /^::error file=.*people\.ndjson,line=1::documents\[0\]\.type: expected one of/,
    );
    const json = await cli(
      "validate",
      "--schema",
      "person",
      "--format",
      "json",
      f["people.ndjson"] as string,
    );
    const objects = json.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects[0]).toMatchObject({ line: 1, path: "documents[0].type" });
    expect(objects.at(-1)).toEqual({
      summary: { files: 1, records: 1, invalid: 1, stopped: false },
    });
  });

  it("stops after --max-errors invalid records", async () => {
    const f = files({
      "people.ndjson": Array.from({ length: 50 }, () => JSON.stringify(bad)).join("\n"),
    });
    const r = await cli(
      "validate",
      "--schema",
      "person",
      "--max-errors",
      "3",
      f["people.ndjson"] as string,
    );
    expect(r.code).toBe(1);
    expect(
      new Set(
        r.stdout
          .trim()
          .split("\n")
          .map((l) => l.split(":")[1]),
      ).size,
    ).toBe(3);
    expect(r.stderr).toContain("stopped after 3 invalid records");
  });

  it("validates several files and the dataset's own record schemas", async () => {
    const f = files({ "a.ndjson": JSON.stringify(good), "b.json": JSON.stringify([good]) });
    const r = await cli(
      "validate",
      "--schema",
      "person",
      f["a.ndjson"] as string,
      f["b.json"] as string,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("2 records in 2 files: 0 invalid\n");
    for (const [schema, file] of [
      ["timeline-record", "data/pk/validity/por-card.json"],
      ["timeline-record", "data/pk/exposure/phases.json"],
      ["source", "data/pk/sources.json"],
      ["figure", "data/pk/figures.json"],
    ] as const) {
      const d = await cli("validate", "--schema", schema, file);
      expect(d.code, d.all).toBe(0);
    }
  });
});

describe("validate: bad input never crashes it", () => {
  const cases: [string, string | Buffer, number, RegExp][] = [
    [
      "truncated.json",
      '[{"id":"case-1","documents":[]},{"id":"ca',
      1,
      /the file ends before the array is closed|invalid JSON/,
    ],
    [
      "malformed.json",
      '[{"id": "case-1", "documents": [],}]',
      1,
      /invalid JSON at line 1, column \d+/,
    ],
    ["trailing.json", '[{"id":"case-1","documents":[]},]', 1, /a value is missing/],
    ["after.json", '[{"id":"case-1","documents":[]}] x', 1, /content after the array/],
    [
      "broken.ndjson",
      '{"id":"case-1","documents":[]}\n{"id": "case-2", documents}\n',
      1,
      /broken\.ndjson:2: \(record\): invalid JSON at line 2, column \d+/,
    ],
    ["empty.ndjson", "", 1, /no records found/],
    ["empty.json", "", 1, /no records found/],
    ["binary.ndjson", Buffer.from([0x7b, 0x00, 0x01, 0xff, 0xfe]), 2, /is not a text file/],
  ];
  for (const [name, content, code, pattern] of cases) {
    it(`${name}: exit ${code}, one clear message, no stack trace`, async () => {
      const f = files({ [name]: content });
      const r = await cli("validate", "--schema", "person", f[name] as string);
      expect(r.code).toBe(code);
      expect(r.all).toMatch(pattern);
      expect(r.all).not.toMatch(/\n\s+at |Error:/);
    });
  }

  it("reads a BOM and CRLF line ends", async () => {
    const f = files({
      "bom.ndjson": `\uFEFF${JSON.stringify(good)}\r\n${JSON.stringify(good)}\r\n`,
      "bom.csv": "\uFEFFid,documents.0.type\r\ncase-1,por_card\r\n",
      "bom.json": `\uFEFF[${JSON.stringify(good)}]\r\n`,
    });
    for (const name of ["bom.ndjson", "bom.csv", "bom.json"]) {
      const r = await cli("validate", "--schema", "person", f[name] as string);
      expect(r.code, `${name}: ${r.all}`).toBe(0);
    }
  });

  it("reads a 10 MB line", async () => {
    const big = { ...good, notes: "x".repeat(10 * 1024 * 1024) };
    const f = files({ "big.ndjson": `${JSON.stringify(big)}\n${JSON.stringify(bad)}\n` });
    const r = await cli("validate", "--schema", "person", f["big.ndjson"] as string);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/big\.ndjson:2: documents/);
    expect(r.all.length).toBeLessThan(2000);
  });

  it("missing files, directories and unknown formats are usage errors (exit 2)", async () => {
    const f = files({ "people.txt": "{}" });
    for (const args of [
      ["validate", "--schema", "person", `${f.dir}/nope.ndjson`],
      ["validate", "--schema", "person", f.dir as string],
      ["validate", "--schema", "person", f["people.txt"] as string],
      ["validate", "--schema", "nope", f["people.txt"] as string],
      ["validate", "--schema", "person"],
      ["validate", "--schema", "person", "--max-errors", "0", f["people.txt"] as string],
      ["validate", "--bogus"],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("privacy: no output repeats a field value", () => {
  const markers = {
    name: "Zarmina-MARKER-Name",
    number: "PK-MARKER-4455667",
    dob: "1987-03-14",
    phone: "0300-MARKER-99",
    visaEnd: "2031-07-19",
    oldVisaEnd: "2019-02-27",
    // what `on` (2025-09-02) plus the days remaining would give back
    daysLeft: "2146",
  };
  const records = [
    // valid records carrying personal data in fields the library never reads
    {
      id: "case-1",
      name: markers.name,
      phone: markers.phone,
      dateOfBirth: markers.dob,
      documents: [{ type: "por_card", number: markers.number }],
    },
    // invalid values in every field that is checked
    {
      id: "case-2",
      name: markers.name,
      documents: [
        {
          type: markers.name,
          number: markers.number,
          issuedOn: markers.name,
          validThrough: markers.dob.replace("-14", "-99"),
        },
      ],
      location: { province: markers.phone, district: 7 },
      profile: { roles: [markers.name], age: markers.dob, ethnicity: markers.phone },
    },
    { id: 5, documents: markers.number, [markers.name]: markers.phone },
    // a holder's own visa end days: valid, expired, and malformed
    {
      id: "case-4",
      documents: [
        { type: "passport_visa", validThrough: markers.visaEnd, number: markers.number },
        { type: "passport_visa", validThrough: markers.oldVisaEnd },
      ],
    },
    { id: "case-5", documents: [{ type: "passport_visa", validThrough: `${markers.visaEnd}T00` }] },
  ];

  it("in every format of validate and assess, for valid and broken records", async () => {
    const ndjson = `${records.map((r) => JSON.stringify(r)).join("\n")}\n{"name": "${markers.name}", "broken": ${markers.dob}\n`;
    const f = files({
      "p.ndjson": ndjson,
      "p.json": `[${records.map((r) => JSON.stringify(r)).join(",")}, {"name": "${markers.name}" "x": 1}]`,
      "p.csv": `id,name,documents.0.type,documents.0.number,dateOfBirth\ncase-1,${markers.name},por_card,${markers.number},${markers.dob}\ncase-2,${markers.name},${markers.name},${markers.number},${markers.dob}\n"case-3,${markers.name}\n`,
    });
    const outputs: string[] = [];
    for (const file of ["p.ndjson", "p.json", "p.csv"]) {
      for (const format of ["text", "json", "github"]) {
        outputs.push(
          (await cli("validate", "--schema", "person", "--format", format, f[file] as string)).all,
        );
      }
      for (const format of ["ndjson", "csv"]) {
        outputs.push(
          (await cli("assess", "--on", "2025-09-02", "--format", format, f[file] as string)).all,
        );
      }
    }
    const all = outputs.join("\n");
    expect(all).toContain("case-1"); // the id is the one value repeated, by design
    expect(all).toContain("case-4"); // assessed, so the visa days went through the library
    for (const marker of Object.values(markers)) expect(all).not.toContain(marker);
    expect(all).not.toContain("MARKER");
  });
});
