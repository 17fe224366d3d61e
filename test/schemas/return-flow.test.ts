import { describe, expect, it } from "vitest";
import { ReturnFlowRowSchema } from "../../src/schemas/index.js";

const row = {
  crossingPoint: "Torkham",
  returnType: "deported",
  documentType: "por_card",
  individuals: 10,
  source: "synthetic",
};

describe("ReturnFlowRowSchema: ISO weeks that exist", () => {
  it("accepts week 53 only in years that have one", () => {
    const ok = (week: string) => ReturnFlowRowSchema.safeParse({ ...row, week }).success;
    expect(ok("2020-W53")).toBe(true); // 2020 began on a Wednesday, in a leap year
    expect(ok("2026-W53")).toBe(true); // 2026 begins on a Thursday
    expect(ok("2015-W53")).toBe(true);
    expect(ok("2025-W53")).toBe(false);
    expect(ok("2024-W53")).toBe(false);
    expect(ok("2025-W52")).toBe(true);
    expect(ok("2025-W54")).toBe(false);
    expect(ok("2025-W00")).toBe(false);
    // Any year the pattern allows gives an answer, never a crash.
    expect(() => ok("0004-W53")).not.toThrow();
    expect(ok("9998-W53")).toBe(true); // 1 January 9998 is a Thursday
  });
});
