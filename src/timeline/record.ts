import type { IsoDate } from "../dates/index.js";
import type { DirectiveRecord, PhaseRecord } from "../exposure/record.js";
import type { Confidence } from "../sources/confidence.js";

/**
 * How exactly the announcement day of a record is known:
 * `exact` (stated, or fixed by a weekday and a dated report), `inferred` (derived, e.g. "two
 * days ago"), `on_or_before` (only the latest possible day is known: the first dated report).
 *
 * @example
 * ```ts
 * const precision: AnnouncedPrecision = "on_or_before";
 * ```
 */
export type AnnouncedPrecision = "exact" | "inferred" | "on_or_before";

/**
 * What a validity record says about the days it covers: the documents are `valid`, `invalid`
 * (no longer a basis of stay), or `unknown` (the documents existed but no validity was published,
 * or sources disagree and none can be preferred).
 *
 * @example
 * ```ts
 * const says: RecordStatus = "valid";
 * ```
 */
export type RecordStatus = "valid" | "invalid" | "unknown";

/**
 * The fields every record of the policy timeline has: what it is, when it was announced, the
 * days it covers, who decided, and the sources it rests on.
 *
 * @example
 * ```ts
 * const common: RecordCommon = defaultTimeline.records[0];
 * common.sources.length > 0; //=> true
 * ```
 */
export interface RecordCommon {
  /** Stable identifier, lowercase letters, digits and hyphens. */
  id: string;
  /** The day the decision became public (or was notified), in the host country. */
  announced: IsoDate;
  /** How exactly `announced` is known. */
  announcedPrecision: AnnouncedPrecision;
  /** The first day the record covers. */
  from: IsoDate;
  /** The last day the record covers; absent when open-ended. */
  through?: IsoDate;
  /** Who decided (cabinet, ministry, prime minister...). */
  body: string;
  /** The instrument (notification, press release, cabinet decision...), where known. */
  instrument?: string;
  /** One sentence: what the record says. */
  summary: string;
  /** Ids of the sources in the registry (at least one). */
  sources: string[];
  /** How sure the dataset is of this record. */
  confidence: Confidence;
  /** tz-style reasoning: where sources disagree, which we followed and why. */
  note?: string;
}

/**
 * One decision about the validity of one or more document types: an extension, a lapse declared
 * by notification, or a documented gap. The decision that governs a day is the latest-announced
 * known record whose span includes it.
 *
 * @example
 * ```ts
 * const record: ValidityRecord = {
 *   kind: "validity",
 *   id: "por-2024-07-10",
 *   documents: ["por_card"],
 *   announced: "2024-07-10",
 *   announcedPrecision: "exact",
 *   from: "2024-07-01",
 *   through: "2025-06-30",
 *   status: "valid",
 *   body: "Federal cabinet; SAFRON notification",
 *   summary: "The cabinet extends PoR cards, expired on 30 June 2024, to 30 June 2025.",
 *   sources: ["br-2024-07-10"],
 *   confidence: "high",
 * };
 * ```
 */
export interface ValidityRecord extends RecordCommon {
  /** The kind of record: `"validity"`. */
  kind: "validity";
  /** The document types it applies to (only types whose validity rule is `timeline`). */
  documents: string[];
  /** What the record says about the days it covers. */
  status: RecordStatus;
}

/**
 * A record of the policy timeline: a validity decision, a repatriation phase, or a directive.
 *
 * @example
 * ```ts
 * const validity = defaultTimeline.records.filter((r) => r.kind === "validity");
 * ```
 */
export type TimelineRecord = ValidityRecord | PhaseRecord | DirectiveRecord;
