// Reading a command's arguments: what every command does the same way, with the same messages.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isIsoDate } from "../index.js";
import { UsageError } from "./input/errors.js";

/** A command's options and operands, as `node:util` `parseArgs` reads them. */
export interface CommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Reads a command's arguments strictly. An unknown option (or an operand, for a command that
 * takes none) is a usage error that names the command and points to its help, never the
 * argument itself (which might be someone's data pasted by mistake).
 */
export function commandArgs(
  command: string,
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  takesOperands: boolean,
): CommandArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: takesOperands,
      strict: true,
    });
    return { values: values, positionals };
  } catch {
    const what = takesOperands ? "unknown option" : "unknown option or argument";
    throw new UsageError(`${command}: ${what}; see ${command} --help`);
  }
}

/** A calendar-day option (`--on`, `--known-at`): the day, `undefined` when absent, or a usage error. */
export function dayOption(command: string, option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw new UsageError(`${command}: ${option} must be a calendar day written YYYY-MM-DD`);
  }
  return value;
}
