import { describe, expect, it } from "vitest";
import { deadlines, listPhases, phases, sources } from "../../src/index.js";

describe("phases", () => {
  it("are ifrp-1, ifrp-2 and ifrp-3 with their targets, days and sources", () => {
    expect(
      phases.map((p) => [p.id, p.targets, p.announced, p.departureDeadline, p.enforcementFrom]),
    ).toEqual([
      ["ifrp-1", ["undocumented"], "2023-10-03", "2023-10-31", "2023-11-01"],
      ["ifrp-2", ["afghan_citizen_card"], "2025-03-07", "2025-03-31", "2025-04-01"],
      ["ifrp-3", ["por_card"], "2025-07-31", "2025-08-31", "2025-09-01"],
    ]);
    const known = new Set(sources.map((s) => s.id));
    for (const p of phases) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const id of p.sources) expect(known.has(id)).toBe(true);
    }
    expect(phases.find((p) => p.id === "ifrp-3")?.records.map((r) => r.id)).toEqual([
      "ifrp-3-notification",
      "ifrp-3",
    ]);
  });

  it("change as the knowledge did", () => {
    expect(listPhases({ knownAt: "2023-10-02" })).toEqual([]);
    const aug2 = listPhases({ knownAt: "2025-08-02" }).find((p) => p.id === "ifrp-3");
    expect(aug2).toMatchObject({ departureDeadline: null, enforcementFrom: "2025-07-31" });
  });
});

describe("deadlines", () => {
  it("lists departure deadlines and enforcement starts in a range, by day", () => {
    const list = deadlines({ from: "2025-01-01", to: "2025-12-31" });
    expect(list.map((d) => `${d.day} ${d.kind} ${d.phase ?? d.record.id}`)).toEqual([
      "2025-03-31 departure_deadline ifrp-2",
      "2025-04-01 enforcement_start ifrp-2",
      "2025-04-30 departure_deadline resettlement-2025-04-30",
      "2025-08-31 departure_deadline ifrp-3",
      "2025-09-01 enforcement_start ifrp-3",
      "2025-10-17 enforcement_start no-extension-2025-10-17",
    ]);
    expect(list[2]?.scope).toEqual({ groups: ["awaiting_resettlement"] });
  });

  it("includes the range's ends and respects knownAt", () => {
    expect(deadlines({ from: "2023-10-31", to: "2023-11-01" }).map((d) => d.kind)).toEqual([
      "departure_deadline",
      "enforcement_start",
    ]);
    const aug2 = deadlines({ from: "2025-07-01", to: "2025-09-30", knownAt: "2025-08-02" });
    expect(aug2.map((d) => `${d.day} ${d.kind}`)).toEqual(["2025-07-31 enforcement_start"]);
  });
});
