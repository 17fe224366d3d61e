// Checks the parts of a dataset other than its records: meta, document types, subdivisions,
// exposure targets, groups, wording and figures. Each item is read with its grammar
// (src/grammar/dataset.ts); what relates the items is checked here. Every problem is reported by
// path, never with a value.
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { Figure } from "../figures/figure.js";
import { checkItems, checkObject, isObject, type Checker, type Obj } from "../grammar/check.js";
import {
  DATASET_META,
  DOCUMENT_TYPE,
  EXPOSURE_TARGET,
  FIGURE,
  GROUP,
  SUBDIVISION,
  WORDING,
} from "../grammar/dataset.js";
import type {
  DatasetMeta,
  ExposureTargetInfo,
  GroupInfo,
  Subdivision,
  Wording,
} from "./dataset.js";

/** The most targets and groups a dataset may have: each is a bit of a 32-bit mask. */
const MAX_TARGETS = 24;
const MAX_GROUPS = 16;

/**
 * Checks the parts of a dataset input besides records and sources; problems go to `checker`,
 * whose terms must hold the known source ids (and, for the targets, the document type ids: they
 * are taken from the input when the checker has none).
 * @internal
 */
export function checkDatasetParts(input: Obj, checker: Checker): void {
  checkObject(input.meta, DATASET_META, "meta", checker);
  checkItems(input.documentTypes, DOCUMENT_TYPE, "documentTypes", checker, {
    seen: new Set(),
    what: "document type",
    nonEmpty: true,
  });
  const host = isObject(input.meta) ? input.meta.host : undefined;
  const prefix = typeof host === "string" ? `${host}-` : undefined;
  checkItems(input.subdivisions, SUBDIVISION, "subdivisions", checker, {
    seen: new Set(),
    what: "subdivision",
    key: "code",
    then: (s, path, valid) => {
      if (!valid || prefix === undefined || (s.code as string).startsWith(prefix)) return true;
      checker.add(`${path}.code`, "must be an ISO 3166-2 code of the host country, such as PK-IS");
      return false;
    },
  });
  const documents = new Set(
    (Array.isArray(input.documentTypes) ? (input.documentTypes as unknown[]) : [])
      .filter(isObject)
      .map((d) => d.id)
      .filter((id): id is string => typeof id === "string"),
  );
  const terms = checker.terms;
  checker.terms = { ...terms, documents };
  let defaults = 0;
  checkItems(input.targets, EXPOSURE_TARGET, "targets", checker, {
    seen: new Set(),
    what: "target",
    nonEmpty: true,
    then: (t) => {
      if (Array.isArray(t.documents) && t.documents.length === 0) defaults++;
      return true;
    },
  });
  checker.terms = terms;
  const count = Array.isArray(input.targets) ? input.targets.length : 0;
  if (count > MAX_TARGETS) checker.add("targets", `must have at most ${MAX_TARGETS} targets`);
  if (count > 0) {
    if (defaults !== 1) {
      checker.add(
        "targets",
        "must have exactly one target with no documents (the people who hold none of the others')",
      );
    }
  }
  checkItems(input.groups, GROUP, "groups", checker, { seen: new Set(), what: "group" });
  if (Array.isArray(input.groups) && input.groups.length > MAX_GROUPS) {
    checker.add("groups", `must have at most ${MAX_GROUPS} groups`);
  }
  checkObject(input.wording, WORDING, "wording", checker);
  checkItems(input.figures, FIGURE, "figures", checker, { seen: new Set(), what: "figure" });
}

/** The checked parts, typed. @internal */
export interface DatasetParts {
  meta: DatasetMeta;
  documentTypes: DocumentTypeInfo[];
  subdivisions: Subdivision[];
  targets: ExposureTargetInfo[];
  groups: GroupInfo[];
  wording: Wording;
  figures: Figure[];
}
