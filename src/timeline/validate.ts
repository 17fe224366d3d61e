// Checks policy records and sources with the grammar (src/grammar), then what relates a record
// to the rest of its dataset: ids unique, cited sources known, spans not before a document was
// first issued, no two records of one document announced the same day that overlap.
import type { Vocabulary } from "../dataset/vocabulary.js";
import { isIsoDate } from "../dates/index.js";
import { checkItems, Checker } from "../grammar/check.js";
import { RECORD_KINDS, SOURCE } from "../grammar/records.js";
import type { Source } from "../sources/source.js";
import type { TimelineRecord } from "./record.js";

/**
 * Checks sources and appends the valid ones to `into`; their ids join `seen`.
 * @internal
 */
export function checkSources(
  values: unknown,
  checker: Checker,
  seen: Set<string>,
  into: Source[],
  at = "sources",
): void {
  checkItems(values, SOURCE, at, checker, {
    seen,
    what: "source",
    expect: "must be an array of sources",
    into,
  });
}

/**
 * Checks timeline records against a dataset's vocabulary and appends the valid ones to `into`.
 * `checker.terms` must be the vocabulary's terms with the known source ids.
 * @internal
 */
export function checkRecords(
  values: unknown,
  checker: Checker,
  seen: Set<string>,
  vocabulary: Vocabulary,
  into: TimelineRecord[],
  at = "records",
): void {
  checkItems(
    values,
    (value, path) => {
      const kind = value.kind;
      if (typeof kind === "string" && Object.hasOwn(RECORD_KINDS, kind)) {
        return RECORD_KINDS[kind as keyof typeof RECORD_KINDS];
      }
      checker.add(`${path}.kind`, "must be one of: validity, phase, directive");
      return undefined;
    },
    at,
    checker,
    {
      seen,
      what: "record",
      expect: "must be an array of records",
      into,
      // A record may not cover days before a document it concerns was first issued.
      then: (record, path) => {
        const { kind, documents, from } = record;
        if (kind !== "validity" || !Array.isArray(documents) || !isIsoDate(from)) return true;
        let ok = true;
        for (const doc of documents) {
          const first =
            typeof doc === "string" ? vocabulary.documentTypes.get(doc)?.firstIssued : undefined;
          if (first !== undefined && from < first) {
            checker.add(`${path}.from`, `is before ${doc} was first issued`);
            ok = false;
          }
        }
        return ok;
      },
    },
  );
}

/** Two records for the same document announced the same day must not overlap. @internal */
export function checkAmbiguity(
  records: readonly TimelineRecord[],
  firstNew: number,
  checker: Checker,
  at = "records",
) {
  for (let i = firstNew; i < records.length; i++) {
    const a = records[i];
    if (a?.kind !== "validity") continue;
    for (let j = 0; j < i; j++) {
      const b = records[j];
      if (b?.kind !== "validity" || a.announced !== b.announced) continue;
      const overlap =
        (a.through === undefined || b.from <= a.through) &&
        (b.through === undefined || a.from <= b.through);
      const shared = a.documents.find((d) => b.documents.includes(d));
      if (overlap && shared !== undefined) {
        checker.add(
          `${at}[${i - firstNew}]`,
          `overlaps record "${b.id}" for ${shared}, announced the same day: which one governs would be ambiguous`,
        );
      }
    }
  }
}
