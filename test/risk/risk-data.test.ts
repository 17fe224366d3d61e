import { describe, expect, it } from "vitest";
import {
  assess,
  createRiskData,
  InvalidInputError,
  riskData,
  riskDataInput,
  screenRisk,
  specificNeedsCodes,
  TimelineValidationError,
  type RiskDataInput,
} from "../../src/index.js";

function problemsOf(f: () => unknown): { path: string; message: string }[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineValidationError);
    return [...(error as TimelineValidationError).problems];
  }
  return expect.fail("did not throw");
}

const journalist = { roles: ["journalist" as const] };

describe("risk data as a value", () => {
  it("rebuilt from its parts, the bundled risk data screens the same", () => {
    const copy = createRiskData(riskDataInput(riskData));
    for (const profile of [
      journalist,
      { sex: "female" as const, age: 12 },
      { ethnicity: "hazara" as const },
      {},
    ]) {
      expect(screenRisk(profile, { riskData: copy })).toEqual(screenRisk(profile));
    }
    expect(copy.specificNeedsCodes).toEqual(specificNeedsCodes);
  });

  it("is injectable into screenRisk and assess, and answers from what it holds", () => {
    const input = riskDataInput(riskData);
    const noCrosswalk = createRiskData({ ...input, crosswalk: [] });
    expect(screenRisk(journalist, { riskData: noCrosswalk }).specificNeeds).toEqual([]);
    expect(screenRisk(journalist).specificNeeds.map((n) => n.code)).toEqual(["LP-RP"]);
    const person = { documents: [{ type: "por_card" }], profile: journalist };
    expect(assess(person, { on: "2025-09-02", riskData: noCrosswalk }).specificNeeds).toEqual([]);
    expect(assess(person, { on: "2025-09-02" }).specificNeeds.length).toBeGreaterThan(0);
    // Its caches are its own: the bundled risk data still answers as before.
    expect(screenRisk(journalist).specificNeeds.map((n) => n.code)).toEqual(["LP-RP"]);
    const onlyJournalists = createRiskData({
      ...input,
      profiles: input.profiles.filter((p) => p.matchWhen.roles?.includes("journalist") === true),
      harms: [],
      crosswalk: [], // its rules name profiles this data no longer has: an error otherwise
    });
    expect(screenRisk({ ethnicity: "hazara" }, { riskData: onlyJournalists }).matches).toEqual([]);
    expect(screenRisk(journalist, { riskData: onlyJournalists }).matches.length).toBe(
      screenRisk(journalist).matches.length,
    );
  });

  it("lists every problem by path: values outside the vocabularies, unknown codes and ids", () => {
    const input = riskDataInput(riskData);
    const [first, ...profiles] = input.profiles;
    const bad = {
      ...input,
      profiles: [{ ...first, matchWhen: { roles: ["astronaut"] } }, ...profiles],
      harms: [{ ...input.harms[0], profiles: ["no-such-profile"] }],
      crosswalk: [{ ...input.crosswalk[0], code: "ZZ-ZZ" }],
      sources: [],
    } as unknown as RiskDataInput;
    const paths = problemsOf(() => createRiskData(bad)).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "profiles[0].matchWhen.roles[0]",
        "profiles[0].sources[0]",
        "harms[0].profiles[0]",
        "crosswalk[0].code",
      ]),
    );
    expect(() => createRiskData(null as never)).toThrow(InvalidInputError);
    expect(problemsOf(() => createRiskData({ ...input, extra: 1 } as never))).toEqual([
      { path: "input.extra", message: "is not a known field" },
    ]);
  });

  it("is frozen, and a change to its input afterwards changes nothing", () => {
    const input = structuredClone<RiskDataInput>(riskDataInput(riskData));
    const mine = createRiskData(input);
    expect(Object.isFrozen(mine)).toBe(true);
    expect(Object.isFrozen(mine.profiles[0])).toBe(true);
    input.crosswalk.length = 0;
    expect(screenRisk(journalist, { riskData: mine }).specificNeeds.length).toBe(1);
  });

  it("rejects risk data it did not make, and unknown options", () => {
    expect(() => screenRisk(journalist, { riskData: { ...riskData } })).toThrow(
      /^riskData: expected risk data made by createRiskData/,
    );
    expect(() => screenRisk(journalist, { risk: riskData } as never)).toThrow(InvalidInputError);
    expect(() => riskDataInput({ ...riskData })).toThrow(InvalidInputError);
  });
});
