// screenRisk over 1.4 million synthetic declared profiles, against a baseline in the same
// process: a loop that only reads each profile's fields (the floor of any screening).
import { screenRisk, type RiskProfileInput } from "../src/index.js";
import { makeProfile } from "./assess.bench.js";
import { format, measure, random, type Measurement } from "./harness.js";

export const PROFILES = 1_400_000;

export function run(): { lines: string[]; results: Measurement[] } {
  const next = random(3);
  const profiles: RiskProfileInput[] = [];
  for (let i = 0; i < PROFILES; i++) profiles.push(next() < 0.4 ? makeProfile(next) : {});
  const screening = measure("screenRisk (40% with a declared profile)", profiles.length, () => {
    let matched = 0;
    for (const p of profiles) matched += screenRisk(p).matches.length;
    return matched;
  });
  const baseline = measure("baseline: read every field of each profile", profiles.length, () => {
    let n = 0;
    for (const p of profiles) {
      n +=
        (p.sex === "female" ? 1 : 0) +
        (p.age ?? 0) +
        (p.roles?.length ?? 0) +
        (p.ethnicity === undefined ? 0 : 1);
    }
    return n;
  });
  return {
    results: [screening, baseline],
    lines: [
      format(screening),
      format(baseline),
      `screenRisk runs at ${((screening.rate / baseline.rate) * 100).toFixed(1)}% of the bare field-reading loop`,
    ],
  };
}
