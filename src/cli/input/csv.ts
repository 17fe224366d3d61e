// CSV input: csv-parse reads the cells; this module only decides which physical lines make up
// a record, so that line numbers are exact (a record is reported at its first line, whatever
// its quoted cells hold) and one malformed record is one problem, once, with every other record
// still read.
import { parse } from "csv-parse/sync";
import { buildRecord, readColumns } from "./csv-columns.js";
import { lineBatches, MAX_LINE_LENGTH, type Line } from "./lines.js";
import type { RecordItem } from "./records.js";

/** The most physical lines one record may span (quoted cells with line breaks). */
export const MAX_RECORD_LINES = 1000;

const CODES: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted cell is not closed",
  CSV_INVALID_CLOSING_QUOTE: "a closing quote is followed by other text in its cell",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "a closing quote is followed by other text",
  CSV_QUOTE_ATTACHED: "a quote is attached to an unquoted cell",
};

function malformed(line: number, code: string | undefined): RecordItem {
  const why =
    code === undefined ? "it cannot be read" : (CODES[code] ?? `it cannot be read (${code})`);
  return { line, error: `malformed CSV record: ${why}` };
}

/** The rows of a CSV text, or the csv-parse error code. */
function rows(text: string): string[][] | { code: string | undefined } {
  try {
    const parsed: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: false });
    return parsed;
  } catch (error) {
    return { code: (error as { code?: string }).code };
  }
}

/**
 * CSV rows as records: a header row names the fields, dotted names build nested values
 * (`documents.0.type`, `location.province`), empty cells are left out, and `coerce` turns cells
 * into numbers or booleans where the schema expects them. A malformed record, a record with
 * more or fewer cells than the header, and a header that cannot name fields are items with an
 * error that says where, never what.
 */
export async function* csvRecords(
  path: string,
  coerce?: (row: Record<string, unknown>) => Record<string, unknown>,
  maxLength = MAX_LINE_LENGTH,
): AsyncGenerator<RecordItem[]> {
  const header: { columns: ReturnType<typeof readColumns> | null } = { columns: null };
  let out: RecordItem[] = [];
  /** Whether the header could not be read: then nothing else of the file is. */
  const unusable = () => header.columns !== null && "problem" in header.columns;
  const put = (item: RecordItem) => {
    if (!unusable()) out.push(item);
  };
  let pending: Line[] = []; // the lines of a record that continues on the next line
  let pendingLength = 0;
  let plain: Line[] = []; // consecutive lines without quotes: one record each

  const emit = (cells: string[], line: number) => {
    const columns = header.columns;
    if (columns === null) {
      const read = readColumns(cells);
      header.columns = read;
      if ("problem" in read) out.push({ line, error: read.problem, header: true }); // said once
      return;
    }
    if ("problem" in columns) return;
    const width = columns.paths.length;
    if (cells.length !== width) {
      put({ line, error: `has ${cells.length} cell(s) where the header has ${width}` });
      return;
    }
    const record = buildRecord(columns.paths, cells);
    put({ line, value: coerce === undefined ? record : coerce(record) });
  };

  const flushPlain = () => {
    if (plain.length === 0) return;
    const lines = plain;
    plain = [];
    const parsed = rows(lines.map((l) => l.text).join("\n"));
    if (!("code" in parsed) && parsed.length === lines.length) {
      parsed.forEach((cells, i) => {
        if (!unusable()) emit(cells, (lines[i] as Line).line);
      });
      return;
    }
    // Not one record per line after all: read them one by one.
    for (const l of lines) {
      if (unusable()) return;
      const one = rows(l.text);
      if ("code" in one) put(malformed(l.line, one.code));
      else for (const cells of one) emit(cells, l.line);
    }
  };

  /** Tries the pending lines as one record; on failure, reports its first line and rereads the rest. */
  const tryPending = (atEnd: boolean): Line[] => {
    const text = pending
      .map((l, i) => (i === pending.length - 1 ? l.text : l.text + l.eol))
      .join("");
    const parsed = rows(text);
    if (!("code" in parsed)) {
      const first = (pending[0] as Line).line;
      for (const cells of parsed) emit(cells, first);
      pending = [];
      pendingLength = 0;
      return [];
    }
    const open = parsed.code === "CSV_QUOTE_NOT_CLOSED";
    if (open && !atEnd && pending.length < MAX_RECORD_LINES && pendingLength <= maxLength)
      return [];
    // A malformed record: one problem at its first line; its other lines are read again, as
    // lines of their own, so that the records after it are not lost.
    const [first, ...rest] = pending;
    put(
      open && (pending.length >= MAX_RECORD_LINES || pendingLength > maxLength)
        ? {
            line: (first as Line).line,
            error:
              "malformed CSV record: a quoted cell is not closed within the limits of one record",
          }
        : malformed((first as Line).line, parsed.code),
    );
    pending = [];
    pendingLength = 0;
    return rest;
  };

  const take = (queue: Line[], atEnd: boolean) => {
    for (let i = 0; i < queue.length && !unusable(); i++) {
      const l = queue[i] as Line;
      if (l.tooLong === true) {
        flushPlain();
        if (pending.length > 0) {
          // The record in progress ends here: settle it, then come back to this line.
          queue.splice(i, 0, ...tryPending(true));
          i--;
          continue;
        }
        put({ line: l.line, error: `the line is longer than ${maxLength} characters` });
        continue;
      }
      if (pending.length > 0) {
        pending.push(l);
        pendingLength += l.text.length;
        queue.splice(i + 1, 0, ...tryPending(false));
        continue;
      }
      if (l.text === "") continue; // an empty line
      if (!l.text.includes('"')) {
        plain.push(l);
        continue;
      }
      flushPlain();
      pending = [l];
      pendingLength = l.text.length;
      queue.splice(i + 1, 0, ...tryPending(false));
    }
    if (atEnd) {
      flushPlain();
      while (pending.length > 0 && !unusable()) take(tryPending(true), false);
      flushPlain();
    }
  };

  for await (const lines of lineBatches(path, maxLength)) {
    take(lines, false);
    flushPlain();
    if (out.length > 0) {
      yield out;
      out = [];
    }
    if (unusable()) return;
  }
  take([], true);
  if (out.length > 0) yield out;
}

/** A JSON Schema node, as far as coercion needs it. */
interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $ref?: string;
}

/**
 * A coercer for CSV records: where the JSON Schema says a number, an integer or a boolean, a cell
 * that spells one becomes one (a CSV cell is always text). Everything else stays a string.
 */
export function coercerFor(
  schema: SchemaNode,
): (row: Record<string, unknown>) => Record<string, unknown> {
  const types = (node: SchemaNode | undefined): string[] => {
    if (node === undefined) return [];
    const own = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
    return [...own, ...(node.anyOf ?? []).flatMap(types), ...(node.oneOf ?? []).flatMap(types)];
  };
  const child = (node: SchemaNode | undefined, key: string | number): SchemaNode | undefined => {
    if (node === undefined) return undefined;
    const branches = [node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
    for (const b of branches) {
      if (typeof key === "number" && b.items !== undefined) return b.items;
      if (typeof key === "string" && b.properties?.[key] !== undefined) return b.properties[key];
    }
    return undefined;
  };
  const walk = (value: unknown, node: SchemaNode | undefined): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, child(node, i)));
    if (typeof value === "object" && value !== null) {
      // Keys come from the file: build on an object without a prototype.
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, child(node, k));
      return out;
    }
    if (typeof value !== "string") return value;
    const t = types(node);
    if ((t.includes("integer") || t.includes("number")) && /^-?\d+(\.\d+)?$/.test(value))
      return Number(value);
    if (t.includes("boolean") && (value === "true" || value === "false")) return value === "true";
    return value;
  };
  return (row) => walk(row, schema) as Record<string, unknown>;
}
