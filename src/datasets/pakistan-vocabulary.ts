// Pakistan's vocabulary as literal types: the ids of the bundled dataset's document types,
// exposure targets, groups and provinces. Generated from data/pk/ (src/generated/); the engine
// itself takes any dataset's ids as strings.
import {
  PAKISTAN_DOCUMENT_TYPES,
  PAKISTAN_GROUPS,
  PAKISTAN_SUBDIVISIONS,
  PAKISTAN_TARGETS,
} from "../generated/pakistan-vocabulary.js";

/**
 * Every {@link DocumentType} of the bundled dataset, in a fixed order.
 *
 * @example
 * ```ts
 * DOCUMENT_TYPES.includes("tazkira"); //=> true
 * ```
 */
export const DOCUMENT_TYPES = PAKISTAN_DOCUMENT_TYPES;

/**
 * The documents an Afghan in Pakistan may hold (or `"none"`): the document types of the bundled
 * dataset, {@link pakistan}. Another dataset has its own ids; the engine takes them as strings.
 *
 * - `por_card`: Proof of Registration card (registered refugees, from 2006).
 * - `afghan_citizen_card`: Afghan Citizen Card, ACC (from 2017).
 * - `umrf_certificate`: certificate for unregistered members of registered families (DRIVE, 2021).
 * - `passport_visa`: an Afghan passport with a Pakistani visa.
 * - `unhcr_asylum_document`: a UNHCR asylum-seeker certificate or slip.
 * - `tazkira`: the Afghan national identity document.
 * - `none`: no document.
 *
 * @example
 * ```ts
 * const held: DocumentType = "por_card";
 * ```
 */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Who an exposure record of the bundled dataset targets: holders of a PoR card, an Afghan
 * Citizen Card or a UMRF certificate, or `undocumented` people (none of those documents and no
 * valid visa: including visa overstayers and holders of only a Tazkira or a UNHCR document,
 * which Pakistan does not recognise).
 *
 * @example
 * ```ts
 * const targets: ExposureTarget[] = ["por_card", "afghan_citizen_card"];
 * ```
 */
export type ExposureTarget = (typeof EXPOSURE_TARGETS)[number];

/**
 * Every {@link ExposureTarget}.
 *
 * @example
 * ```ts
 * EXPOSURE_TARGETS.length; //=> 4
 * ```
 */
export const EXPOSURE_TARGETS = PAKISTAN_TARGETS;

/**
 * Groups that some of Pakistan's orders single out: `awaiting_resettlement` (people in
 * Pakistan awaiting resettlement to a third country) and `spouse_of_pakistani_citizen`
 * (Afghans married to a Pakistani citizen, who may apply for a Pakistan Origin Card or
 * citizenship).
 *
 * @example
 * ```ts
 * const person = { documents: [], groups: ["awaiting_resettlement"] as PersonGroup[] };
 * ```
 */
export type PersonGroup = (typeof PERSON_GROUPS)[number];

/**
 * Every {@link PersonGroup}.
 *
 * @example
 * ```ts
 * PERSON_GROUPS; //=> ["awaiting_resettlement", "spouse_of_pakistani_citizen"]
 * ```
 */
export const PERSON_GROUPS = PAKISTAN_GROUPS;

/**
 * The ISO 3166-2:PK codes of Pakistan's provinces and territories, with their names:
 * Balochistan, Gilgit-Baltistan, Islamabad Capital Territory, Azad Jammu and Kashmir,
 * Khyber Pakhtunkhwa, Punjab, Sindh.
 *
 * @example
 * ```ts
 * PAKISTAN_PROVINCES["PK-IS"]; //=> "Islamabad"
 * ```
 */
export const PAKISTAN_PROVINCES: Readonly<Record<string, string>> = PAKISTAN_SUBDIVISIONS;
