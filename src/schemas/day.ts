import * as z from "zod";

/**
 * A calendar day written `YYYY-MM-DD` with a real day (`2024-02-29` yes, `2025-02-29` no).
 * Agrees with `parseDay` of the main entry; in JSON Schema it is a string with `format: "date"`
 * and a pattern.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "afghan-refugees/schemas";
 * IsoDateSchema.safeParse("2025-06-30").success; //=> true
 * IsoDateSchema.safeParse("30/06/2025").success; //=> false
 * ```
 */
export const IsoDateSchema = z.iso.date().describe("A calendar day, YYYY-MM-DD");
