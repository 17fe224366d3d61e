import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  CIRCUMSTANCES,
  ETHNICITIES,
  harmReports,
  InvalidInputError,
  RELIGIONS,
  riskProfiles,
  ROLES,
  screenRisk,
  SCREENING_DISCLAIMER,
  SEXES,
  sources,
  specificNeedsCategories,
  specificNeedsCodes,
  type RiskProfileInput,
} from "../../src/index.js";

const ids = (p: RiskProfileInput) => screenRisk(p).matches.map((m) => m.profile.id);
const sections = (p: RiskProfileInput) =>
  screenRisk(p)
    .matches.filter((m) => m.profile.framework === "euaa-2024")
    .map((m) => m.profile.section);

describe("screenRisk: the worked matches of the issue", () => {
  it("a journalist matches EUAA 3.8 and UNHCR's journalists profile", () => {
    expect(ids({ roles: ["journalist"] })).toEqual([
      "euaa-2024-3-8",
      "unhcr-2025-journalists-media",
    ]);
  });

  it("a woman or girl matches EUAA 3.15 and UNHCR's women and girls; a girl also 3.16", () => {
    expect(ids({ sex: "female", age: 30 })).toEqual([
      "euaa-2024-3-15",
      "unhcr-2025-women-and-girls",
    ]);
    expect(sections({ sex: "female", age: 12 })).toEqual(["3.15", "3.16"]);
    expect(ids({ sex: "female" })).toContain("unhcr-2025-women-and-girls");
  });

  it("former security forces match 3.1; a judge or prosecutor 3.2; Hazara or Sikh 3.14", () => {
    expect(sections({ roles: ["former_security_forces"] })).toEqual(["3.1"]);
    expect(sections({ roles: ["judge_or_prosecutor"] })).toEqual(["3.2", "3.2"]);
    expect(sections({ ethnicity: "hazara" })).toEqual(["3.14", "3.14.2"]);
    expect(sections({ religion: "sikh" })).toEqual(["3.14", "3.14.3"]);
    expect(sections({ religion: "hindu" })).toContain("3.14");
    expect(sections({ religion: "shia" })).toContain("3.14");
  });

  it("carries a conclusion only where a source states one", () => {
    const withConclusion = riskProfiles.filter((p) => p.conclusion !== undefined).map((p) => p.id);
    expect(withConclusion).toEqual([
      "euaa-2024-3-1",
      "euaa-2024-3-2-judiciary",
      "euaa-2024-3-3",
      "euaa-2024-3-4",
    ]);
    for (const p of riskProfiles) {
      if (p.conclusion !== undefined)
        expect(p.conclusion).toBe("highly likely to qualify for refugee status");
    }
  });

  it("says what it is, and matches nothing for an empty profile", () => {
    const s = screenRisk({});
    expect(s.matches).toEqual([]);
    expect(s.specificNeeds).toEqual([]);
    expect(s.disclaimer).toBe(SCREENING_DISCLAIMER);
    expect(s.disclaimer).toMatch(/not a determination of refugee status/);
    // Harms reported for all returnees are still shown.
    expect(s.harms.length).toBeGreaterThan(0);
    for (const h of s.harms) for (const r of h.reports) expect(r.allReturnees).toBe(true);
  });

  it("explains each match by attribute and profile", () => {
    const [m] = screenRisk({ roles: ["journalist"] }).matches;
    expect(m?.reasons).toEqual([
      'Role "journalist" matches EUAA 2024 §3.8 "Journalists and media workers".',
    ]);
    const child = screenRisk({ age: 9 }).matches[0];
    expect(child?.reasons).toEqual(['Age under 18 matches EUAA 2024 §3.16 "Children".']);
  });
});

describe("risk data", () => {
  it("has the 20 EUAA 2024 profiles with sections 3.1 to 3.20", () => {
    const top = riskProfiles.filter((p) => p.framework === "euaa-2024" && p.parent === undefined);
    expect(top.map((p) => p.section)).toEqual(Array.from({ length: 20 }, (_, i) => `3.${i + 1}`));
  });

  it("has the 11 categories and 71 standard sub-codes, with the newer disability codes marked", () => {
    expect(specificNeedsCategories).toHaveLength(11);
    const standard = specificNeedsCodes.filter((c) => c.status === "standard");
    expect(standard).toHaveLength(71);
    const perCategory = Object.fromEntries(
      specificNeedsCategories.map((c) => [
        c.code,
        standard.filter((s) => s.category === c.code).length,
      ]),
    );
    expect(perCategory).toEqual({
      CR: 10,
      SC: 5,
      WR: 3,
      ER: 3,
      SP: 3,
      DS: 7,
      SM: 7,
      FU: 2,
      LP: 20,
      TR: 3,
      SV: 8,
    });
    const single = specificNeedsCodes.filter((c) => c.status === "single_source");
    expect(single.map((c) => c.code)).toEqual([
      "DS-LBM",
      "DS-UBM",
      "DS-V",
      "DS-H",
      "DS-C",
      "DS-EB",
      "DS-RC",
      "DS-SC",
    ]);
    for (const c of single) expect(c.confidence).toBe("low");
    expect(new Set(specificNeedsCodes.map((c) => c.code)).size).toBe(specificNeedsCodes.length);
    expect(specificNeedsCodes.find((c) => c.code === "LP-RR")?.label).toBe(
      "At risk of refoulement",
    );
    expect(specificNeedsCodes.find((c) => c.code === "LP-NA")?.label).toBe("No acces to services");
    // Local codes of single operations are not in the list.
    for (const local of ["CR-PS", "CR-CU", "CR-DS", "SC-RA"]) {
      expect(specificNeedsCodes.some((c) => c.code === local)).toBe(false);
    }
  });

  it("cites existing sources in every profile and harm report", () => {
    const known = new Set(sources.map((s) => s.id));
    for (const item of [...riskProfiles, ...harmReports]) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const id of item.sources) expect(known.has(id), `${item.id}: ${id}`).toBe(true);
    }
    const profileIds = new Set(riskProfiles.map((p) => p.id));
    for (const r of harmReports)
      for (const p of r.profiles) expect(profileIds.has(p), r.id).toBe(true);
  });
});

describe("specific-needs codes from the crosswalk", () => {
  const codes = (p: Parameters<typeof assess>[0], on: string) =>
    assess(p, { on }).specificNeeds.map((n) => n.code);

  it("LP-ND without a valid recognised document; LP-RP for a matched profile; LP-RR when also liable or pending", () => {
    expect(codes({ documents: [{ type: "tazkira" }] }, "2024-01-01")).toEqual(["LP-RD", "LP-ND"]);
    expect(
      codes(
        { documents: [{ type: "por_card" }], profile: { roles: ["journalist"] } },
        "2024-01-15",
      ),
    ).toEqual(["LP-RP"]);
    expect(
      codes(
        { documents: [{ type: "por_card" }], profile: { roles: ["journalist"] } },
        "2025-08-15",
      ),
    ).toEqual(["LP-RP", "LP-RR", "LP-RD", "LP-ND"]);
    // Tolerated: no deportation risk now, so no LP-RR.
    expect(
      codes(
        { documents: [{ type: "afghan_citizen_card" }], profile: { roles: ["educator"] } },
        "2024-06-01",
      ),
    ).toEqual(["LP-RP", "LP-ND"]);
  });

  it("the child and woman-at-risk codes where the inputs say so", () => {
    expect(
      screenRisk({ age: 15, circumstances: ["unaccompanied_child"] }).specificNeeds.map(
        (n) => n.code,
      ),
    ).toEqual(["LP-RP", "SC-UC"]);
    expect(
      screenRisk({ circumstances: ["separated_child"] }).specificNeeds.map((n) => n.code),
    ).toContain("SC-SC");
    expect(
      screenRisk({
        sex: "female",
        age: 40,
        circumstances: ["single_woman_head_of_household"],
      }).specificNeeds.map((n) => n.code),
    ).toEqual(["LP-RP", "WR-WR", "WR-SF"]);
    expect(screenRisk({ sex: "female", age: 12 }).specificNeeds.map((n) => n.code)).not.toContain(
      "WR-WR",
    );
  });

  it("marks every code derived, with a reason", () => {
    const a = assess(
      {
        documents: [],
        profile: { roles: ["former_security_forces"], circumstances: ["mixed_marriage"] },
      },
      { on: "2025-11-01" },
    );
    expect(a.specificNeeds.map((n) => n.code)).toEqual([
      "LP-RP",
      "LP-RR",
      "LP-RD",
      "LP-ND",
      "LP-AF",
      "LP-MM",
    ]);
    for (const n of a.specificNeeds) {
      expect(n.derived).toBe(true);
      expect(n.reason.length).toBeGreaterThan(20);
      expect(specificNeedsCodes.find((c) => c.code === n.code)?.label).toBe(n.label);
    }
  });

  it("does not count the long-residence profile alone as risk due to profile", () => {
    const s = screenRisk({ circumstances: ["born_in_iran_or_pakistan"] });
    expect(s.matches.map((m) => m.profile.section)).toEqual(["3.20"]);
    expect(s.specificNeeds).toEqual([]);
  });
});

describe("privacy: reasons and results never contain input values", () => {
  it("rejects values outside the vocabularies without repeating them", () => {
    const marker = "Farida-Karimi-03001234567";
    for (const bad of [
      { roles: [marker] },
      { sex: marker },
      { ethnicity: marker },
      { religion: marker },
      { circumstances: [marker] },
      { age: marker },
      { age: 12.5 },
    ]) {
      let message = "";
      try {
        screenRisk(bad as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        message = String(error);
      }
      expect(message).not.toBe("");
      expect(message).not.toContain("Farida");
      expect(message).not.toContain("0300");
    }
  });

  it("never repeats free-text fields of a record, whatever they hold (property)", () => {
    const profile = fc.record(
      {
        sex: fc.constantFrom(...SEXES),
        age: fc.integer({ min: 0, max: 100 }),
        roles: fc.subarray([...ROLES]),
        ethnicity: fc.constantFrom(...ETHNICITIES),
        religion: fc.constantFrom(...RELIGIONS),
        circumstances: fc.subarray([...CIRCUMSTANCES]),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(profile, fc.string({ minLength: 4, maxLength: 30 }), (p, random) => {
        // A marker that no vocabulary word or dataset text contains.
        const secret = `Zq${random}`;
        const result = screenRisk(p);
        expect(JSON.stringify(result)).not.toContain(secret);
        // Personal data beside the profile (a person record's other fields, a document number)
        // is never read; inside the profile it is an unknown field, refused without its value.
        const a = assess(
          {
            documents: [{ type: "por_card", number: secret }],
            profile: p,
            ...{ name: secret, notes: secret, phone: secret },
          },
          { on: "2025-08-15" },
        );
        expect(JSON.stringify(a)).not.toContain(secret);
        try {
          screenRisk({ ...p, name: secret } as never);
          expect.fail("accepted an unknown field");
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
          expect(String(error)).not.toContain(secret);
        }
        // Ages that no section number (3.1 to 3.20), edition year (2024, 2025) or "18" contains
        // must never appear in a reason.
        if (p.age !== undefined && p.age > 25) {
          for (const m of result.matches)
            for (const r of m.reasons) expect(r).not.toContain(String(p.age));
        }
      }),
      { numRuns: 500 },
    );
  });
});
