import { describe, expect, it } from "vitest";
import { PersonRecordSchema, ReturnFlowRowSchema } from "../../src/schemas/index.js";

/** What a Standard Schema consumer (a form library, a router, tRPC...) sees: no zod import. */
interface StandardSchema {
  "~standard": {
    version: 1;
    vendor: string;
    validate: (
      value: unknown,
    ) =>
      | { value: unknown; issues?: undefined }
      | { issues: readonly { message: string; path?: readonly unknown[] | undefined }[] }
      | Promise<unknown>;
  };
}

function check(schema: StandardSchema, value: unknown) {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("expected a synchronous schema");
  return result as {
    value?: unknown;
    issues?: readonly { path?: readonly unknown[] | undefined }[];
  };
}

describe("Standard Schema (zod implements it)", () => {
  it("validates a person record through the vendor-neutral interface", () => {
    expect(PersonRecordSchema["~standard"].version).toBe(1);
    const ok = check(PersonRecordSchema, { id: "case-1", documents: [{ type: "por_card" }] });
    expect(ok.issues).toBeUndefined();
    expect(ok.value).toEqual({ id: "case-1", documents: [{ type: "por_card" }] });
    const bad = check(PersonRecordSchema, { id: "case-1", documents: [{ type: "visa" }] });
    expect(bad.issues?.map((i) => i.path)).toEqual([["documents", 0, "type"]]);
  });

  it("reports refinements as issues too", () => {
    const bad = check(ReturnFlowRowSchema, {
      crossingPoint: "Chaman",
      returnType: "spontaneous",
      documentType: "none",
      individuals: 3,
      source: "synthetic",
    });
    expect(bad.issues?.map((i) => i.path)).toEqual([["day"]]);
  });
});
