import { describe, expect, it } from "vitest";
import {
  assess,
  exposure,
  type HeldDocument,
  InvalidDateError,
  InvalidInputError,
  type Person,
} from "../../src/index.js";
import { onlyRecords } from "../helpers/datasets.js";

const ids = (e: { basis: readonly { id: string }[] }) => e.basis.map((b) => b.id);
const holder = (...types: HeldDocument["type"][]): Person => ({
  documents: types.map((type) => ({ type })),
});

describe("exposure: the worked cases of the issue (all knowledge)", () => {
  it("no document on 15 Oct 2023: deadline 31 Oct 2023 under ifrp-1; liable on 2 Nov 2023", () => {
    const before = exposure({ documents: [] }, { on: "2023-10-15" });
    expect(before).toMatchObject({
      status: "deadline_pending",
      phase: "ifrp-1",
      deadline: "2023-10-31",
      daysToDeadline: 16,
      protectingDocument: null,
    });
    expect(ids(before)).toEqual(["ifrp-1"]);
    const after = exposure({ documents: [] }, { on: "2023-11-02" });
    expect(after).toMatchObject({ status: "liable", phase: "ifrp-1", deadline: "2023-10-31" });
    expect(after.daysToDeadline).toBeNull();
  });

  it("an ACC holder on 15 Mar 2025: deadline 31 Mar 2025 under ifrp-2", () => {
    expect(exposure(holder("afghan_citizen_card"), { on: "2025-03-15" })).toMatchObject({
      status: "deadline_pending",
      phase: "ifrp-2",
      deadline: "2025-03-31",
      daysToDeadline: 16,
    });
    expect(exposure(holder("afghan_citizen_card"), { on: "2025-04-02" }).status).toBe("liable");
  });

  it("a PoR holder: protected on 15 Jan 2024, deadline pending on 15 Aug 2025, liable on 2 Sep 2025", () => {
    const jan = exposure(holder("por_card"), { on: "2024-01-15" });
    expect(jan).toMatchObject({ status: "protected", protectingDocument: "por_card", phase: null });
    expect(ids(jan)).toEqual(["por-2024-02-02"]);
    expect(exposure(holder("por_card"), { on: "2025-08-15" })).toMatchObject({
      status: "deadline_pending",
      phase: "ifrp-3",
      deadline: "2025-08-31",
      daysToDeadline: 16,
    });
    expect(exposure(holder("por_card"), { on: "2025-09-02" })).toMatchObject({
      status: "liable",
      phase: "ifrp-3",
      deadline: "2025-08-31",
    });
  });

  it("anyone with a valid visa is protected, whatever else they hold", () => {
    const visa: HeldDocument = { type: "passport_visa", validThrough: "2026-06-30" };
    for (const others of [
      [],
      ["por_card"],
      ["afghan_citizen_card", "tazkira"],
      ["none"],
    ] as const) {
      const person = { documents: [...others.map((type) => ({ type })), visa] };
      for (const on of ["2023-11-02", "2025-04-02", "2025-09-02", "2026-06-30"]) {
        const e = exposure(person, { on });
        expect(e.status).toBe("protected");
        // A valid PoR card may protect first; after 2025 only the visa can.
        if (on >= "2025-07-01") expect(e.protectingDocument).toBe("passport_visa");
      }
    }
    // An expired visa does not: its holder is an overstayer, targeted by phase 1.
    expect(exposure({ documents: [visa] }, { on: "2026-07-01" }).status).toBe("liable");
  });

  it("a Tazkira or a UNHCR document protects no one", () => {
    for (const type of ["tazkira", "unhcr_asylum_document"] as const) {
      expect(exposure(holder(type), { on: "2023-10-15" }).status).toBe("deadline_pending");
      expect(exposure(holder(type), { on: "2024-01-15" })).toMatchObject({
        status: "liable",
        phase: "ifrp-1",
      });
    }
  });
});

describe("exposure: as known at the time", () => {
  it("before phase 1 was announced, a person without documents was liable under the Foreigners Act", () => {
    const e = exposure({ documents: [] }, { on: "2023-10-15", knownAt: "2023-10-02" });
    expect(e).toMatchObject({ status: "liable", phase: null, deadline: null, basis: [] });
  });

  it("a PoR holder on 15 Sep 2023 was liable then (cards lapsed, no directive yet), protected now", () => {
    expect(exposure(holder("por_card"), { on: "2023-09-15" }).status).toBe("protected");
    const then = exposure(holder("por_card"), { on: "2023-09-15", knownAt: "2023-09-15" });
    expect(then.status).toBe("liable");
    expect(then.confidence).toBe("medium"); // it rests on the absence of a known directive
  });

  it("PoR and ACC holders were tolerated under the directive of 11 Oct 2023", () => {
    const opts = { on: "2023-10-20", knownAt: "2023-10-20" };
    for (const type of ["por_card", "afghan_citizen_card"] as const) {
      const e = exposure(holder(type), opts);
      expect(e.status).toBe("tolerated");
      expect(ids(e)).toEqual(["no-adverse-action-2023-10-11"]);
    }
    // For ACC holders that directive lasted until the order of 7 Mar 2025.
    expect(exposure(holder("afghan_citizen_card"), { on: "2024-06-01" }).status).toBe("tolerated");
  });

  it("a PoR holder in early August 2025 was liable forthwith, until the letter of 4 August gave time", () => {
    const e = exposure(holder("por_card"), { on: "2025-08-02", knownAt: "2025-08-02" });
    expect(e).toMatchObject({ status: "liable", phase: "ifrp-3" });
    expect(ids(e)).toEqual(["ifrp-3-notification"]);
    expect(exposure(holder("por_card"), { on: "2025-08-02" }).status).toBe("deadline_pending");
  });

  it("a PoR holder in July 2025 was tolerated by the SAFRON circular of 4 July", () => {
    expect(exposure(holder("por_card"), { on: "2025-07-15" }).status).toBe("tolerated");
    expect(exposure(holder("por_card"), { on: "2025-07-02" }).status).toBe("liable");
  });

  it("after 17 Oct 2025 only valid visas protect", () => {
    for (const type of ["por_card", "afghan_citizen_card", "umrf_certificate", "none"] as const) {
      const e = exposure(holder(type), { on: "2025-11-01" });
      expect(e.status).toBe("liable");
      expect(ids(e)).toEqual(["no-extension-2025-10-17"]);
    }
  });
});

describe("exposure: a directive that ends with the next decision", () => {
  it("ends the day before the decision is announced, as known at the time asked", () => {
    const source = {
      id: "s",
      publisher: "Test",
      title: "Test",
      url: "https://example.org/",
      published: null,
      kind: "secondary" as const,
    };
    const common = {
      announcedPrecision: "exact" as const,
      body: "Test",
      summary: "Test.",
      sources: ["s"],
      confidence: "medium" as const,
    };
    const timeline = onlyRecords(
      [
        {
          ...common,
          kind: "directive",
          id: "wait-for-cabinet",
          effect: "tolerate",
          targets: ["por_card"],
          announced: "2024-01-01",
          from: "2024-01-01",
          endsWithDecision: true,
        },
        {
          ...common,
          kind: "validity",
          id: "cabinet-decision",
          documents: ["por_card"],
          status: "invalid",
          announced: "2024-02-01",
          from: "2024-05-01",
        },
      ],
      [source],
    );
    const status = (on: string, knownAt?: string) =>
      exposure(holder("por_card"), { on, dataset: timeline, ...(knownAt ? { knownAt } : {}) })
        .status;
    expect(status("2024-01-31")).toBe("tolerated");
    expect(status("2024-02-01")).toBe("liable");
    // Before the decision was announced, the directive seemed to go on.
    expect(status("2024-02-01", "2024-01-31")).toBe("tolerated");
    expect(status("2024-06-01", "2024-01-31")).toBe("tolerated");
  });
});

describe("exposure: orders scoped to a place or group", () => {
  it("the Islamabad and Rawalpindi orders of 2025 are notices, not a change of status", () => {
    const islamabad = { ...holder("por_card"), location: { province: "PK-IS" } };
    const e = exposure(islamabad, { on: "2025-03-15" });
    expect(e.status).toBe("protected");
    expect(e.notices.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        "islamabad-noc-2025",
        "twin-cities-2025-01-29",
        "twin-cities-2025-02-25",
      ]),
    );
    const rawalpindi = { ...holder("afghan_citizen_card"), location: { district: "RAWALPINDI " } };
    expect(exposure(rawalpindi, { on: "2025-03-15" }).notices.map((n) => n.id)).toContain(
      "twin-cities-2025-01-29",
    );
    // Elsewhere, and without a location, they do not apply.
    expect(exposure(holder("por_card"), { on: "2025-03-15" }).notices).toEqual([]);
    const lahore = { ...holder("por_card"), location: { province: "PK-PB", district: "Lahore" } };
    expect(exposure(lahore, { on: "2025-03-15" }).notices).toEqual([]);
  });

  it("people awaiting resettlement had their own deadlines", () => {
    const waiting: Person = { documents: [], groups: ["awaiting_resettlement"] };
    expect(exposure(waiting, { on: "2024-01-20" })).toMatchObject({
      status: "deadline_pending",
      deadline: "2024-02-29",
      phase: "ifrp-1",
    });
    expect(exposure(waiting, { on: "2024-03-01" }).status).toBe("liable");
    expect(exposure(waiting, { on: "2025-04-20" })).toMatchObject({
      status: "deadline_pending",
      deadline: "2025-04-30",
      confidence: "medium",
    });
    expect(exposure({ documents: [] }, { on: "2024-01-20" }).status).toBe("liable");
  });

  it("disputed facts are notices: the 2024 ACC plan and the Eid handling of 31 Mar 2025", () => {
    expect(
      exposure(holder("afghan_citizen_card"), { on: "2024-05-01" }).notices.map((n) => n.id),
    ).toEqual(["acc-phase-plan-2024"]);
    expect(
      exposure(holder("afghan_citizen_card"), { on: "2025-04-05" }).notices.map((n) => n.id),
    ).toEqual(["ifrp-2-eid-2025"]);
  });
});

describe("exposure: explanations and bad input", () => {
  it("explains itself in one line that names the decision and never a personal value", () => {
    const person = {
      documents: [
        { type: "passport_visa" as const, validThrough: "2024-06-30", number: "P1234567" },
      ],
      location: { province: "PK-KP", district: "Peshawar" },
    };
    for (const on of ["2024-01-01", "2024-07-01", "2025-11-01"]) {
      const e = exposure(person, { on });
      expect(e.summary.split("\n")).toHaveLength(1);
      expect(e.summary).not.toContain("P1234567");
      expect(e.summary).not.toContain("Peshawar");
      expect(e.summary).not.toContain("2024-06-30");
    }
  });

  it("rejects a person of the wrong shape, naming the field", () => {
    expect(() => exposure({} as Person, { on: "2025-01-01" })).toThrow(/person\.documents/);
    expect(() => exposure(holder("visa"), { on: "2025-01-01" })).toThrow(
      /person\.documents\[0\]\.type/,
    );
    expect(() =>
      exposure({ documents: [], location: { province: "Punjab" } }, { on: "2025-01-01" }),
    ).toThrow(InvalidInputError);
    expect(() => exposure({ documents: [], groups: ["refugee"] }, { on: "2025-01-01" })).toThrow(
      /groups/,
    );
    expect(() => exposure({ documents: [] }, { on: "2025-02-30" })).toThrow(InvalidDateError);
  });
});

describe("assess", () => {
  it("returns each document's validity in input order and the exposure", () => {
    const a = assess(
      { documents: [{ type: "tazkira" }, { type: "por_card" }, { type: "none" }] },
      { on: "2025-08-15" },
    );
    expect(a.documents.map((d) => d.status)).toEqual(["unknown", "expired", "no_document"]);
    expect(a.exposure).toEqual(
      exposure(holder("tazkira", "por_card", "none"), { on: "2025-08-15" }),
    );
  });

  it("ignores the other fields of a person record", () => {
    const record = {
      id: "case-0001",
      name: "Synthetic Person",
      documents: [{ type: "por_card" as const }],
    };
    expect(assess(record, { on: "2024-01-15" }).exposure.status).toBe("protected");
  });
});

describe("exposure: no confident answer from missing input", () => {
  it("a visa without its end day is unknown, of low confidence, and protects no one", () => {
    const visa = { type: "passport_visa" as const };
    const v = assess({ documents: [visa] }, { on: "2025-12-01" });
    expect(v.documents[0]).toMatchObject({ status: "unknown", confidence: "low" });
    expect(v.documents[0]?.summary).toContain("validThrough");
    expect(v.exposure.status).not.toBe("protected");
    expect(v.exposure.confidence).toBe("low");
    expect(v.exposure.summary).toContain(
      "The end day of the held Afghan passport with a valid Pakistani visa was not given",
    );
  });

  it("is never given the answer of a person without documents, though they share a situation", () => {
    const on = { on: "2025-12-01" };
    const none: Person = { documents: [] };
    const visa: Person = { documents: [{ type: "passport_visa" }] };
    // Ask twice in a row so that answers are remembered, then in both orders.
    const a = [exposure(none, on), exposure(none, on), exposure(visa, on), exposure(none, on)];
    expect(a[1]?.confidence).toBe("high");
    expect(a[2]?.confidence).toBe("low");
    expect(a[3]).toBe(a[1]);
  });

  it("another valid document still protects a holder of a visa without its end day", () => {
    const e = exposure(
      { documents: [{ type: "passport_visa" }, { type: "por_card" }] },
      { on: "2024-01-15" },
    );
    expect(e).toMatchObject({
      status: "protected",
      protectingDocument: "por_card",
      confidence: "high",
    });
  });
});
