import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../src/cli/output.js";

/** A sink that reads each chunk only when its write "finishes", a tick later, as a pipe may. */
function slowSink() {
  const chunks: Buffer[] = [];
  const sink = (chunk: Uint8Array): Promise<void> =>
    new Promise((resolve) =>
      setImmediate(() => {
        chunks.push(Buffer.from(chunk)); // copied only now: the writer must not have reused it
        resolve();
      }),
    );
  return { sink, text: () => Buffer.concat(chunks).toString("utf8") };
}

const piece = fc.record({
  how: fc.constantFrom("add", "addBytes", "addLent"),
  text: fc.oneof(fc.string({ maxLength: 10 }), fc.string({ minLength: 30, maxLength: 200 })),
});

describe("ByteWriter", () => {
  it("writes every piece, in order, whatever their sizes and however the sink is slow", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (pieces) => {
        const { sink, text } = slowSink();
        const out = new ByteWriter(sink, 64);
        for (const { how, text: t } of pieces) {
          let wrote;
          if (how === "add") wrote = out.add(t);
          else {
            const bytes = Buffer.from(t, "utf8");
            wrote = how === "addBytes" ? out.addBytes(bytes) : out.addLent(bytes);
            if (wrote !== undefined) await wrote;
            bytes.fill(0); // copied, or lent only until now: ours again
            continue;
          }
          if (wrote !== undefined) await wrote;
        }
        await out.close();
        expect(text()).toBe(pieces.map((p) => p.text).join(""));
      }),
      { numRuns: 300 },
    );
  });
});
