import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import type { RecordItem } from "./records.js";

/** Sets `value` at a dotted path ("documents.0.type") in `target`, creating objects and arrays. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i] as string;
    const last = i === parts.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(parts[i + 1] as string);
    const slot = Array.isArray(node) ? Number(key) : key;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[slot] = value;
      return;
    }
    if (typeof container[slot] !== "object" || container[slot] === null) {
      container[slot] = nextIsIndex ? [] : {};
    }
    node = container[slot] as Record<string, unknown> | unknown[];
  }
}

/**
 * CSV rows as records: a header row names the fields, dotted names build nested values
 * (`documents.0.type`, `location.province`), empty cells are left out, and `coerce` turns cells
 * into numbers or booleans where the schema expects them. Malformed rows are items with an
 * error that says where, never what.
 */
export async function* csvRecords(
  path: string,
  coerce?: (row: Record<string, unknown>) => Record<string, unknown>,
): AsyncGenerator<RecordItem> {
  const skipped: RecordItem[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      relax_quotes: false,
    }),
  );
  parser.on("skip", (error: { lines?: number; code?: string }) => {
    skipped.push({
      line: error.lines ?? 0,
      error: `malformed CSV row (${error.code ?? "parse error"})`,
    });
  });
  try {
    for await (const item of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      while (skipped.length > 0) yield skipped.shift() as RecordItem;
      const nested: Record<string, unknown> = {};
      for (const [column, cell] of Object.entries(item.record)) {
        if (cell === "") continue;
        setPath(nested, column, cell);
      }
      yield { line: item.info.lines, value: coerce === undefined ? nested : coerce(nested) };
    }
  } catch (error) {
    const e = error as { lines?: number; code?: string };
    yield { line: e.lines ?? 0, error: `malformed CSV (${e.code ?? "parse error"})` };
    return;
  }
  while (skipped.length > 0) yield skipped.shift() as RecordItem;
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
      const out: Record<string, unknown> = {};
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
