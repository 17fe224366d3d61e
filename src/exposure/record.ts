import type { IsoDate } from "../dates/index.js";
import type { RecordCommon } from "../timeline/record.js";

/**
 * The settlements (refugee villages, camps) a record concerns: one settlement by `name`;
 * without a name, every settlement of a `district`; with neither, every settlement of a
 * `province`. Counts of camps per district or province with no names, as orders often give
 * them, are written the second and third way. Names are compared without regard to case,
 * punctuation, word order and generic words such as "camp" or "refugee village".
 *
 * @example
 * ```ts
 * const named: SettlementRef = { name: "Kot Chandna", district: "Mianwali" };
 * const unnamed: SettlementRef = { district: "Hangu" }; // every refugee village of Hangu
 * const all: SettlementRef = { province: "PK-BA" }; // every refugee village of Balochistan
 * ```
 */
export interface SettlementRef {
  /** The settlement's name, as the sources give it. */
  name?: string;
  /**
   * Its district. With a `name`, it only says where the settlement is; without one, the entry
   * stands for every settlement of the district.
   */
  district?: string;
  /**
   * Its province (ISO 3166-2:PK). Without a `name` or `district`, the entry stands for every
   * settlement of the province; otherwise it only says where the settlement is.
   */
  province?: string;
}

/**
 * Where and to whom a directive applies beyond its targets. A person is concerned when they
 * live in a listed province, district or settlement (any one is enough; without a place the
 * record is national) and, when groups are listed, belong to one of them.
 *
 * @example
 * ```ts
 * const twinCities: Scope = { provinces: ["PK-IS"], districts: ["Rawalpindi"] };
 * const camps: Scope = { settlements: [{ name: "Kot Chandna", district: "Mianwali" }] };
 * ```
 */
export interface Scope {
  /** ISO 3166-2 codes of the host's subdivisions, e.g. `"PK-IS"` for Islamabad. */
  provinces?: string[];
  /** District names, e.g. `"Rawalpindi"` (compared without regard to case or punctuation). */
  districts?: string[];
  /**
   * Settlements (refugee villages, camps): concern only people whose `location.settlement` is
   * given and matches.
   */
  settlements?: SettlementRef[];
  /** Groups of people. */
  groups?: string[];
}

/**
 * A phase of the "Illegal Foreigners' Repatriation Plan" (IFRP), or one decision within a phase:
 * its targets must leave voluntarily by `departureDeadline` and face arrest and deportation from
 * `enforcementFrom`.
 *
 * @example
 * ```ts
 * const p = defaultTimeline.records.find((r) => r.id === "ifrp-1") as PhaseRecord;
 * p.departureDeadline; //=> "2023-10-31"
 * ```
 */
export interface PhaseRecord extends RecordCommon {
  /** The kind of record: `"phase"`. */
  kind: "phase";
  /** The phase it belongs to (`"ifrp-1"`, `"ifrp-2"`, `"ifrp-3"`, ...). */
  phase: string;
  /** A short name. */
  name: string;
  /** Who it targets. */
  targets: string[];
  /** The last day of voluntary departure, if one was given. */
  departureDeadline?: IsoDate;
  /** The first day of arrests and deportation. */
  enforcementFrom: IsoDate;
}

/**
 * What a directive does to the people it concerns:
 * `tolerate` (no adverse action: the person is `tolerated`), `deport` (an order to deport: the
 * person is `liable`), `deadline` (a deadline to leave: `deadline_pending` until `deadline`), or
 * `notice` (information that changes nobody's exposure, shown in `notices`).
 *
 * @example
 * ```ts
 * const effect: DirectiveEffect = "tolerate";
 * ```
 */
export type DirectiveEffect = "tolerate" | "deport" | "deadline" | "notice";

/**
 * A directive that changes exposure without changing validity: a "no adverse action"
 * notification, a deportation order, a deadline for a group, or a notice.
 *
 * @example
 * ```ts
 * const d = defaultTimeline.records.find((r) => r.id === "no-adverse-action-2023-10-11");
 * (d as DirectiveRecord).effect; //=> "tolerate"
 * ```
 */
export interface DirectiveRecord extends RecordCommon {
  /** The kind of record: `"directive"`. */
  kind: "directive";
  /** A short name, for calendars and lists (the summary says the rest). */
  name?: string;
  /** What it does. */
  effect: DirectiveEffect;
  /** Who it concerns. */
  targets: string[];
  /**
   * Whether it lasts only until the next decision on the validity of the targeted documents
   * ("no adverse action until the cabinet decides"): it then ends the day before the first such
   * decision (a `valid` or `invalid` record announced after it) is announced, as known at the
   * time asked about.
   */
  endsWithDecision?: boolean;
  /** For `deadline`: the last day of voluntary departure. */
  deadline?: IsoDate;
  /** Where or to whom it applies, beyond its targets; national when absent. */
  scope?: Scope;
}
