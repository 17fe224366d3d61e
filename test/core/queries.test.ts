import { describe, expect, it } from "vitest";
import * as core from "../../src/core/index.js";
import { pakistanInput, riskInput } from "../../src/data/index.js";
import * as main from "../../src/index.js";

const dataset = core.createDataset(pakistanInput);
const riskData = core.createRiskData(riskInput);

describe("the core entry: the engine without bundled data", () => {
  it("answers as the main entry does, given the same data as JSON", () => {
    const person = {
      documents: [{ type: "por_card" }],
      profile: { roles: ["journalist" as const] },
    };
    for (const on of ["2023-09-15", "2025-08-15", "2025-09-02"]) {
      expect(core.documentValidity("por_card", { on, dataset })).toEqual(
        main.documentValidity("por_card", { on }),
      );
      expect(core.exposure(person, { on, dataset })).toEqual(main.exposure(person, { on }));
      expect(core.assess(person, { on, dataset, riskData })).toEqual(main.assess(person, { on }));
    }
    expect(core.listPhases({ dataset })).toEqual(main.listPhases());
    expect(core.validitySpans("por_card", { dataset })).toEqual(main.validitySpans("por_card"));
    const range = { from: "2025-01-01", to: "2025-12-31" };
    expect(core.deadlines({ ...range, dataset })).toEqual(main.deadlines(range));
    expect(core.screenRisk({ roles: ["journalist"] }, { riskData })).toEqual(
      main.screenRisk({ roles: ["journalist"] }),
    );
  });

  it("requires the dataset and the risk data, with a typed error that says so", () => {
    const required = /^options\.dataset: is required \(this entry point bundles no dataset\)$/;
    const cases: (() => unknown)[] = [
      () => core.documentValidity("por_card", { on: "2025-01-01" } as never),
      () => core.exposure({ documents: [] }, { on: "2025-01-01" } as never),
      () => core.validitySpans("por_card", {} as never),
      () => core.listPhases({} as never),
      () => core.deadlines({ from: "2025-01-01", to: "2025-12-31" } as never),
    ];
    for (const f of cases) {
      expect(f).toThrow(core.InvalidInputError);
      expect(f).toThrow(required);
    }
    expect(() => core.assess({ documents: [] }, { on: "2025-01-01", dataset } as never)).toThrow(
      /^options\.riskData: is required/,
    );
    expect(() => core.screenRisk({}, {} as never)).toThrow(/^options\.riskData: is required/);
  });

  it("holds no data of its own", () => {
    const names = Object.keys(core);
    for (const bundled of [
      "pakistan",
      "riskData",
      "sources",
      "figures",
      "phases",
      "documentTypes",
    ]) {
      expect(names).not.toContain(bundled);
    }
  });
});
