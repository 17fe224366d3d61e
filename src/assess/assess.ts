import type { QueryOptions } from "../documents/document-validity.js";
import type { ValidityResult } from "../documents/validity-result.js";
import { evaluate, type Exposure } from "../exposure/exposure.js";
import type { Person } from "../exposure/person.js";

/**
 * Everything the library can say about one person on one day.
 *
 * @example
 * ```ts
 * const a: Assessment = assess({ documents: [{ type: "por_card" }] }, { on: "2025-08-15" });
 * a.documents[0].status; //=> "expired"
 * a.exposure.status; //=> "deadline_pending"
 * ```
 */
export interface Assessment {
  /** The validity of each held document, in input order. */
  documents: readonly ValidityResult[];
  /** What the state may do to the person. */
  exposure: Exposure;
}

/**
 * Assesses one person on one day: the validity of each document they hold, and their exposure
 * to arrest and deportation. Nothing in the result repeats a personal value (names, numbers and
 * dates of birth are never read).
 *
 * @param person - `{ documents, location?, groups? }` (a person record's other fields are
 *   ignored).
 * @param options - `on` (required), `knownAt`, `timeline`.
 * @returns `{ documents, exposure }`.
 * @throws {@link InvalidInputError} for a person of the wrong shape; {@link InvalidDateError}
 *   for a bad day.
 *
 * @example
 * ```ts
 * const a = assess({ documents: [{ type: "afghan_citizen_card" }] }, { on: "2025-03-15" });
 * a.documents[0].status; //=> "unknown"
 * a.exposure; //=> { status: "deadline_pending", phase: "ifrp-2", deadline: "2025-03-31", ... }
 * ```
 */
export function assess(person: Person, options: QueryOptions): Assessment {
  return evaluate(person, options);
}
