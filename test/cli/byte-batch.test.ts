import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteBatch } from "../../src/cli/byte-batch.js";

const text = (batch: ByteBatch) => Buffer.from(batch.bytes).toString("utf8");

describe("ByteBatch", () => {
  it("writes a record's head exactly as JSON.stringify would, for any id and line", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        ),
        fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)),
        (id, line) => {
          const batch = new ByteBatch(8);
          batch.text("x");
          batch.recordHead(line, id);
          expect(text(batch)).toBe(`x{"line":${line},"id":${JSON.stringify(id)}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("grows past its first size and keeps what it had", () => {
    const batch = new ByteBatch(4);
    const expected: string[] = [];
    for (let i = 0; i < 500; i++) {
      batch.recordHead(i, `case-${i}`);
      batch.copy(Buffer.from("}\n"));
      batch.text("\u0627\n");
      expected.push(`{"line":${i},"id":"case-${i}"}\n\u0627\n`);
    }
    expect(text(batch)).toBe(expected.join(""));
  });

  it("starts again empty after reset, reusing its buffer", () => {
    const batch = new ByteBatch(16);
    batch.text("first");
    batch.reset();
    batch.text("second");
    expect(text(batch)).toBe("second");
  });
});
