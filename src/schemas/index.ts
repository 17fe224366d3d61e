/**
 * zod 4 schemas for the records this library reads and writes (entry `afghan-refugees/schemas`).
 * zod is a peer dependency: bring your own zod 4.
 *
 * @packageDocumentation
 */
export { IsoDateSchema } from "./day.js";
