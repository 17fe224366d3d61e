// Reading a text file as UTF-8 chunks and as lines, in time linear in its size and in memory
// bounded by the longest line allowed, whatever the file holds.
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/**
 * The longest line (NDJSON) or record (CSV, JSON array element) read, in UTF-16 code units:
 * 8 MiB. A longer one is reported as one invalid record and skipped, without being held in
 * memory. A person record is a few hundred bytes; a line this long is a broken or hostile file.
 */
export const MAX_LINE_LENGTH = 8 * 1024 * 1024;

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

/**
 * A line of a file: its number (1-based), its text without its end, and its end (`"\r\n"`,
 * `"\n"`, or `""` for a last line without one). `tooLong` when it was longer than the limit:
 * its text is then empty.
 */
export interface Line {
  line: number;
  text: string;
  eol: "\r\n" | "\n" | "";
  tooLong?: true;
}

/**
 * The lines of a file, in batches (one per chunk read). Batches, not single lines, because a
 * million trips through an async generator cost more than the work. A line split across chunks
 * is kept as parts and joined once, so a long line costs its length, not its length squared; a
 * line over `maxLength` is dropped as it is read and given as `tooLong`.
 */
export async function* lineBatches(
  path: string,
  maxLength = MAX_LINE_LENGTH,
  chunks: AsyncIterable<string> = textChunks(path),
): AsyncGenerator<Line[]> {
  let parts: string[] = [];
  let partsLength = 0;
  let skipping = false;
  let line = 0;
  const end = (piece: string, eol: "\n" | ""): Line => {
    line++;
    if (skipping || partsLength + piece.length > maxLength) {
      skipping = false;
      parts = [];
      partsLength = 0;
      return { line, text: "", eol: eol === "" ? "" : "\n", tooLong: true };
    }
    let text = parts.length === 0 ? piece : parts.join("") + piece;
    parts = [];
    partsLength = 0;
    if (text.endsWith("\r")) {
      text = text.slice(0, -1);
      return { line, text, eol: eol === "\n" ? "\r\n" : "" };
    }
    return { line, text, eol };
  };
  for await (const chunk of chunks) {
    const batch: Line[] = [];
    let start = 0;
    let nl = chunk.indexOf("\n");
    while (nl !== -1) {
      batch.push(end(chunk.slice(start, nl), "\n"));
      start = nl + 1;
      nl = chunk.indexOf("\n", start);
    }
    if (start < chunk.length && !skipping) {
      const rest = chunk.slice(start);
      if (partsLength + rest.length > maxLength) {
        skipping = true;
        parts = [];
        partsLength = 0;
      } else {
        parts.push(rest);
        partsLength += rest.length;
      }
    }
    if (batch.length > 0) yield batch;
  }
  if (partsLength > 0 || skipping) yield [end("", "")];
}
