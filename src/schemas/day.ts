import * as z from "zod";

/**
 * A calendar day written `YYYY-MM-DD` with a real day (`2024-02-29` yes, `2025-02-29` no), from
 * 1900-01-01 to 2999-12-31. Agrees with `parseDay` of the main entry; in JSON Schema it is a
 * string with two patterns (a real day, and the range of years).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "afghan-refugees/schemas";
 * IsoDateSchema.safeParse("2025-06-30").success; //=> true
 * IsoDateSchema.safeParse("30/06/2025").success; //=> false
 * ```
 */
export const IsoDateSchema = z.iso
  .date()
  .regex(/^(?:19\d\d|2\d\d\d)-/, { error: "must be a day from 1900-01-01 to 2999-12-31" })
  .describe("A calendar day, YYYY-MM-DD, from 1900-01-01 to 2999-12-31");
