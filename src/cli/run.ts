import { parseArgs } from "node:util";

declare const __PACKAGE_VERSION__: string;

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes: 0 ok, 1 data invalid, 2 usage or I/O error. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: afghan-refugees <command> [options]

Validate and assess data about Afghans in Pakistan against a sourced, versioned dataset.
Nothing is sent anywhere, and no output repeats a field value of a record.

Options:
  -h, --help       Show this help
  -v, --version    Show the package version

Exit codes: 0 ok, 1 data invalid, 2 usage or I/O error.
`;

/** Thrown inside commands for a usage or I/O fault; turned into a one-line message and exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Runs the CLI with the given arguments and returns its exit code. Never throws: an unexpected
 * fault becomes a one-line message on stderr and exit code 2, never a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : "internal error";
    io.stderr(`afghan-refugees: ${message}\n`);
    return EXIT_USAGE;
  }
}

function dispatch(argv: readonly string[], io: CliIo): Promise<number> | number {
  const [command] = argv;
  if (command === undefined || command.startsWith("-")) return topLevel(argv, io);
  throw new UsageError(`unknown command "${sanitize(command)}"; see --help`);
}

function topLevel(argv: readonly string[], io: CliIo): number {
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
    io.stdout(`${__PACKAGE_VERSION__}\n`);
    return EXIT_OK;
  }
  if (values.help === true) {
    io.stdout(USAGE);
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
