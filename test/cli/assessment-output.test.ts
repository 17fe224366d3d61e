import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BatchAssessor } from "../../src/cli/assess-batch.js";
import { AssessmentOutput } from "../../src/cli/commands/assessment-output.js";
import { assess, type DocumentType, pakistan, type Person } from "../../src/index.js";

const documentType = fc.constantFrom<DocumentType>(
  "por_card",
  "afghan_citizen_card",
  "umrf_certificate",
  "tazkira",
  "unhcr_asylum_document",
  "none",
);
const person = fc.record(
  {
    id: fc.constantFrom("case-1", "case-2", "case-\u0627", 'case-"3"', "case\\4", "case\t5"),
    documents: fc.array(
      fc.oneof(
        documentType.map((type) => ({ type })),
        fc.constantFrom("2024-05-01", "2026-05-01").map((validThrough) => ({
          type: "passport_visa" as const,
          validThrough,
        })),
      ),
      { maxLength: 2 },
    ),
    profile: fc.record(
      {
        sex: fc.constantFrom("female" as const, "male" as const),
        age: fc.integer({ min: 0, max: 90 }),
      },
      { requiredKeys: [] },
    ),
    location: fc.constantFrom({ province: "PK-IS" as const }, { district: "Rawalpindi" }, {}),
    groups: fc.constantFrom(["awaiting_resettlement" as const], []),
  },
  { requiredKeys: ["id", "documents"] },
);

describe("assess output", () => {
  it("writes the same lines from remembered tails as from each assessment afresh", () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(
          "2023-01-01",
          "2023-10-15",
          "2024-01-15",
          "2025-03-15",
          "2025-09-02",
          "2026-06-01",
        ),
        (people, on) => {
          const batch = new BatchAssessor({ on, format: "ndjson", file: "f", dataset: pakistan });
          const items = people.map((value, i) => ({ line: i + 1, value }));
          // twice: the second pass is served from the remembered tails
          for (let pass = 0; pass < 2; pass++) {
            const { output, invalid } = batch.items(items);
            expect(invalid).toBe(0);
            const text = Buffer.from(output).toString("utf8");
            const fresh = new AssessmentOutput(
              on,
              undefined,
              assess({ documents: [] }, { on }),
              pakistan,
            );
            const expected = people
              .map((p, i) => fresh.ndjson(i + 1, p.id, p.documents, assess(p as Person, { on })))
              .join("");
            expect(text).toBe(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
