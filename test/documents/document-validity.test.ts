import { describe, expect, it } from "vitest";
import {
  type Dataset,
  documentTypes,
  documentValidity,
  extendDataset,
  InvalidDateError,
  formatDay,
  parseDay,
  InvalidInputError,
  pakistan,
  type ValidityRecord,
} from "../../src/index.js";
import { withRecords } from "../helpers/datasets.js";

const ids = (r: { basis: readonly ValidityRecord[] }) => r.basis.map((b) => b.id);

describe("documentValidity: the worked cases of the issue", () => {
  it("a PoR card on 15 Sep 2023 is valid today under the 8 Nov 2023 decision, through 31 Dec 2023", () => {
    const r = documentValidity("por_card", { on: "2023-09-15" });
    expect(r.status).toBe("valid");
    expect(r.validThrough).toBe("2023-12-31");
    expect(r.daysRemaining).toBe(107);
    expect(ids(r)).toEqual(["por-2023-11-08"]);
    expect(r.confidence).toBe("high");
  });

  it("...but as known on 15 Sep 2023 it had expired on 30 Jun 2023", () => {
    const r = documentValidity("por_card", { on: "2023-09-15", knownAt: "2023-09-15" });
    expect(r.status).toBe("expired");
    expect(r.validThrough).toBe("2023-06-30");
    expect(r.daysRemaining).toBeNull();
    expect(ids(r)).toEqual(["por-2021-drive-smartcards"]);
  });

  it("a PoR card on 15 Jan 2024 is valid under the retroactive February 2024 extension", () => {
    const r = documentValidity("por_card", { on: "2024-01-15" });
    expect(r.status).toBe("valid");
    expect(r.validThrough).toBe("2024-03-31");
    expect(ids(r)).toEqual(["por-2024-02-02"]);
    const before = documentValidity("por_card", { on: "2024-01-15", knownAt: "2024-01-31" });
    expect(before.status).toBe("expired");
    expect(before.validThrough).toBe("2023-12-31");
  });

  it("a PoR card after the 2025 lapse is expired under the 31 Jul 2025 notification", () => {
    const r = documentValidity("por_card", { on: "2025-09-02" });
    expect(r.status).toBe("expired");
    expect(r.validThrough).toBe("2025-06-30");
    expect(ids(r)).toEqual(["por-2025-07-31", "por-2024-07-10"]);
    expect(r.summary).toContain("por-2025-07-31");
  });
});

describe("documentValidity: each rule", () => {
  it("not_issued before the type existed", () => {
    expect(documentValidity("por_card", { on: "2006-10-14" }).status).toBe("not_issued");
    expect(documentValidity("por_card", { on: "2006-10-15" }).status).toBe("valid");
    expect(documentValidity("afghan_citizen_card", { on: "2017-08-15" }).status).toBe("not_issued");
    expect(documentValidity("umrf_certificate", { on: "2021-04-14" }).status).toBe("not_issued");
  });

  it("daysRemaining is 0 on the last valid day and validThrough is that day", () => {
    const r = documentValidity("por_card", { on: "2025-06-30" });
    expect(r).toMatchObject({ status: "valid", validThrough: "2025-06-30", daysRemaining: 0 });
    expect(documentValidity("por_card", { on: "2025-07-01" }).status).toBe("expired");
  });

  it("validThrough is the end of the run governed by the same record, not of the last extension", () => {
    // On 15 Jan 2018 the 30-day extension governs: valid through 31 Jan 2018 only, although
    // later decisions extended the cards further.
    const r = documentValidity("por_card", { on: "2018-01-15" });
    expect(r.validThrough).toBe("2018-01-31");
    expect(ids(r)).toEqual(["por-2018-01-03"]);
  });

  it("unknown where the governing record says unknown, with its low confidence", () => {
    const r = documentValidity("por_card", { on: "2020-09-01" });
    expect(r).toMatchObject({ status: "unknown", validThrough: null, confidence: "low" });
    expect(ids(r)).toEqual(["por-2020-lapse-unknown"]);
    const then = documentValidity("por_card", { on: "2020-09-01", knownAt: "2020-09-01" });
    expect(then.status).toBe("expired");
    expect(then.validThrough).toBe("2020-06-30");
  });

  it("expired where the governing record says invalid, with the last valid day before", () => {
    const r = documentValidity("afghan_citizen_card", { on: "2025-04-02" });
    expect(r.status).toBe("expired");
    expect(r.validThrough).toBe("2020-06-30");
    expect(ids(r)).toEqual(["acc-2025-03-07", "acc-2019-2020-extension"]);
    expect(r.confidence).toBe("medium");
  });

  it("unknown for an ACC with no published validity, before the first knowledge of any", () => {
    expect(documentValidity("afghan_citizen_card", { on: "2018-06-01" }).status).toBe("unknown");
    const early = documentValidity("afghan_citizen_card", {
      on: "2018-06-01",
      knownAt: "2017-01-01",
    });
    expect(early).toMatchObject({ status: "unknown", basis: [] });
  });

  it("UMRF certificates follow the November 2023 decision shared with PoR cards", () => {
    const r = documentValidity("umrf_certificate", { on: "2023-10-01" });
    expect(r.status).toBe("valid");
    expect(ids(r)).toEqual(["por-2023-11-08"]);
    expect(documentValidity("umrf_certificate", { on: "2024-05-01" }).status).toBe("unknown");
  });

  it("no_document for none", () => {
    expect(documentValidity("none", { on: "2025-01-01" })).toMatchObject({
      status: "no_document",
      basis: [],
    });
  });

  it("unknown, not assessed, for a Tazkira and UNHCR documents", () => {
    for (const type of ["tazkira", "unhcr_asylum_document"] as const) {
      const r = documentValidity(type, { on: "2025-01-01" });
      expect(r.status).toBe("unknown");
      expect(r.summary).toContain("does not treat");
      expect(documentTypes[type].recognisedByState).toBe(false);
    }
  });

  it("the holder's own validThrough decides for passport_visa, whatever knownAt says", () => {
    const doc = { type: "passport_visa" as const, validThrough: "2026-03-31" };
    expect(documentValidity(doc, { on: "2026-03-31" })).toMatchObject({
      status: "valid",
      validThrough: "2026-03-31",
      daysRemaining: 0,
    });
    expect(documentValidity(doc, { on: "2026-04-01", knownAt: "2020-01-01" })).toMatchObject({
      status: "expired",
      validThrough: "2026-03-31",
      daysRemaining: null,
    });
    expect(documentValidity("passport_visa", { on: "2026-01-01" }).status).toBe("unknown");
  });

  it("a held document of a timeline type ignores validThrough but checks its format", () => {
    expect(
      documentValidity({ type: "por_card", validThrough: "2030-01-01" }, { on: "2025-09-02" })
        .status,
    ).toBe("expired");
    expect(() =>
      documentValidity({ type: "por_card", validThrough: "01/01/2030" }, { on: "2025-09-02" }),
    ).toThrow(InvalidDateError);
  });
});

describe("documentValidity: days are Pakistan's calendar days", () => {
  it("accepts a Date and uses its Asia/Karachi day", () => {
    // 19:30 UTC on 30 June 2025 is already 1 July in Pakistan: the card has lapsed.
    expect(documentValidity("por_card", { on: new Date("2025-06-30T18:59:00Z") }).status).toBe(
      "valid",
    );
    expect(documentValidity("por_card", { on: new Date("2025-06-30T19:30:00Z") }).status).toBe(
      "expired",
    );
  });

  it("takes knownAt as a Date too", () => {
    const r = documentValidity("por_card", {
      on: "2023-09-15",
      knownAt: new Date("2023-11-07T19:00:00Z"), // 8 Nov 2023 00:00 in Pakistan
    });
    expect(r.status).toBe("valid");
  });
});

describe("documentValidity: bad input", () => {
  it("rejects unknown document types and missing options with a typed error", () => {
    expect(() => documentValidity("passport", { on: "2025-01-01" })).toThrow(InvalidInputError);
    expect(() => documentValidity({ type: "visa" }, { on: "2025-01-01" })).toThrow(
      /document\.type: expected one of/,
    );
    expect(() => documentValidity("por_card", undefined as never)).toThrow(InvalidInputError);
    expect(() => documentValidity("por_card", { on: "2025-13-01" })).toThrow(InvalidDateError);
    expect(() => documentValidity("por_card", { on: "2025-01-01", knownAt: "x" })).toThrow(
      /knownAt/,
    );
  });

  it("never repeats the offending value", () => {
    try {
      documentValidity({ type: "Ahmad Khan 12345" }, { on: "2025-01-01" });
    } catch (error) {
      expect(String(error)).not.toContain("Ahmad");
    }
  });

  it("rejects a dataset that createDataset did not make", () => {
    // A look-alike of the bundled dataset, not made by createDataset.
    const fake: Dataset = { ...pakistan };
    expect(() => documentValidity("por_card", { on: "2025-01-01", dataset: fake })).toThrow(
      /createTimeline/,
    );
  });
});

describe("documentValidity with a user-made dataset", () => {
  it("answers from the user's records, and the base stays as it was", () => {
    const timeline = withRecords([
      {
        kind: "validity",
        id: "test-extension",
        documents: ["por_card"],
        announced: "2026-01-05",
        announcedPrecision: "exact",
        from: "2025-07-01",
        through: "2026-06-30",
        status: "valid",
        body: "Test cabinet",
        summary: "A hypothetical extension.",
        sources: ["br-2024-07-10"],
        confidence: "low",
      },
    ]);
    const r = documentValidity("por_card", { on: "2025-09-02", dataset: timeline });
    expect(r).toMatchObject({ status: "valid", validThrough: "2026-06-30", confidence: "low" });
    expect(documentValidity("por_card", { on: "2025-09-02" }).status).toBe("expired");
    expect(
      documentValidity("por_card", { on: "2025-09-02", knownAt: "2026-01-04", dataset: timeline })
        .status,
    ).toBe("expired");
  });
});

describe("documentValidity: answers shared when one day is asked about again and again", () => {
  it("answers are frozen from the first ask; the same query asked again gets the same object", () => {
    const timeline = extendDataset(pakistan); // a dataset of its own: nothing remembered yet
    const ask = (on: string) => documentValidity("por_card", { on, dataset: timeline });
    const first = ask("2024-01-15");
    const second = ask("2024-01-15");
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.basis)).toBe(true);
    expect(second).toBe(first); // the dataset's cache, keyed on the day: no hidden difference
    // Another day gets its own days remaining, never the answer of the day before.
    const other = ask("2024-01-16");
    expect(Object.isFrozen(other)).toBe(true);
    expect(other.status === "valid" && first.status === "valid").toBe(true);
    if (other.status === "valid" && first.status === "valid") {
      expect(other.daysRemaining).toBe(first.daysRemaining - 1);
    }
    // Asked again after another day: an equal answer, frozen like every other.
    const again = ask("2024-01-15");
    expect(again).toEqual(first);
    expect(Object.isFrozen(again)).toBe(true);
  });
});

describe("the dataset's cache of valid answers", () => {
  it("is bounded: past 32,768 answers it forgets them all, and answers stay the same", async () => {
    const { compiledOf } = await import("../../src/dataset/compiled.js");
    const dataset = extendDataset(pakistan, {
      records: [
        {
          kind: "validity",
          id: "long-valid",
          documents: ["por_card"],
          announced: "2026-03-01",
          announcedPrecision: "exact",
          from: "2026-01-01",
          through: "2199-12-31",
          status: "valid",
          body: "Test",
          summary: "A synthetic, very long extension.",
          sources: ["dawn-2013-07-25"],
          confidence: "low",
          note: "Synthetic: only to fill the cache.",
        },
      ],
    });
    const first = documentValidity("por_card", { on: "2030-01-01", dataset });
    const cache = compiledOf(dataset).validAnswers;
    let most = 0;
    for (let d = parseDay("2026-01-01"); d < parseDay("2026-01-01") + 40_000; d++) {
      documentValidity("por_card", { on: formatDay(d), dataset });
      most = Math.max(most, cache.count);
    }
    expect(most).toBe(32_768);
    expect(cache.count).toBeLessThan(32_768);
    expect(documentValidity("por_card", { on: "2030-01-01", dataset })).toEqual(first);
  });
});
