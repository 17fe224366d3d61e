import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { csvRecords } from "./csv.js";
import { jsonErrorWhere, UsageError } from "./errors.js";
import { jsonArrayItems } from "./json-array.js";

/** The formats the command reads. */
export type InputFormat = "json" | "ndjson" | "csv";

/** One record of an input file: its value, or why it could not be read. */
export type RecordItem = { line: number; value: unknown } | { line: number; error: string };

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

/** Text chunks of a file, decoded as UTF-8, without a leading BOM. */
export async function* textChunks(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    let text = decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/** A line of a file: its number (1-based) and text, without its `\r\n` or `\n`. */
export interface Line {
  line: number;
  text: string;
}

/**
 * The lines of a file, in batches (one per chunk read), `\r\n` or `\n` ended. Batches, not
 * single lines, because a million trips through an async generator cost more than the work.
 */
export async function* lineBatches(path: string): AsyncGenerator<Line[]> {
  let carry = "";
  let line = 0;
  for await (const chunk of textChunks(path)) {
    const batch: Line[] = [];
    let start = 0;
    const text = carry + chunk;
    let nl = text.indexOf("\n", start);
    while (nl !== -1) {
      line++;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      batch.push({ line, text: text.slice(start, end) });
      start = nl + 1;
      nl = text.indexOf("\n", start);
    }
    carry = text.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (carry.length > 0) {
    line++;
    yield [{ line, text: carry.endsWith("\r") ? carry.slice(0, -1) : carry }];
  }
}

/** A record from one NDJSON line, or why it is not one; `null` for a blank line. */
export function ndjsonRecord({ line, text }: Line): RecordItem | null {
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
  return oneByOne(csvRecords(path, coerce));
}
