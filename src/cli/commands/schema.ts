import { JSON_SCHEMA_NAMES, toJsonSchema } from "../../schemas/index.js";
import { UsageError } from "../input/errors.js";
import type { CliIo } from "../output.js";

export const SCHEMA_HELP = `Usage: afghan-refugees schema NAME

Prints a JSON Schema (draft 2020-12). NAME is one of:
  ${JSON_SCHEMA_NAMES.join(", ")}
`;

export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    await io.stdout(SCHEMA_HELP);
    return 0;
  }
  if (argv.length !== 1 || !JSON_SCHEMA_NAMES.includes(argv[0] as string)) {
    throw new UsageError(`schema: give one NAME: ${JSON_SCHEMA_NAMES.join(", ")}`);
  }
  await io.stdout(`${JSON.stringify(toJsonSchema(argv[0] as string), null, 2)}\n`);
  return 0;
}
