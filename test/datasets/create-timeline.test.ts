/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated timeline API, kept working for a deprecation period, is what this file tests */
import { describe, expect, it } from "vitest";
import {
  createTimeline,
  defaultTimeline,
  documentValidity,
  InvalidInputError,
  pakistan,
  TimelineValidationError,
  type Source,
  type Timeline,
  type ValidityRecord,
} from "../../src/index.js";

const source: Source = {
  id: "example-2027-01-10",
  publisher: "Example News",
  title: "Cabinet extends PoR cards",
  url: "https://example.org/por-2027",
  published: "2027-01-10",
  kind: "secondary",
};

const record: ValidityRecord = {
  kind: "validity",
  id: "por-2027-01-10",
  documents: ["por_card"],
  announced: "2027-01-10",
  announcedPrecision: "exact",
  from: "2027-01-01",
  through: "2027-06-30",
  status: "valid",
  body: "Federal cabinet",
  summary: "PoR cards extended to 30 June 2027.",
  sources: ["example-2027-01-10"],
  confidence: "medium",
};

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineValidationError);
    expect((error as TimelineValidationError).code).toBe("ERR_INVALID_TIMELINE");
    return [...(error as TimelineValidationError).problems];
  }
  throw new Error("expected a TimelineValidationError");
}

describe("createTimeline", () => {
  it("extends the default timeline unless told otherwise", () => {
    const timeline = createTimeline([record], { sources: [source] });
    expect(timeline.records).toHaveLength(defaultTimeline.records.length + 1);
    expect(timeline.records.at(-1)?.id).toBe("por-2027-01-10");
    expect(timeline.sourcesById.get("example-2027-01-10")?.publisher).toBe("Example News");
    expect(documentValidity("por_card", { on: "2027-02-01", timeline }).status).toBe("valid");
    // Before the new record, the bundled ones still answer.
    expect(documentValidity("por_card", { on: "2024-01-15", timeline }).status).toBe("valid");
  });

  it("starts from nothing with base: null", () => {
    const timeline = createTimeline([record], { base: null, sources: [source] });
    expect(timeline.records.map((r) => r.id)).toEqual(["por-2027-01-10"]);
    expect(documentValidity("por_card", { on: "2024-01-15", timeline }).status).toBe("unknown");
  });

  it("builds on any timeline it made", () => {
    const first = createTimeline([record], { base: null, sources: [source] });
    const second = createTimeline([{ ...record, id: "another", announced: "2027-02-01" }], {
      base: first,
    });
    expect(second.records.map((r) => r.id)).toEqual(["por-2027-01-10", "another"]);
  });

  it("rejects a base it did not make", () => {
    // A look-alike of the bundled dataset, not made by createDataset.
    const fake: Timeline = { ...pakistan };
    expect(() => createTimeline([], { base: fake })).toThrow(InvalidInputError);
  });

  it("copies its input: changing it afterwards changes nothing", () => {
    const mine = structuredClone(record);
    const timeline = createTimeline([mine], { sources: [source] });
    mine.through = "2027-01-05";
    expect(documentValidity("por_card", { on: "2027-03-01", timeline }).status).toBe("valid");
    expect(Object.isFrozen(timeline.records.at(-1))).toBe(true);
    expect(() => {
      (timeline.records as ValidityRecord[]).push(record);
    }).toThrow(TypeError);
  });

  it("lists every problem at once, by path", () => {
    const problems = problemsOf(() =>
      createTimeline(
        [
          { ...record, id: "Bad Id", through: "2026-12-31" },
          { ...record, id: "x", documents: ["tazkira"], sources: ["nope"] },
          { ...record, id: "y", announced: "2027-02-30", confidence: "certain" as never },
        ],
        { sources: [source] },
      ),
    );
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "records[0].id",
        "records[0].through",
        "records[1].documents[0]",
        "records[1].sources[0]",
        "records[2].announced",
        "records[2].confidence",
      ]),
    );
  });

  it("rejects duplicates, unknown fields, and records before the document existed", () => {
    const problems = problemsOf(() =>
      createTimeline(
        [
          { ...record, id: "por-2024-07-10" },
          { ...record, id: "z", from: "2005-01-01", extra: 1 } as ValidityRecord,
        ],
        { sources: [source] },
      ),
    );
    expect(problems.map((p) => p.path)).toEqual([
      "records[0].id",
      "records[1].extra",
      "records[1].from",
    ]);
    expect(problems[2]?.message).toMatch(/before por_card was first issued/);
  });

  it("rejects two overlapping records for one document announced the same day", () => {
    const problems = problemsOf(() =>
      createTimeline(
        [record, { ...record, id: "twin", from: "2027-06-01", through: "2027-12-31" }],
        {
          sources: [source],
        },
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/ambiguous/);
  });

  it("checks the sources it is given", () => {
    const problems = problemsOf(() =>
      createTimeline([], {
        base: null,
        sources: [
          { ...source, url: "javascript:alert(1)" },
          { ...source, id: "b", published: "2025-13" },
          { ...source, id: "c", kind: "tertiary" as never, title: "" },
        ],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      "sources[0].url",
      "sources[1].published",
      "sources[2].title",
      "sources[2].kind",
    ]);
  });

  it("never repeats a value in its messages", () => {
    const marker = "Zarghuna-0300-1234567";
    let message = "";
    try {
      createTimeline(
        [
          {
            ...record,
            id: marker,
            body: 42 as never,
            from: marker,
            documents: [marker],
            sources: [marker],
            [marker]: marker,
          } as ValidityRecord,
        ],
        { sources: [{ ...source, id: "s", url: marker, published: marker }] },
      );
    } catch (error) {
      message = String(error) + JSON.stringify((error as TimelineValidationError).problems);
    }
    expect(message).toContain("invalid timeline");
    expect(message).not.toContain(marker);
    expect(message).not.toContain("Zarghuna");
  });

  it("rejects input that is not an array of records", () => {
    expect(problemsOf(() => createTimeline("nope" as never))).toEqual([
      { path: "records", message: "must be an array of records" },
    ]);
    expect(problemsOf(() => createTimeline([null as never]))[0]?.path).toBe("records[0]");
    expect(problemsOf(() => createTimeline([{ kind: "rumour" } as never]))[0]?.path).toBe(
      "records[0].kind",
    );
  });
});

describe("the deprecated `timeline` option", () => {
  it("is the `dataset` option under its old name", () => {
    const t = createTimeline([]);
    const on = "2025-01-15";
    expect(documentValidity("por_card", { on, timeline: t })).toEqual(
      documentValidity("por_card", { on, dataset: t }),
    );
    expect(defaultTimeline).toBe(pakistan);
  });

  it("may not name another dataset than `dataset`, and must be one", () => {
    const t = createTimeline([]);
    expect(() =>
      documentValidity("por_card", { on: "2025-01-15", timeline: t, dataset: pakistan }),
    ).toThrow(/^options\.timeline: give the dataset once/);
    expect(() =>
      documentValidity("por_card", { on: "2025-01-15", timeline: pakistan, dataset: pakistan }),
    ).not.toThrow();
    const fake: Timeline = { ...pakistan };
    expect(() => documentValidity("por_card", { on: "2025-01-15", timeline: fake })).toThrow(
      /^timeline: expected a dataset made by createDataset/,
    );
  });
});
