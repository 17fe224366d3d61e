import { isIsoDate } from "../dates/index.js";
import type { Vocabulary } from "../dataset/vocabulary.js";
import type { HeldDocument } from "../documents/document-type.js";
import { InvalidInputError } from "../errors.js";
import { rejectUnknownKeys } from "../keys.js";
import type { RiskProfileInput } from "../risk/vocabulary.js";
import type { Location } from "./location.js";

/**
 * What exposure needs to know of a person: the documents they hold, where they live, and the
 * groups some orders single out. No name or number is needed, and none is ever echoed.
 *
 * @example
 * ```ts
 * const person: Person = {
 *   documents: [{ type: "por_card" }],
 *   location: { province: "PK-PB", district: "Rawalpindi" },
 * };
 * ```
 */
export interface Person {
  /** The documents held; an empty list means none. */
  documents: readonly HeldDocument[];
  /** Where the person lives, for orders scoped to a place. */
  location?: Location | undefined;
  /** Groups the person belongs to (ids of the dataset's groups), for orders scoped to a group. */
  groups?: readonly string[] | undefined;
  /** What the person declares for risk screening (read by `assess`). */
  profile?: RiskProfileInput | undefined;
  /**
   * The host country the person lives in (ISO 3166-1 alpha-2: `"PK"`, `"IR"`). In the main
   * entry, a query that names no `dataset` answers from the bundled dataset of this host
   * (default `"PK"`); a query that names one checks that it is this host's.
   */
  host?: string | undefined;
}

const DOCUMENT_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "type",
  "validThrough",
  "number",
  "issuedOn",
]);
const LOCATION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "province",
  "district",
  "settlement",
]);

/**
 * Checks the shape of a person against a dataset's vocabulary (its document types,
 * subdivisions and groups), naming the field at fault and never its value.
 * @internal
 */
export function checkPerson(
  person: unknown,
  vocabulary: Vocabulary,
  name = "person",
): asserts person is Person {
  if (typeof person !== "object" || person === null) {
    throw new InvalidInputError(`${name}: expected an object with documents`);
  }
  const { documents, location, groups, host } = person as Record<string, unknown>;
  if (host !== undefined && host !== vocabulary.host) {
    throw new InvalidInputError(
      typeof host === "string" && /^[A-Z]{2}$/.test(host)
        ? `${name}.host: is not the host of the dataset asked (${vocabulary.host})`
        : `${name}.host: expected an ISO 3166-1 alpha-2 code, such as ${vocabulary.host}`,
    );
  }
  if (!Array.isArray(documents)) {
    throw new InvalidInputError(`${name}.documents: expected an array of held documents`);
  }
  for (let i = 0; i < documents.length; i++) {
    const doc: unknown = documents[i];
    const type =
      typeof doc === "object" && doc !== null ? (doc as { type?: unknown }).type : undefined;
    if (typeof type !== "string" || !vocabulary.documentTypes.has(type)) {
      throw new InvalidInputError(`${name}.documents[${i}].type: expected a document type`);
    }
    rejectUnknownKeys(doc as object, DOCUMENT_KEYS, `${name}.documents[${i}]`);
    const { validThrough, issuedOn, number } = doc as HeldDocument;
    if (number !== undefined && typeof number !== "string") {
      throw new InvalidInputError(`${name}.documents[${i}].number: expected a string`);
    }
    if (validThrough !== undefined && !isIsoDate(validThrough)) {
      throw new InvalidInputError(`${name}.documents[${i}].validThrough: expected YYYY-MM-DD`);
    }
    if (issuedOn !== undefined && !isIsoDate(issuedOn)) {
      throw new InvalidInputError(`${name}.documents[${i}].issuedOn: expected YYYY-MM-DD`);
    }
  }
  if (location !== undefined) {
    if (typeof location !== "object" || location === null || Array.isArray(location)) {
      throw new InvalidInputError(
        `${name}.location: expected { province?, district?, settlement? }`,
      );
    }
    rejectUnknownKeys(location, LOCATION_KEYS, `${name}.location`);
    const { province, district, settlement } = location as Location;
    if (
      province !== undefined &&
      (typeof province !== "string" || !vocabulary.subdivisions.has(province))
    ) {
      throw new InvalidInputError(
        `${name}.location.province: expected an ISO 3166-2 code of ${vocabulary.hostName} (${[...vocabulary.subdivisions.keys()].join(", ")})`,
      );
    }
    if (district !== undefined && (typeof district !== "string" || district.trim() === "")) {
      throw new InvalidInputError(`${name}.location.district: expected a district name`);
    }
    if (settlement !== undefined && (typeof settlement !== "string" || settlement.trim() === "")) {
      throw new InvalidInputError(`${name}.location.settlement: expected a settlement name`);
    }
  }
  if (groups !== undefined) {
    if (
      !Array.isArray(groups) ||
      !groups.every((g) => typeof g === "string" && vocabulary.groupBits.has(g))
    ) {
      throw new InvalidInputError(
        `${name}.groups: expected a list of: ${vocabulary.groups.join(", ")}`,
      );
    }
  }
}
