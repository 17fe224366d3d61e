// A dataset's vocabulary in the form the engine reads it: document types by id, exposure targets
// as bits, groups as bits, subdivisions as a set. Built once per dataset.
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { Terms } from "../grammar/spec.js";
import type { ExposureTargetInfo, GroupInfo, Subdivision, Wording } from "./dataset.js";

/** What the engine needs to know of a dataset besides its records. @internal */
export interface Vocabulary {
  /** The host country's name (for messages). */
  hostName: string;
  /** The host country's ISO 3166-1 alpha-2 code. */
  host: string;
  /** The document types by id, and their ids in order. */
  documentTypes: ReadonlyMap<string, DocumentTypeInfo>;
  documentIds: readonly string[];
  /** Exposure targets: bit i stands for `targets[i]`. */
  targets: readonly string[];
  targetBits: ReadonlyMap<string, number>;
  /** For each document type, the bits of the targets its holders are (0 when none). */
  documentTargets: ReadonlyMap<string, number>;
  /** The bit of the target of people who hold none of the targets' documents. */
  defaultTarget: number;
  /** Groups: bit i stands for `groups[i]`. */
  groups: readonly string[];
  groupBits: ReadonlyMap<string, number>;
  /** Subdivision codes and names. */
  subdivisions: ReadonlyMap<string, string>;
  /** The IANA time zone of the host country. */
  timeZone: string;
  /** The legal wording of summaries. */
  wording: Readonly<Wording>;
  /** The ids a record may name, as the grammar's checker reads them (without sources). */
  terms: Terms;
}

/**
 * The vocabulary of a (checked) dataset's parts.
 * @internal
 */
export function makeVocabulary(parts: {
  hostName: string;
  host: string;
  documentTypes: readonly DocumentTypeInfo[];
  targets: readonly ExposureTargetInfo[];
  groups: readonly GroupInfo[];
  subdivisions: readonly Subdivision[];
  timeZone: string;
  wording: Readonly<Wording>;
}): Vocabulary {
  const targets = parts.targets.map((t) => t.id);
  const targetBits = new Map(targets.map((id, i) => [id, 1 << i]));
  const documentTargets = new Map<string, number>();
  let defaultTarget = 0;
  parts.targets.forEach((t, i) => {
    if (t.documents.length === 0) defaultTarget = 1 << i;
    for (const doc of t.documents)
      documentTargets.set(doc, (documentTargets.get(doc) ?? 0) | (1 << i));
  });
  const groups = parts.groups.map((g) => g.id);
  const subdivisions = new Map(parts.subdivisions.map((s) => [s.code, s.name]));
  return {
    hostName: parts.hostName,
    host: parts.host,
    documentTypes: new Map(parts.documentTypes.map((d) => [d.id, d])),
    documentIds: parts.documentTypes.map((d) => d.id),
    targets,
    targetBits,
    documentTargets,
    defaultTarget,
    groups,
    groupBits: new Map(groups.map((id, i) => [id, 1 << i])),
    subdivisions,
    timeZone: parts.timeZone,
    wording: parts.wording,
    terms: {
      documents: new Set(parts.documentTypes.map((d) => d.id)),
      timelineDocuments: new Set(
        parts.documentTypes.filter((d) => d.validityRule === "timeline").map((d) => d.id),
      ),
      targets: new Set(targets),
      groups: new Set(groups),
      subdivisions: new Set(subdivisions.keys()),
    },
  };
}

/** The bit mask of a list of targets (unknown ids give no bit). @internal */
export function targetMaskOf(vocabulary: Vocabulary, targets: readonly string[]): number {
  let mask = 0;
  for (const t of targets) mask |= vocabulary.targetBits.get(t) ?? 0;
  return mask;
}

/** The bit mask of a list of groups (unknown ids give no bit). @internal */
export function groupMaskOf(vocabulary: Vocabulary, groups: readonly string[] | undefined): number {
  let mask = 0;
  if (groups !== undefined) for (const g of groups) mask |= vocabulary.groupBits.get(g) ?? 0;
  return mask;
}
