// The bundled dataset of Iran on the same engine: the compiled answers agree with the
// reference implementations (the oracles of Pakistan's property tests), a person's host picks
// the dataset, days are read in Asia/Tehran, and the sources' gaps stay visible.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  datasets,
  documentValidity,
  exposure,
  formatDay,
  type HeldDocument,
  InvalidInputError,
  iran,
  pakistan,
  parseDay,
  type Person,
} from "../../src/index.js";
import { asReference, referenceExposure } from "../reference/exposure-reference.js";
import { referenceValidity } from "../reference/validity-reference.js";

const TIMELINE_TYPES = ["amayesh_card", "headcount_slip_2022", "temporary_residence_card"];
const first = parseDay("2007-01-01");
const last = parseDay("2026-12-31");
const day = fc.integer({ min: first, max: last });

function compareValidity(type: string, on: number, knownAt?: number) {
  const info = iran.documentTypes.find((d) => d.id === type);
  if (info === undefined) throw new Error(type);
  const fast = documentValidity(type, {
    on: formatDay(on),
    dataset: iran,
    ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
  });
  expect({
    status: fast.status,
    validThrough: fast.validThrough,
    daysRemaining: fast.daysRemaining,
    basis: fast.basis.map((r) => r.id),
  }).toEqual(referenceValidity(iran.records, info, on, knownAt));
}

const heldDocument: fc.Arbitrary<HeldDocument> = fc.oneof(
  fc.constantFrom<HeldDocument>(...iran.documentTypes.map((d): HeldDocument => ({ type: d.id }))),
  day.map((d): HeldDocument => ({ type: "passport_visa", validThrough: formatDay(d) })),
);
const person: fc.Arbitrary<Person> = fc.record(
  {
    host: fc.constant("IR"),
    documents: fc.array(heldDocument, { maxLength: 3 }),
    location: fc.constantFrom({ province: "IR-23" }, { province: "IR-02" }, { province: "IR-09" }),
    groups: fc.subarray(iran.groups.map((g) => g.id)),
  },
  { requiredKeys: ["documents", "host"] },
);

describe("Iran: compiled answers agree with the reference implementations", () => {
  it("validity, on random days and knowledge days", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIMELINE_TYPES),
        day,
        fc.option(day, { nil: undefined }),
        (type, on, knownAt) => {
          compareValidity(type, on, knownAt);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("validity, on every day around every record boundary", () => {
    const days = new Set<number>();
    for (const r of iran.records) {
      for (const d of [r.from, r.through, r.announced]) {
        if (d === undefined) continue;
        for (let k = -2; k <= 2; k++) days.add(parseDay(d) + k);
      }
    }
    for (const type of TIMELINE_TYPES) {
      for (const d of days) {
        compareValidity(type, d);
        compareValidity(type, d, d);
      }
    }
  });

  it("exposure, for random people, days and knowledge days", () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: parseDay("2021-06-01"), max: last }),
        fc.option(day, { nil: undefined }),
        (p, on, knownAt) => {
          const fast = exposure(p, {
            on: formatDay(on),
            ...(knownAt === undefined ? {} : { knownAt: formatDay(knownAt) }),
          });
          const slow = referenceExposure(iran.records, p, on, knownAt, iran);
          expect(asReference(fast)).toEqual(slow);
          expect(fast.host).toBe("IR");
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("Iran: the decisions of 2025, as the sources date them", () => {
  const slip = (on: string, knownAt?: string) =>
    exposure(
      { host: "IR", documents: [{ type: "headcount_slip_2022" }] },
      knownAt === undefined ? { on } : { on, knownAt },
    );

  it("headcount slips: valid to 22 Oct 2022, extended to 20 Jan 2023, void from 21 Mar 2025", () => {
    const ask = (on: string, knownAt?: string) =>
      documentValidity("headcount_slip_2022", {
        on,
        dataset: iran,
        ...(knownAt === undefined ? {} : { knownAt }),
      });
    expect(ask("2022-10-22")).toMatchObject({ status: "valid", daysRemaining: 0 });
    // The extension of 31 October 2022 reached back to 23 October.
    expect(ask("2022-10-25", "2022-10-25")).toMatchObject({
      status: "expired",
      validThrough: "2022-10-22",
    });
    expect(ask("2022-10-25")).toMatchObject({ status: "valid", validThrough: "2023-01-20" });
    expect(ask("2025-04-15").status).toBe("expired");
  });

  it("the deadline of 6 July 2025, its extension to 6 September, then liability", () => {
    expect(slip("2025-06-15")).toMatchObject({
      status: "deadline_pending",
      deadline: "2025-07-06",
      daysToDeadline: 21,
    });
    expect(slip("2025-08-01")).toMatchObject({
      status: "deadline_pending",
      deadline: "2025-09-06",
    });
    // Before the extension was known, the deadline had passed.
    expect(slip("2025-08-01", "2025-08-01")).toMatchObject({ status: "liable" });
    expect(slip("2025-09-20").status).toBe("liable");
  });

  it("a former official of the Afghan government holding a slip was tolerated until 7 June 2025", () => {
    const official: Person = {
      host: "IR",
      documents: [{ type: "headcount_slip_2022" }],
      groups: ["former_afghan_government_staff"],
    };
    expect(exposure(official, { on: "2025-04-15" }).status).toBe("tolerated");
    expect(exposure(official, { on: "2025-06-20" }).status).toBe("deadline_pending");
  });

  it("an Amayesh card whose validity no source dates is unknown, and any conclusion is low", () => {
    const v = documentValidity("amayesh_card", { on: "2024-06-01", dataset: iran });
    expect(v.status).toBe("unknown");
    const e = exposure({ host: "IR", documents: [{ type: "amayesh_card" }] }, { on: "2024-06-01" });
    expect(e.confidence).toBe("low");
    expect(e.summary).toContain("rests on a gap in the record");
  });
});

describe("a person's host picks the dataset", () => {
  it("the main entry answers from the bundled dataset of the host, PK by default", () => {
    expect(datasets.map((d) => d.meta.host)).toEqual(["PK", "IR"]);
    const ir = assess({ host: "IR", documents: [] }, { on: "2025-08-01" });
    expect(ir.host).toBe("IR");
    expect(ir.exposure.basis[0]?.id).toBe("leave-iran-2025-extension");
    expect(assess({ documents: [] }, { on: "2025-08-01" }).host).toBe("PK");
    expect(assess({ host: "PK", documents: [] }, { on: "2025-08-01" }).host).toBe("PK");
  });

  it("a host without a bundled dataset, or other than the dataset's, is a typed error", () => {
    expect(() => exposure({ host: "XT", documents: [] }, { on: "2025-08-01" })).toThrow(
      /person\.host: expected the host of a bundled dataset \(PK, IR\)/,
    );
    expect(() =>
      exposure({ host: "IR", documents: [] }, { on: "2025-08-01", dataset: pakistan }),
    ).toThrow(InvalidInputError);
    expect(() =>
      exposure({ host: "IR", documents: [{ type: "por_card" }] }, { on: "2025-08-01" }),
    ).toThrow(/documents\[0\]\.type/);
  });

  it("a Date is read as its day in Tehran (UTC+3:30)", () => {
    // 21:00 UTC on 5 July 2025 is 00:30 on 6 July in Tehran, 02:00 on 6 July in Karachi.
    const instant = new Date(Date.UTC(2025, 6, 5, 21, 0));
    const e = exposure({ host: "IR", documents: [] }, { on: instant });
    expect(e).toMatchObject({ deadline: "2025-07-06", daysToDeadline: 0 });
    // 20:00 UTC on 5 July is 23:30 on 5 July in Tehran.
    const before = exposure(
      { host: "IR", documents: [] },
      { on: new Date(Date.UTC(2025, 6, 5, 20)) },
    );
    expect(before.daysToDeadline).toBe(1);
  });
});
