import {
  createDataset,
  datasetInput,
  extendDataset,
  pakistan,
  type Dataset,
  type Source,
  type TimelineRecord,
} from "../../src/index.js";

/**
 * The bundled dataset with records added (and the sources they cite): what a maintainer does
 * with a decision that a release does not know yet.
 */
export function withRecords(
  records: readonly TimelineRecord[],
  sources: readonly Source[] = [],
  reviewedThrough?: string | null,
): Dataset {
  return extendDataset(pakistan, {
    records,
    sources,
    ...(reviewedThrough === undefined ? {} : { reviewedThrough }),
  });
}

/**
 * A dataset with Pakistan's vocabulary (document types, provinces, targets, groups, wording)
 * and only the given records: no bundled decision, no figures, no review day.
 */
export function onlyRecords(
  records: readonly TimelineRecord[],
  sources: readonly Source[] = [],
): Dataset {
  return extendDataset(emptyPakistan(), { records, sources });
}

let empty: Dataset | undefined;

/** Pakistan's vocabulary, no records: made once (datasets are immutable). */
export function emptyPakistan(): Dataset {
  if (empty !== undefined) return empty;
  const input = datasetInput(pakistan);
  // The document types and subdivisions cite sources of the bundled registry: keep those.
  const cited = new Set(
    [...input.documentTypes, ...input.subdivisions].flatMap((item) => item.sources ?? []),
  );
  empty = createDataset({
    ...input,
    meta: { ...input.meta, reviewedThrough: null },
    records: [],
    sources: input.sources.filter((s) => cited.has(s.id)),
    figures: [],
  });
  return empty;
}
