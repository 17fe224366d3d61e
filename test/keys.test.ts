import { describe, expect, it } from "vitest";
import {
  assess,
  type Dataset,
  deadlines,
  documentValidity,
  exposure,
  InvalidInputError,
  listPhases,
  pakistan,
  type Person,
  screenRisk,
  validitySpans,
} from "../src/index.js";

/** Calls `f` and returns the message of the typed error it throws. */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  return expect.fail("did not throw");
}

describe("misspelt keys are errors, named by their path, never by a value", () => {
  it("in a risk profile", () => {
    expect(messageOf(() => screenRisk({ gender: "female" } as never))).toBe(
      "profile.gender: is not a known field (expected sex, age, roles, ethnicity, religion, circumstances)",
    );
  });

  it("in a location, a held document and a person's profile", () => {
    const on = { on: "2025-09-02" };
    expect(
      messageOf(() => exposure({ documents: [], location: { provice: "PK-KP" } } as never, on)),
    ).toMatch(/^person\.location\.provice: is not a known field/);
    expect(
      messageOf(() =>
        exposure({ documents: [{ type: "passport_visa", validTill: "2026-01-01" }] } as never, on),
      ),
    ).toMatch(/^person\.documents\[0\]\.validTill: is not a known field/);
    expect(
      messageOf(() => assess({ documents: [], profile: { religon: "shia" } } as never, on)),
    ).toMatch(/^person\.profile\.religon: is not a known field/);
    // A person record's own other fields are allowed and left alone.
    const record = { id: "c-1", name: "x", documents: [] } as Person;
    expect(exposure(record, on).status).toBe("liable");
  });

  it("never names a key that could be someone's data", () => {
    const message = messageOf(() =>
      exposure({ documents: [], location: { "Ahmad Khan +92 300": "x" } } as never, {
        on: "2025-09-02",
      }),
    );
    expect(message).toBe(
      "person.location.(an unknown field): is not a known field (expected province, district, settlement)",
    );
  });

  it("in the options of every function", () => {
    expect(
      messageOf(() => documentValidity("por_card", { on: "2024-01-15", knownat: "x" } as never)),
    ).toMatch(/^options\.knownat: is not a known field/);
    expect(
      messageOf(() => exposure({ documents: [] }, { on: "2024-01-15", knowAt: "x" } as never)),
    ).toMatch(/^options\.knowAt: is not a known field/);
    expect(messageOf(() => listPhases({ knownat: "2025-01-01" } as never))).toMatch(
      /^options\.knownat/,
    );
    expect(messageOf(() => validitySpans("por_card", { on: "2025-01-01" } as never))).toMatch(
      /^options\.on/,
    );
    expect(messageOf(() => documentValidity("por_card", {} as never))).toBe(
      "options.on: is required (the day asked about)",
    );
  });
});

describe("deadlines: a range, or a typed error", () => {
  it("needs both ends, in order", () => {
    expect(messageOf(() => (deadlines as (o?: unknown) => unknown)())).toMatch(
      /^options: expected an object/,
    );
    expect(messageOf(() => deadlines({ from: "2025-01-01" } as never))).toBe(
      "options.to: is required",
    );
    expect(messageOf(() => deadlines({ from: "2025-12-31", to: "2025-01-01" }))).toBe(
      "options.to: must not be before options.from",
    );
    expect(deadlines({ from: "2025-08-31", to: "2025-08-31" }).map((d) => d.day)).toEqual([
      "2025-08-31",
    ]);
  });

  it("rejects a dataset it did not make, with a typed error", () => {
    // A look-alike of the bundled dataset, not made by createDataset.
    const fake: Dataset = { ...pakistan };
    expect(
      messageOf(() => deadlines({ from: "2025-01-01", to: "2025-12-31", dataset: fake })),
    ).toMatch(/^dataset: expected a dataset made by createDataset or extendDataset/);
    expect(messageOf(() => listPhases({ dataset: fake }))).toMatch(/^dataset:/);
  });
});
