/**
 * The bundled dataset as plain data (entry `afghan-refugees/data`).
 *
 * @packageDocumentation
 */

/**
 * The version of the bundled dataset, `YEAR.N`. It moves with every data change.
 *
 * @example
 * ```ts
 * import { DATASET_VERSION } from "afghan-refugees/data";
 * DATASET_VERSION; //=> "2026.0"
 * ```
 */
export const DATASET_VERSION = "2026.0";
