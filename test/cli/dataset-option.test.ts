// The command answers from a dataset of one's own (--dataset) and with decisions added on top
// (--records); a bad file is one line naming the file and the path of the problem, exit 2.
import { describe, expect, it } from "vitest";
import { datasetInput, pakistan } from "../../src/index.js";
import { testlandInput } from "../helpers/testland.js";
import { cli, cliWith, files } from "./helpers.js";

const extension = {
  records: [
    {
      kind: "validity",
      id: "por-2027-01-10",
      documents: ["por_card"],
      announced: "2027-01-10",
      announcedPrecision: "exact",
      from: "2027-01-01",
      through: "2027-06-30",
      status: "valid",
      body: "Federal cabinet",
      summary: "A synthetic extension of PoR cards to 30 June 2027.",
      sources: ["example-2027"],
      confidence: "medium",
      note: "Synthetic: a decision a release does not know yet.",
    },
  ],
  sources: [
    {
      id: "example-2027",
      publisher: "Example News",
      title: "Cabinet extends PoR cards",
      url: "https://example.org/por-2027",
      published: "2027-01-10",
      kind: "secondary",
    },
  ],
  reviewedThrough: "2027-01-31",
};

const f = files({
  "testland.json": JSON.stringify(testlandInput()),
  "pakistan.json": JSON.stringify(datasetInput(pakistan)),
  "extension.json": JSON.stringify(extension),
  "people.ndjson": [
    JSON.stringify({ id: "t-1", documents: [{ type: "residence_permit" }] }),
    JSON.stringify({
      id: "t-2",
      documents: [],
      location: { province: "XT-S" },
      groups: ["students"],
    }),
    JSON.stringify({ id: "t-3", documents: [{ type: "por_card" }] }),
    "",
  ].join("\n"),
  "pk-people.ndjson": `${JSON.stringify({ id: "p-1", documents: [{ type: "por_card" }] })}\n`,
  "bad-zone.json": JSON.stringify({
    ...testlandInput(),
    meta: { ...testlandInput().meta, timeZone: "Zarghuna/0300-1234567" },
    extra: "Zarghuna",
  }),
  "broken.json": '{ "meta": { "id": "Zarghuna 0300-1234567"',
  "bad-records.json": JSON.stringify({
    records: [{ ...extension.records[0], sources: ["nowhere"] }],
  }),
  "records-list.json": JSON.stringify(extension.records),
  "proto.json": `{"__proto__": {"polluted": "Zarghuna"}, ${JSON.stringify(testlandInput()).slice(1)}`,
});
const path = (name: string) => f[name] as string;

describe("--dataset: a dataset of one's own", () => {
  it("assess answers from it: its document types, provinces, groups, version and time zone", async () => {
    const r = await cli(
      "assess",
      "--on",
      "2024-06-15",
      "--dataset",
      path("testland.json"),
      path("people.ndjson"),
    );
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, never>);
    expect(lines.map((l) => l.id)).toEqual(["t-1", "t-2"]);
    expect(lines[0]).toMatchObject({
      dataset: "2026.1",
      exposure: { status: "protected", protectingDocument: "residence_permit" },
    });
    expect(lines[1]).toMatchObject({ exposure: { status: "tolerated" } });
    // A PoR card is not a document of Testland: the record is invalid, by path.
    expect(r.stderr).toContain("people.ndjson:3: documents[0].type:");
    expect(r.stderr).toContain(
      "2 of 3 records assessed on 2024-06-15 (dataset XT 2026.1); 1 invalid",
    );
    expect(r.code).toBe(1);
  });

  it("assess without --on asks for today in the dataset's time zone", async () => {
    let zone = "";
    const r = await cliWith(
      { today: (z) => ((zone = z), "2024-06-15") },
      "assess",
      "--dataset",
      path("testland.json"),
      path("people.ndjson"),
    );
    expect(zone).toBe("Pacific/Auckland");
    expect(r.stderr).toContain("assessed on 2024-06-15");
  });

  it("a file holding the bundled dataset gives the bundled answers, byte for byte", async () => {
    const args = ["assess", "--on", "2025-08-15", path("pk-people.ndjson")];
    const bundled = await cli(...args);
    const fromFile = await cli(...args, "--dataset", path("pakistan.json"));
    expect(fromFile.stdout).toBe(bundled.stdout);
    expect(fromFile.code).toBe(0);
  });

  it("status and timeline take it", async () => {
    const status = await cli(
      "status",
      "--dataset",
      path("testland.json"),
      "--document",
      "residence_permit",
      "--on",
      "2024-03-01",
    );
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(
      "Testland residence permit on 2024-03-01 (Testland, dataset 2026.1)",
    );
    expect(status.stdout).toContain("Validity: valid (through 2024-12-31)");
    expect(status.stdout).toContain("[testland-gazette] Testland Gazette");
    const wrong = await cli("status", "--dataset", path("testland.json"), "--document", "por_card");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      "--document must be one of residence_permit, visa, community_letter, none",
    );
    const timeline = await cli("timeline", "--dataset", path("testland.json"), "--format", "json");
    expect(timeline.code).toBe(0);
    const json = JSON.parse(timeline.stdout) as {
      document: string;
      dataset: string;
      reviewedThrough: string;
    };
    expect(json).toMatchObject({
      document: "residence_permit",
      dataset: "2026.1",
      reviewedThrough: "2025-12-31",
    });
  });

  it("validate checks records against its vocabulary", async () => {
    const r = await cli(
      "validate",
      "--schema",
      "person",
      "--dataset",
      path("testland.json"),
      path("people.ndjson"),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("people.ndjson:3: documents[0].type:");
    expect(r.stdout).not.toContain("people.ndjson:1:");
    expect(r.stdout).not.toContain("people.ndjson:2:");
    const bundled = await cli("validate", "--schema", "person", path("people.ndjson"));
    expect(bundled.stdout).toContain("people.ndjson:1: documents[0].type:");
  });
});

describe("--records: decisions on top of a dataset", () => {
  it("status sees a decision the release does not know, and the sources it cites", async () => {
    const before = await cli("status", "--document", "por_card", "--on", "2027-02-01");
    expect(before.stdout).toContain("Validity: expired");
    const after = await cli(
      "status",
      "--document",
      "por_card",
      "--on",
      "2027-02-01",
      "--records",
      path("extension.json"),
    );
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Validity: valid (through 2027-06-30)");
    expect(after.stdout).toContain("[example-2027] Example News");
  });
});

describe("a bad dataset or records file: one line, the file and the path, exit 2", () => {
  const cases: [string, string[], RegExp][] = [
    [
      "a missing file",
      ["--dataset", "no-such-file.json"],
      /^afghan-refugees: status: --dataset no-such-file\.json: cannot be read\n$/,
    ],
    [
      "a file that is not JSON",
      ["--dataset", "BROKEN"],
      /^afghan-refugees: status: --dataset \S*broken\.json: is not valid JSON( \(at character \d+\))?\n$/,
    ],
    [
      "a dataset with problems",
      ["--dataset", "BAD_ZONE"],
      /^afghan-refugees: status: --dataset \S*bad-zone\.json: input\.extra: is not a known field \(and 1 more problem\)\n$/,
    ],
    [
      "records citing no known source",
      ["--records", "BAD_RECORDS"],
      /^afghan-refugees: status: --records \S*bad-records\.json: records\[0\]\.sources\[0\]: is not the id of a known source\n$/,
    ],
    [
      "a dataset with a __proto__ key",
      ["--dataset", "PROTO"],
      /^afghan-refugees: status: --dataset \S*proto\.json: input\.__proto__: is not a known field\n$/,
    ],
    [
      "records given as a bare list",
      ["--records", "LIST"],
      /^afghan-refugees: status: --records \S*records-list\.json: expected an object \{ records, sources, reviewedThrough\? \}\n$/,
    ],
  ];
  const real: Record<string, string> = {
    BROKEN: path("broken.json"),
    BAD_ZONE: path("bad-zone.json"),
    BAD_RECORDS: path("bad-records.json"),
    LIST: path("records-list.json"),
    PROTO: path("proto.json"),
  };
  for (const [what, args, expected] of cases) {
    it(what, async () => {
      const r = await cli("status", "--document", "por_card", ...args.map((a) => real[a] ?? a));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toContain("Zarghuna");
      expect(r.stderr).not.toContain("0300");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
