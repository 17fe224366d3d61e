// documentValidity over 1.4 million mixed queries (one per registered PoR holder), against the
// straightforward reference implementation (test/reference) run in the same process.
import {
  type DocumentType,
  documentTypes,
  documentValidity,
  formatDay,
  pakistan,
  parseDay,
} from "../src/index.js";
import { referenceValidity } from "../test/reference/validity-reference.js";
import { format, measure, random, type Measurement } from "./harness.js";

export const QUERIES = 1_400_000;

interface Query {
  type: DocumentType;
  on: string;
  knownAt: string | undefined;
}

/** Mixed queries: mostly PoR cards, some ACCs and UMRF certificates, days 2006-2026. */
export function makeQueries(n: number, seed = 1): Query[] {
  const next = random(seed);
  const first = parseDay("2006-01-01");
  const span = parseDay("2026-12-31") - first;
  const queries: Query[] = [];
  for (let i = 0; i < n; i++) {
    const r = next();
    const type: DocumentType =
      r < 0.7 ? "por_card" : r < 0.9 ? "afghan_citizen_card" : "umrf_certificate";
    const on = formatDay(first + Math.floor(next() * span));
    queries.push({ type, on, knownAt: next() < 0.3 ? on : undefined });
  }
  return queries;
}

export function run(): { lines: string[]; results: Measurement[] } {
  const queries = makeQueries(QUERIES);
  const fast = measure("documentValidity (compiled tables)", queries.length, () => {
    let valid = 0;
    for (const q of queries) {
      const r = documentValidity(
        q.type,
        q.knownAt === undefined ? { on: q.on } : { on: q.on, knownAt: q.knownAt },
      );
      if (r.status === "valid") valid++;
    }
    return valid;
  });
  const sample = queries.slice(0, 20_000);
  const records = pakistan.records;
  const reference = measure(
    "reference implementation (scan every record)",
    sample.length,
    () => {
      let valid = 0;
      for (const q of sample) {
        const r = referenceValidity(
          records,
          documentTypes[q.type],
          parseDay(q.on),
          q.knownAt === undefined ? undefined : parseDay(q.knownAt),
        );
        if (r.status === "valid") valid++;
      }
      return valid;
    },
    3,
  );
  const ratio = fast.rate / reference.rate;
  return {
    results: [fast, reference],
    lines: [
      format(fast),
      format(reference),
      `ratio: ${ratio.toFixed(1)}x the reference (target: at least 5x); ` +
        `target 3 M calls/s: ${fast.rate >= 3e6 ? "met" : "NOT met"}`,
    ],
  };
}
