import { describe, expect, it } from "vitest";
import {
  type DirectiveRecord,
  exposure,
  type Person,
  TimelineValidationError,
} from "../../src/index.js";
import { withRecords } from "../helpers/datasets.js";
import { districtKey, settlementKey } from "../../src/exposure/place-names.js";
import { testSource } from "../helpers/test-source.js";

const notices = (p: Person, on: string, knownAt?: string) =>
  exposure(p, { on, ...(knownAt === undefined ? {} : { knownAt }) }).notices.map((n) => n.id);
const por = (location: Person["location"]): Person => ({
  documents: [{ type: "por_card" }],
  ...(location === undefined ? {} : { location }),
});

describe("place names are compared as people write them", () => {
  it("ignores case, accents, punctuation, generic words and word order in settlement names", () => {
    expect(settlementKey("Kot Chandna")).toBe(settlementKey("kot-chandna CAMP"));
    expect(settlementKey("Kot Chandna")).toBe(settlementKey("Kot Chandna Refugee Village"));
    expect(settlementKey("Afghan Camp, Sohrab Goth")).toBe(
      settlementKey("Sohrab Goth Afghan camp"),
    );
    expect(settlementKey("Shamshatoo")).not.toBe(settlementKey("Shamshatu"));
    expect(settlementKey("Camp")).toBe("");
    expect(districtKey("Lower  Dir")).toBe(districtKey("lower-dir"));
    expect(districtKey("Rawalpindi")).toBe("rawalpindi");
  });
});

describe("exposure: orders about refugee villages (camps)", () => {
  it("tells a resident of a named village of its de-notification, from the day announced", () => {
    const camp = por({ district: "Mianwali", settlement: "Kot Chandna camp" });
    expect(notices(camp, "2025-09-24")).not.toContain("camps-denotified-2025-09-25");
    expect(notices(camp, "2025-09-25")).toContain("camps-denotified-2025-09-25");
    expect(notices(camp, "2026-01-10")).toContain("camps-denotified-2025-09-25");
    // As known on a day before the announcement, nothing was known.
    expect(notices(camp, "2025-10-01", "2025-09-24")).not.toContain("camps-denotified-2025-09-25");
  });

  it("reaches every village of a district or province when the order gives no names", () => {
    const hangu = por({ province: "PK-KP", district: "Hangu", settlement: "Some village" });
    expect(notices(hangu, "2025-10-20")).toContain("camps-denotified-2025-10-15");
    const balochistan = por({ province: "PK-BA", district: "Pishin", settlement: "A village" });
    expect(notices(balochistan, "2025-10-01")).toContain("camps-denotified-2025-09-25");
  });

  it("does not tell people who live outside a settlement, even in the same district", () => {
    const town = por({ province: "PK-KP", district: "Peshawar" });
    const camp = por({ province: "PK-KP", district: "Peshawar", settlement: "Shamshatu" });
    const on = "2025-12-25";
    expect(notices(town, on)).not.toContain("camps-denotified-2025-10-15");
    expect(notices(town, on)).not.toContain("kp-camp-services-2025-12-20");
    expect(notices(camp, on)).toEqual(
      expect.arrayContaining(["camps-denotified-2025-10-15", "kp-camp-services-2025-12-20"]),
    );
    // Nobody's status changes: these orders are notices.
    expect(exposure(camp, { on }).status).toBe(exposure(town, { on }).status);
    expect(exposure(camp, { on }).basis).toEqual(exposure(town, { on }).basis);
  });

  it("names the Karachi camp by either of its names", () => {
    for (const settlement of ["Afghan Camp, Sohrab Goth", "Sohrab Goth"]) {
      expect(notices(por({ settlement }), "2025-10-20")).toContain(
        "sohrab-goth-demolition-2025-10-15",
      );
    }
    expect(notices(por({ settlement: "Afghan camp" }), "2025-10-20")).not.toContain(
      "sohrab-goth-demolition-2025-10-15",
    );
  });

  it("a settlement-scoped deportation order governs only its residents", () => {
    const order: DirectiveRecord = {
      kind: "directive",
      id: "camp-order",
      effect: "tolerate",
      targets: ["por_card"],
      announced: "2026-01-01",
      announcedPrecision: "exact",
      from: "2026-01-01",
      through: "2026-01-31",
      scope: { settlements: [{ name: "Test Village" }, { district: "Swabi" }] },
      body: "Test",
      summary: "A test order for one village and the villages of one district.",
      sources: ["test-source"],
      confidence: "medium",
    };
    const timeline = withRecords([order], [testSource]);
    const status = (p: Person) => exposure(p, { on: "2026-01-15", dataset: timeline }).status;
    expect(status(por({ settlement: "test village camp" }))).toBe("tolerated");
    expect(status(por({ district: "Swabi", settlement: "Other" }))).toBe("tolerated");
    expect(status(por({ district: "Swabi" }))).toBe("liable");
    expect(status(por({ settlement: "Other" }))).toBe("liable");
  });

  it("extendDataset checks settlement scopes, naming the field", () => {
    const bad = {
      kind: "directive",
      id: "bad-scope",
      effect: "notice",
      targets: ["por_card"],
      announced: "2026-01-01",
      announcedPrecision: "exact",
      from: "2026-01-01",
      scope: { settlements: [{}, { name: "Camp" }, { province: "XX" }, { name: "A", town: "B" }] },
      body: "Test",
      summary: "Test.",
      sources: ["test-source"],
      confidence: "low",
    };
    try {
      withRecords([bad as unknown as DirectiveRecord], [testSource]);
      expect.fail("accepted a bad scope");
    } catch (error) {
      expect(error).toBeInstanceOf(TimelineValidationError);
      expect((error as TimelineValidationError).problems.map((p) => p.path)).toEqual([
        "records[0].scope.settlements[0]",
        "records[0].scope.settlements[1].name",
        "records[0].scope.settlements[2].province",
        "records[0].scope.settlements[3].town",
      ]);
    }
  });
});

describe("exposure: the group of spouses of Pakistani citizens", () => {
  it("learns of the Peshawar High Court order for its petitioners, which tolerates no one else", () => {
    const spouse: Person = { documents: [], groups: ["spouse_of_pakistani_citizen"] };
    const e = exposure(spouse, { on: "2025-10-01" });
    expect(e.notices.map((n) => n.id)).toContain("phc-spouses-2025-09-26");
    expect(e.status).toBe("liable");
    expect(
      exposure({ documents: [] }, { on: "2025-10-01" }).notices.map((n) => n.id),
    ).not.toContain("phc-spouses-2025-09-26");
    // The order's outer bound: six months.
    expect(notices(spouse, "2026-03-27")).not.toContain("phc-spouses-2025-09-26");
  });
});
