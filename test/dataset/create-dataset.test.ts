import { describe, expect, it } from "vitest";
import {
  assess,
  createDataset,
  datasetInput,
  deadlines,
  documentValidity,
  exposure,
  extendDataset,
  InvalidInputError,
  listPhases,
  pakistan,
  TimelineValidationError,
  validitySpans,
  type DatasetInput,
} from "../../src/index.js";
import { testlandInput } from "../helpers/testland.js";
import { testSource } from "../helpers/test-source.js";

/** The problems of a call that must throw a TimelineValidationError. */
function problemsOf(f: () => unknown): { path: string; message: string }[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineValidationError);
    return [...(error as TimelineValidationError).problems];
  }
  return expect.fail("did not throw");
}

describe("createDataset: one host's policy as a value", () => {
  it("rebuilt from its own parts, the bundled dataset answers the same", () => {
    const copy = createDataset(datasetInput(pakistan));
    expect(copy).not.toBe(pakistan);
    const asked = [
      ["por_card", "2023-09-15", undefined],
      ["por_card", "2023-09-15", "2023-09-15"],
      ["afghan_citizen_card", "2025-04-02", undefined],
      ["tazkira", "2025-01-01", undefined],
    ] as const;
    for (const [type, on, knownAt] of asked) {
      const options = knownAt === undefined ? { on } : { on, knownAt };
      expect(documentValidity(type, { ...options, dataset: copy })).toEqual(
        documentValidity(type, options),
      );
    }
    const person = { documents: [{ type: "por_card" }], location: { province: "PK-IS" } };
    for (const on of ["2023-10-15", "2025-08-15", "2025-09-02", "2026-01-10"]) {
      expect(assess(person, { on, dataset: copy })).toEqual(assess(person, { on }));
    }
    expect(listPhases({ dataset: copy })).toEqual(listPhases());
    expect(validitySpans("por_card", { dataset: copy })).toEqual(validitySpans("por_card"));
  });

  it("answers another host in its own words: documents, targets, provinces, groups, law", () => {
    const testland = createDataset(testlandInput());
    expect(testland.meta.host).toBe("XT");
    const permit = documentValidity("residence_permit", { on: "2024-06-01", dataset: testland });
    expect(permit).toMatchObject({ status: "valid", validThrough: "2024-12-31" });
    expect(
      documentValidity("community_letter", { on: "2024-06-01", dataset: testland }),
    ).toMatchObject({
      status: "unknown",
      summary: "Unknown: Testland does not assess a community letter.",
    });
    // Pakistan's vocabulary means nothing here, and the messages list Testland's.
    expect(() => documentValidity("por_card", { on: "2024-06-01", dataset: testland })).toThrow(
      /expected a document type \(one of residence_permit, visa, community_letter, none\)/,
    );
    expect(() =>
      exposure(
        { documents: [], location: { province: "PK-IS" } },
        { on: "2024-06-01", dataset: testland },
      ),
    ).toThrow(/province: expected an ISO 3166-2 code of Testland \(XT-N, XT-S\)/);
    const undocumented = exposure({ documents: [] }, { on: "2024-06-10", dataset: testland });
    expect(undocumented).toMatchObject({
      status: "deadline_pending",
      phase: "expulsion-1",
      deadline: "2024-06-30",
      daysToDeadline: 20,
    });
    const after = exposure({ documents: [] }, { on: "2024-07-02", dataset: testland });
    expect(after.status).toBe("liable");
    const none = exposure({ documents: [] }, { on: "2024-01-10", dataset: testland });
    expect(none.summary).toContain("Aliens Act 2001 of Testland");
    expect(none.summary).not.toContain("Foreigners Act");
    // A scoped order reaches the people it names (students in the South), and them only.
    const student = { documents: [], location: { province: "XT-S" }, groups: ["students"] };
    const tolerated = exposure(student, { on: "2024-06-10", dataset: testland });
    expect(tolerated.status).toBe("tolerated");
    expect(tolerated.basis.map((r) => r.id)).toEqual(["south-order-2024"]);
    expect(
      exposure({ ...student, groups: [] }, { on: "2024-06-10", dataset: testland }).status,
    ).toBe("deadline_pending");
    expect(
      exposure(
        { ...student, location: { province: "XT-N" } },
        { on: "2024-06-10", dataset: testland },
      ).status,
    ).toBe("deadline_pending");
    expect(
      deadlines({ from: "2024-01-01", to: "2024-12-31", dataset: testland }).map((d) => d.day),
    ).toEqual(["2024-06-30", "2024-07-01"]);
  });

  it("reads a Date in the dataset's time zone, not Pakistan's and not the machine's", () => {
    const testland = createDataset(testlandInput());
    // 11:30 UTC on 31 Dec 2024 is already 1 Jan 2025 in Auckland (UTC+13), but still
    // 31 Dec in Karachi (UTC+5).
    const instant = new Date("2024-12-31T11:30:00Z");
    expect(documentValidity("residence_permit", { on: instant, dataset: testland }).status).toBe(
      "expired",
    );
    expect(
      documentValidity("residence_permit", { on: "2024-12-31", dataset: testland }).status,
    ).toBe("valid");
    expect(documentValidity("por_card", { on: instant })).toEqual(
      documentValidity("por_card", { on: "2024-12-31" }),
    );
  });

  it("is immutable, and a change to its input afterwards changes nothing", () => {
    const input = testlandInput();
    const testland = createDataset(input);
    for (const part of [
      testland,
      testland.meta,
      testland.records,
      testland.records[0],
      testland.documentTypes,
      testland.documentTypes[0],
      testland.targets[0]?.documents,
      testland.subdivisions,
      testland.wording,
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    input.wording.notAssessed = "Changed {document}.";
    (input.records[0] as { through?: string }).through = "2030-12-31";
    expect(
      documentValidity("residence_permit", { on: "2025-06-01", dataset: testland }).status,
    ).toBe("expired");
    expect(testland.wording.notAssessed).toBe("Testland does not assess a {document}.");
  });

  it("lists every problem by path, never a value", () => {
    const input = testlandInput();
    const secret = "Zarmina-Secret-Value";
    const bad = {
      ...input,
      meta: { ...input.meta, host: secret, timeZone: "Mars/Olympus_Mons" },
      subdivisions: [{ code: "PK-IS", name: "Islamabad" }],
      targets: [
        { id: "permit_holders", name: "Holders", documents: [secret] },
        { id: "a", name: "A", documents: [] },
        { id: "b", name: "B", documents: [] },
      ],
      wording: { legalBasis: "Law", notAssessed: secret },
      extra: secret,
    } as unknown as DatasetInput;
    const problems = problemsOf(() => createDataset(bad));
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "input.extra",
        "meta.host",
        "meta.timeZone",
        "subdivisions[0].code",
        "targets[0].documents[0]",
        "targets",
        "wording.notAssessed",
      ]),
    );
    expect(JSON.stringify(problems)).not.toContain(secret);
  });

  it("checks the records against the dataset's own vocabulary", () => {
    const input = testlandInput();
    const problems = problemsOf(() =>
      createDataset({
        ...input,
        records: [
          { ...input.records[0], documents: ["por_card"] },
          { ...input.records[1], targets: ["undocumented", "por_card"] },
          {
            ...input.records[2],
            scope: { provinces: ["PK-IS"], groups: ["awaiting_resettlement"] },
          },
        ] as DatasetInput["records"],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      "records[0].documents[0]",
      "records[1].targets[1]",
      "records[2].scope.provinces[0]",
      "records[2].scope.groups[0]",
    ]);
    expect(problems[0]?.message).toBe(
      "must be one of: residence_permit, visa, community_letter, none",
    );
  });

  it("rejects what is not a dataset input, with a typed error", () => {
    for (const value of [null, 42, "pakistan", []]) {
      expect(() => createDataset(value as never)).toThrow(InvalidInputError);
    }
    expect(() => createDataset({} as never)).toThrow(TimelineValidationError);
  });
});

describe("extendDataset: decisions a release does not know yet", () => {
  const record = {
    kind: "validity" as const,
    id: "permits-2025",
    documents: ["residence_permit"],
    announced: "2025-01-10",
    announcedPrecision: "exact" as const,
    from: "2025-01-01",
    through: "2025-12-31",
    status: "valid" as const,
    body: "Testland cabinet",
    summary: "Residence permits extended through 2025.",
    sources: [testSource.id],
    confidence: "medium" as const,
    note: "A synthetic extension, announced ten days late.",
  };

  it("adds records and sources on top of a base, which stays as it was", () => {
    const base = createDataset(testlandInput());
    const extended = extendDataset(base, { records: [record], sources: [testSource] });
    const ask = (dataset: typeof base) =>
      documentValidity("residence_permit", { on: "2025-06-01", dataset }).status;
    expect(ask(extended)).toBe("valid");
    expect(ask(base)).toBe("expired");
    expect(extended.records.map((r) => r.id)).toEqual([
      ...base.records.map((r) => r.id),
      "permits-2025",
    ]);
    expect(extended.meta).toEqual(base.meta);
    expect(extended.wording).toBe(base.wording);
  });

  it("keeps the base's review day unless told otherwise", () => {
    const base = createDataset(testlandInput());
    const problems = problemsOf(() =>
      extendDataset(base, {
        records: [record],
        sources: [testSource],
        reviewedThrough: "2025-01-09",
      }),
    );
    expect(problems).toEqual([
      { path: "records[0].announced", message: "is after reviewedThrough" },
    ]);
    const reviewed = extendDataset(base, {
      records: [record],
      sources: [testSource],
      reviewedThrough: "2025-02-01",
    });
    expect(reviewed.meta.reviewedThrough).toBe("2025-02-01");
    expect(reviewed.reviewedThrough).toBe("2025-02-01");
  });

  it("rejects a base it did not make, a record citing no known source, and unknown options", () => {
    expect(() => extendDataset({ ...pakistan }, {})).toThrow(InvalidInputError);
    expect(
      problemsOf(() => extendDataset(pakistan, { records: [record] })).map((p) => p.path),
    ).toEqual(expect.arrayContaining(["records[0].documents[0]", "records[0].sources[0]"]));
    expect(() => extendDataset(pakistan, { record: [] } as never)).toThrow(InvalidInputError);
  });
});

describe("datasetInput", () => {
  it("gives a dataset's parts as JSON can hold them, and they make the same dataset", () => {
    const input = datasetInput(pakistan);
    const json = JSON.parse(JSON.stringify(input)) as DatasetInput;
    const again = createDataset(json);
    expect(again.records).toEqual(pakistan.records);
    expect(again.meta).toEqual(pakistan.meta);
    expect(() => datasetInput({ ...pakistan })).toThrow(InvalidInputError);
  });
});
