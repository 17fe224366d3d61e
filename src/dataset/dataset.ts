// What a dataset is: one host country's policy as a value. The engine reads every word and
// vocabulary it needs from here, never from a constant of its own.
import type { IsoDate } from "../dates/index.js";
import type { DocumentTypeInfo } from "../documents/document-type.js";
import type { Figure } from "../figures/figure.js";
import type { Source } from "../sources/source.js";
import type { TimelineRecord } from "../timeline/record.js";

/**
 * Who a dataset is about and how current it is.
 *
 * @example
 * ```ts
 * pakistan.meta.host; //=> "PK"
 * pakistan.meta.timeZone; //=> "Asia/Karachi"
 * ```
 */
export interface DatasetMeta {
  /** A stable identifier: lowercase letters, digits and hyphens (`"pakistan"`). */
  id: string;
  /** The host country, ISO 3166-1 alpha-2 (`"PK"`). */
  host: string;
  /** The host country's name in English, as summaries use it (`"Pakistan"`). */
  name: string;
  /** The dataset version, `YEAR.N`; it moves with every data change. */
  version: string;
  /** The day this version was released. */
  released: IsoDate;
  /**
   * The last day up to which the sources were read for decisions, or `null` when the dataset
   * does not say (every answer is then beyond review).
   */
  reviewedThrough: IsoDate | null;
  /** How far the sources reach, and why, in a sentence or two. */
  reviewNote?: string;
  /** The IANA time zone in which an instant becomes a calendar day (`"Asia/Karachi"`). */
  timeZone: string;
  /** The version of the record format. */
  schemaVersion: number;
}

/**
 * A first-level subdivision of the host country: an ISO 3166-2 code and its name.
 *
 * @example
 * ```ts
 * const islamabad: Subdivision = { code: "PK-IS", name: "Islamabad" };
 * ```
 */
export interface Subdivision {
  /** The ISO 3166-2 code, such as `"PK-IS"`. */
  code: string;
  /** The name in English. */
  name: string;
  /** The ids of the sources of the code and name (the ISO 3166-2 entry), if cited. */
  sources?: string[];
}

/**
 * Who exposure records can target: the holders of some document types, or, for the one target
 * with no documents, everyone who holds none of them (`undocumented`).
 *
 * @example
 * ```ts
 * const por: ExposureTargetInfo = { id: "por_card", name: "PoR card holders", documents: ["por_card"] };
 * ```
 */
export interface ExposureTargetInfo {
  /** The target's id, as records name it in `targets`. */
  id: string;
  /** Who it is, in English. */
  name: string;
  /** The document types whose holders it is; empty for the target of people who hold none. */
  documents: string[];
}

/**
 * A group of people that some orders single out (people awaiting resettlement, spouses of
 * citizens).
 *
 * @example
 * ```ts
 * const group: GroupInfo = { id: "awaiting_resettlement", name: "Afghans awaiting resettlement" };
 * ```
 */
export interface GroupInfo {
  /** The group's id, as records and people name it. */
  id: string;
  /** Who it is, in English. */
  name: string;
}

/**
 * The legal wording a dataset's summaries use, in the host country's terms.
 *
 * @example
 * ```ts
 * pakistan.wording.legalBasis; //=> "Foreigners Act 1946"
 * ```
 */
export interface Wording {
  /** The law under which a person without a valid recognised document is liable. */
  legalBasis: string;
  /**
   * What an answer says of a document the state does not assess, with `{document}` for its
   * name: "Pakistan does not treat a {document} as a document of legal stay...".
   */
  notAssessed: string;
}

/**
 * Everything a dataset is made of, as JSON can hold it: the input of {@link createDataset}.
 *
 * @example
 * ```ts
 * const input: DatasetInput = { ...datasetInput(pakistan), records: [] };
 * ```
 */
export interface DatasetInput {
  /** Who and how current. */
  meta: DatasetMeta;
  /** The document types people may hold, and what each protects. */
  documentTypes: DocumentTypeInfo[];
  /** The host country's subdivisions (ISO 3166-2). */
  subdivisions: Subdivision[];
  /** The exposure targets: exactly one has no documents. */
  targets: ExposureTargetInfo[];
  /** The groups some orders single out. */
  groups: GroupInfo[];
  /** The legal wording of summaries. */
  wording: Wording;
  /** The policy records: validity decisions, phases, directives and notices. */
  records: TimelineRecord[];
  /** Every source that a record, document type or figure cites. */
  sources: Source[];
  /** Cited figures. */
  figures: Figure[];
}

/**
 * One host country's policy as a value: validated, immutable, and compiled once (on first use)
 * into integer-day tables. Make one with {@link createDataset} or {@link extendDataset};
 * {@link pakistan} is bundled. Pass it as the `dataset` option of every query.
 *
 * @example
 * ```ts
 * const d: Dataset = pakistan;
 * d.records.length > 0; //=> true
 * d.sourcesById.get("dawn-2013-07-25")?.publisher; //=> "Dawn"
 * ```
 */
export interface Dataset {
  /** Who and how current. */
  readonly meta: Readonly<DatasetMeta>;
  /** The document types, in order. */
  readonly documentTypes: readonly Readonly<DocumentTypeInfo>[];
  /** The subdivisions. */
  readonly subdivisions: readonly Readonly<Subdivision>[];
  /** The exposure targets. */
  readonly targets: readonly Readonly<ExposureTargetInfo>[];
  /** The groups. */
  readonly groups: readonly Readonly<GroupInfo>[];
  /** The legal wording. */
  readonly wording: Readonly<Wording>;
  /** Every record, in order (a base's records first). */
  readonly records: readonly TimelineRecord[];
  /** Every source. */
  readonly sources: readonly Source[];
  /** The sources by id. */
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** Cited figures. */
  readonly figures: readonly Figure[];
  /** `meta.reviewedThrough`, here too for the timelines of earlier versions. */
  readonly reviewedThrough: IsoDate | null;
}
