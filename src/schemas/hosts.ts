// The ids of each bundled host, for the schemas of files that may hold people of either host:
// a record's `host` says which ids its documents, province and groups must be.
import {
  IRAN_DOCUMENT_TYPES,
  IRAN_GROUPS,
  IRAN_SUBDIVISIONS,
} from "../generated/iran-vocabulary.js";
import {
  PAKISTAN_DOCUMENT_TYPES,
  PAKISTAN_GROUPS,
  PAKISTAN_SUBDIVISIONS,
} from "../generated/pakistan-vocabulary.js";

/** A bundled host's ids. @internal */
export interface HostIds {
  documents: readonly string[];
  subdivisions: readonly string[];
  groups: readonly string[];
}

/** The bundled hosts' ids, by ISO 3166-1 alpha-2 code (the first is the default host). @internal */
export const HOST_IDS: Readonly<Record<"PK" | "IR", HostIds>> = {
  PK: {
    documents: PAKISTAN_DOCUMENT_TYPES,
    subdivisions: Object.keys(PAKISTAN_SUBDIVISIONS),
    groups: PAKISTAN_GROUPS,
  },
  IR: {
    documents: IRAN_DOCUMENT_TYPES,
    subdivisions: Object.keys(IRAN_SUBDIVISIONS),
    groups: IRAN_GROUPS,
  },
};

/** The bundled hosts' codes. @internal */
export const HOSTS = ["PK", "IR"] as const;

/** The ids of every bundled host, together (each once). @internal */
export function allIds(key: keyof HostIds): [string, ...string[]] {
  return [...new Set(HOSTS.flatMap((h) => HOST_IDS[h][key]))] as [string, ...string[]];
}

/** The same ids as sets, for the checks of every record of a file. @internal */
export const HOST_SETS: Readonly<
  Record<"PK" | "IR", Readonly<Record<keyof HostIds, ReadonlySet<string>>>>
> = {
  PK: {
    documents: new Set(HOST_IDS.PK.documents),
    subdivisions: new Set(HOST_IDS.PK.subdivisions),
    groups: new Set(HOST_IDS.PK.groups),
  },
  IR: {
    documents: new Set(HOST_IDS.IR.documents),
    subdivisions: new Set(HOST_IDS.IR.subdivisions),
    groups: new Set(HOST_IDS.IR.groups),
  },
};
