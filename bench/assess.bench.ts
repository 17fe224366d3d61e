// assess() over 1.4 million synthetic people with mixed documents, against the scanning
// reference implementations (test/reference) run in the same process.
import {
  assess,
  formatDay,
  type HeldDocument,
  pakistan,
  parseDay,
  type Person,
  type RiskProfileInput,
  type Role,
} from "../src/index.js";
import { referenceExposure } from "../test/reference/exposure-reference.js";
import { format, measure, random, type Measurement } from "./harness.js";

export const PEOPLE = 1_400_000;

const ROLE_SAMPLE = ["journalist", "former_security_forces", "educator", "activist"] as const;

/** A synthetic declared profile: sex and age, sometimes a role or an ethnicity. */
export function makeProfile(next: () => number): RiskProfileInput {
  const r = next();
  return {
    sex: next() < 0.5 ? "female" : "male",
    age: Math.floor(next() * 80),
    ...(r < 0.2 ? { roles: [ROLE_SAMPLE[Math.floor(next() * ROLE_SAMPLE.length)] as Role] } : {}),
    ...(r > 0.8 ? { ethnicity: "hazara" as const } : {}),
  };
}

/** Synthetic people: mostly PoR holders, then ACC holders, undocumented, visas and others. */
export function makePeople(
  n: number,
  seed = 2,
): { person: Person; on: string; knownAt?: string }[] {
  const next = random(seed);
  const first = parseDay("2023-01-01");
  const span = parseDay("2026-12-31") - first;
  const provinces = ["PK-KP", "PK-PB", "PK-SD", "PK-BA", "PK-IS"];
  const people: { person: Person; on: string; knownAt?: string }[] = [];
  for (let i = 0; i < n; i++) {
    const r = next();
    const documents: HeldDocument[] =
      r < 0.55
        ? [{ type: "por_card" }]
        : r < 0.75
          ? [{ type: "afghan_citizen_card" }]
          : r < 0.85
            ? [{ type: "tazkira" }]
            : r < 0.9
              ? [
                  {
                    type: "passport_visa",
                    validThrough: formatDay(first + Math.floor(next() * span)),
                  },
                ]
              : r < 0.95
                ? [{ type: "por_card" }, { type: "unhcr_asylum_document" }]
                : [];
    const on = formatDay(first + Math.floor(next() * span));
    const person: Person = {
      documents,
      location: { province: provinces[Math.floor(next() * provinces.length)] as string },
      ...(next() < 0.02 ? { groups: ["awaiting_resettlement" as const] } : {}),
      ...(next() < 0.4 ? { profile: makeProfile(next) } : {}),
    };
    people.push(next() < 0.3 ? { person, on, knownAt: on } : { person, on });
  }
  return people;
}

export function run(): { lines: string[]; results: Measurement[] } {
  const people = makePeople(PEOPLE);
  const fast = measure(
    "assess: validity, exposure, risk screening, specific needs",
    people.length,
    () => {
      let protectedCount = 0;
      for (const { person, on, knownAt } of people) {
        const a = assess(person, knownAt === undefined ? { on } : { on, knownAt });
        if (a.exposure.status === "protected") protectedCount++;
      }
      return protectedCount;
    },
  );
  const sample = people.slice(0, 5_000);
  const reference = measure(
    "reference exposure only (scan every record, with reference validity)",
    sample.length,
    () => {
      let protectedCount = 0;
      for (const { person, on, knownAt } of sample) {
        const e = referenceExposure(
          pakistan.records,
          person,
          parseDay(on),
          knownAt === undefined ? undefined : parseDay(knownAt),
        );
        if (e.status === "protected") protectedCount++;
      }
      return protectedCount;
    },
    3,
  );
  return {
    results: [fast, reference],
    lines: [
      format(fast),
      format(reference),
      `ratio: ${(fast.rate / reference.rate).toFixed(1)}x the reference (which does less: no risk screening); ` +
        `target 1 M people/s: ${fast.rate >= 1e6 ? "met" : "NOT met"}`,
    ],
  };
}
