import * as z from "zod";
import { checkHostIds, PERSON_SHAPE } from "../schemas/person.js";

/**
 * `PersonRecordSchema` as the CLI checks it: it accepts and rejects exactly the same
 * records, with the same issues, but drops unknown top-level fields instead of copying them
 * into its output. The CLI never reads those fields, and copying them was a third of the cost
 * of a parse.
 */
export const PersonRecordForCli = z.object(PERSON_SHAPE).superRefine(checkHostIds);
