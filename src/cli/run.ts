import { parseArgs } from "node:util";
import { DATASET_REVIEWED_THROUGH, DATASET_VERSION } from "../index.js";
import { assessCommand } from "./commands/assess.js";
import { schemaCommand } from "./commands/schema.js";
import { statusCommand } from "./commands/status.js";
import { timelineCommand } from "./commands/timeline.js";
import { validateCommand } from "./commands/validate.js";
import { UsageError } from "./input/errors.js";
import type { CliIo } from "./output.js";

export type { CliIo } from "./output.js";
export { UsageError } from "./input/errors.js";

declare const __PACKAGE_VERSION__: string;

/** Exit codes: 0 ok, 1 data invalid, 2 usage or I/O error. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: afghan-refugees <command> [options]

Validate and assess data about Afghans in Pakistan against a sourced, versioned dataset.
Nothing is sent anywhere, and no output repeats a field value of a record.

Commands:
  validate --schema NAME FILE...   check records (JSON, NDJSON, CSV) against a schema
  assess FILE                      assess person records: validity, exposure, risk, specific needs
  status --document TYPE           validity and exposure for a document holder on a day
  timeline                         validity spans of a document, or deadlines as a calendar
  schema NAME                      print a JSON Schema

Options:
  -h, --help       Show this help (or a command's, after its name)
  -v, --version    Show the package and dataset versions, and how far the dataset's
                   sources were read

Exit codes: 0 ok, 1 data invalid, 2 usage or I/O error.
`;

const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> =
  {
    validate: validateCommand,
    assess: assessCommand,
    status: statusCommand,
    timeline: timelineCommand,
    schema: schemaCommand,
  };

/**
 * Runs the CLI with the given arguments and returns its exit code. Never throws: a usage or I/O
 * fault becomes a one-line message on stderr and exit code 2, never a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command.startsWith("-")) return await topLevel(argv, io);
    const handler = COMMANDS[command];
    if (handler === undefined)
      throw new UsageError(`unknown command "${sanitize(command)}"; see --help`);
    return await handler(rest, io);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : "internal error";
    io.stderr(`afghan-refugees: ${message}\n`);
    return EXIT_USAGE;
  }
}

async function topLevel(argv: readonly string[], io: CliIo): Promise<number> {
  let values: { help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch {
    throw new UsageError("unknown option; see --help");
  }
  if (values.version === true) {
    await io.stdout(
      `${__PACKAGE_VERSION__} (dataset ${DATASET_VERSION}, sources read through ${DATASET_REVIEWED_THROUGH})\n`,
    );
    return EXIT_OK;
  }
  if (values.help === true) {
    await io.stdout(USAGE);
    return EXIT_OK;
  }
  io.stderr(USAGE);
  return EXIT_USAGE;
}

/** A command name is user input but not a record value; still, keep it short and printable. */
function sanitize(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 40 ? `${printable.slice(0, 40)}...` : printable;
}
