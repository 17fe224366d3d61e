// Whatever it is given, a public function returns or throws one of the library's own typed
// errors (with a `code`), never a TypeError or a RangeError from deep inside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as schemas from "../src/schemas/index.js";

type Fn = (...args: unknown[]) => unknown;
const FUNCTIONS = Object.entries({ ...api, ...schemas } as Record<string, unknown>).filter(
  (entry): entry is [string, Fn] => typeof entry[1] === "function" && !/Error$/.test(entry[0]),
);

/** Values shaped like the library's arguments, and junk. */
const argument = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    "por_card",
    "2025-09-02",
    "0000-01-01",
    "2025-W53",
    new Date(Number.NaN),
    Object.create(Date.prototype) as unknown,
    new Proxy(new Date(), {}),
    { on: "2025-09-02" },
    { on: {} },
    { on: "2025-09-02", knownAt: 7 },
    { on: "2025-09-02", timeline: {} },
    { documents: [{ type: "por_card" }] },
    { documents: [{ type: "por_card", validThrough: [] }], location: "PK-KP" },
    { documents: "x", profile: { roles: "journalist" } },
    { from: "2025-01-01", to: "2024-01-01" },
    [{ kind: "validity" }],
    Number.MAX_SAFE_INTEGER,
    -1e308,
  ),
);

describe("every public function throws only typed errors", () => {
  it(`${FUNCTIONS.length} functions, on random and hostile arguments`, () => {
    expect(FUNCTIONS.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(
        fc.constantFrom(...FUNCTIONS),
        fc.array(argument, { maxLength: 3 }),
        ([name, fn], args) => {
          try {
            fn(...args);
          } catch (error) {
            expect(api.isAfghanRefugeesError(error), `${name} threw ${String(error)}`).toBe(true);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
