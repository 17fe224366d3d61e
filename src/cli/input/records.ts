import { openSync, readSync, closeSync, statSync } from "node:fs";
import { csvRecords } from "./csv.js";
import { jsonErrorWhere, UsageError } from "./errors.js";
import { jsonArrayItems } from "./json-array.js";
import { lineBatches, MAX_LINE_LENGTH, textChunks, type Line } from "./lines.js";

/** The formats the command reads. */
export type InputFormat = "json" | "ndjson" | "csv";

/**
 * One record of an input file: its value, or why it could not be read. `header` marks a
 * problem of the file's header (CSV), which is not a record: no record of the file is read.
 */
export type RecordItem =
  { line: number; value: unknown } | { line: number; error: string; header?: true };

/** The format of a file, from `--input-format` or its extension. */
export function detectFormat(path: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (given === "json" || given === "ndjson" || given === "csv") return given;
    if (given === "jsonl") return "ndjson";
    throw new UsageError("--input-format must be json, ndjson (jsonl) or csv");
  }
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".csv")) return "csv";
  throw new UsageError(
    "cannot tell the format from the file name; use --input-format json, ndjson or csv",
  );
}

/** Checks that a path is a readable text file; a usage error otherwise. */
export function checkFile(path: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`${safeName(path)}: no such file`);
  }
  if (stat.isDirectory()) throw new UsageError(`${safeName(path)}: is a directory, not a file`);
  if (!stat.isFile()) throw new UsageError(`${safeName(path)}: not a regular file`);
  const head = Buffer.alloc(8192);
  let read: number;
  try {
    const fd = openSync(path, "r");
    read = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
  } catch {
    throw new UsageError(`${safeName(path)}: cannot be read`);
  }
  if (head.subarray(0, read).includes(0)) {
    throw new UsageError(`${safeName(path)}: is not a text file (it contains NUL bytes)`);
  }
}

/** A file name as printed: printable characters only. */
export function safeName(path: string): string {
  return path.replace(/[^\x20-\x7e]/g, "?");
}

/** A record from one NDJSON line, or why it is not one; `null` for a blank line. */
export function ndjsonRecord({ line, text, tooLong }: Line): RecordItem | null {
  if (tooLong === true) {
    return { line, error: `the line is longer than ${MAX_LINE_LENGTH} characters` };
  }
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (text.trim() === "") return null;
    return { line, error: `invalid JSON at ${jsonErrorWhere(error, text, line, 1)}` };
  }
}

async function* ndjsonRecords(path: string): AsyncGenerator<RecordItem[]> {
  for await (const lines of lineBatches(path)) {
    const batch: RecordItem[] = [];
    for (const l of lines) {
      const item = ndjsonRecord(l);
      if (item !== null) batch.push(item);
    }
    if (batch.length > 0) yield batch;
  }
}

async function* oneByOne(items: AsyncIterable<RecordItem>): AsyncGenerator<RecordItem[]> {
  for await (const item of items) yield [item];
}

/**
 * The records of a file, streamed in batches: NDJSON line by line, a JSON array element by
 * element (a single JSON object is one record), CSV row by row. Unreadable records are items
 * with an `error` that says where, never what.
 */
export function readRecords(
  path: string,
  format: InputFormat,
  coerce?: (row: Record<string, unknown>) => Record<string, unknown>,
): AsyncGenerator<RecordItem[]> {
  if (format === "ndjson") return ndjsonRecords(path);
  if (format === "json") return oneByOne(jsonArrayItems(textChunks(path)));
  return csvRecords(path, coerce);
}
