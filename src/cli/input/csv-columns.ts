// The columns of a CSV header as paths into a record (`documents.0.type`, `location.province`),
// checked once for what would make a record unsafe or ambiguous, and the building of a record
// from a row: on objects without a prototype, with array indices taken as an order, never as a
// size to allocate.

/** One part of a column's path: a field name, or an index (kept as its digits). */
type Segment = { name: string } | { index: string };

/** A header's columns as paths, or the one problem that makes it unusable. */
export type Columns = { paths: Segment[][] } | { problem: string };

/** Names that would reach an object's prototype (or its constructor) if followed as fields. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** The longest index accepted, in digits: an index is an order, but not a number to parse. */
const MAX_INDEX_DIGITS = 9;

/**
 * Reads a header. Column names are data too, so a problem names the column by its position,
 * never by its text.
 */
export function readColumns(header: readonly string[]): Columns {
  const paths: Segment[][] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < header.length; c++) {
    const at = `column ${c + 1}`;
    const parts = (header[c] as string).split(".");
    const path: Segment[] = [];
    for (const part of parts) {
      if (part === "")
        return { problem: `${at}: the name has an empty part (two dots, or a dot at an end)` };
      if (FORBIDDEN.has(part)) {
        return {
          problem: `${at}: the name uses __proto__, constructor or prototype, which cannot be a field`,
        };
      }
      if (/^\d+$/.test(part)) {
        if (part.length > MAX_INDEX_DIGITS) {
          return { problem: `${at}: an index has more than ${MAX_INDEX_DIGITS} digits` };
        }
        path.push({ index: part.replace(/^0+(?=\d)/, "") });
      } else {
        path.push({ name: part });
      }
    }
    const key = keyOf(path);
    const twin = seen.get(key);
    if (twin !== undefined) return { problem: `${at}: the same field as column ${twin + 1}` };
    seen.set(key, c);
    paths.push(path);
  }
  // A path may not be both a value and a group of values, nor both a list and an object.
  const kinds = new Map<string, { kind: "value" | "list" | "object"; column: number }>();
  for (let c = 0; c < paths.length; c++) {
    const path = paths[c] as Segment[];
    for (let i = 0; i < path.length; i++) {
      const prefix = keyOf(path.slice(0, i + 1));
      const next = path[i + 1];
      const kind = next === undefined ? "value" : "index" in next ? "list" : "object";
      const other = kinds.get(prefix);
      if (other !== undefined && other.kind !== kind) {
        return {
          problem: `column ${c + 1}: its field is ${describe(kind)} where column ${other.column + 1} makes it ${describe(other.kind)}`,
        };
      }
      kinds.set(prefix, { kind, column: c });
    }
  }
  return { paths };
}

function describe(kind: "value" | "list" | "object"): string {
  return kind === "value" ? "a value" : kind === "list" ? "a list" : "an object";
}

function keyOf(path: readonly Segment[]): string {
  return path.map((s) => ("index" in s ? `[${s.index}]` : `.${s.name}`)).join("");
}

/** Lists under construction: their items by index, ordered when the record is finished. */
type Draft = Record<string, unknown>;
const lists = new WeakSet<Draft>();

function draft(list: boolean): Draft {
  const d = Object.create(null) as Draft;
  if (list) lists.add(d);
  return d;
}

/** Digits compared as numbers, without parsing them. */
function byIndex(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function finish(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const d = value as Draft;
  const keys = Object.keys(d);
  if (lists.has(d)) return keys.sort(byIndex).map((k) => finish(d[k]));
  for (const k of keys) d[k] = finish(d[k]);
  return d;
}

/**
 * A record from a row: each non-empty cell at its column's path. Objects have no prototype,
 * and a list holds only the items that have a cell, in the order of their indices
 * (`documents.0` and `documents.7` make a list of two).
 */
export function buildRecord(
  paths: readonly (readonly Segment[])[],
  cells: readonly string[],
): Record<string, unknown> {
  const root = draft(false);
  for (let c = 0; c < paths.length; c++) {
    const cell = cells[c];
    if (cell === undefined || cell === "") continue;
    const path = paths[c] as Segment[];
    let node = root;
    for (let i = 0; i < path.length; i++) {
      const s = path[i] as Segment;
      const key = "index" in s ? s.index : s.name;
      const next = path[i + 1];
      if (next === undefined) {
        node[key] = cell;
        break;
      }
      let child = node[key] as Draft | undefined;
      if (child === undefined) {
        child = draft("index" in next);
        node[key] = child;
      }
      node = child;
    }
  }
  return finish(root) as Record<string, unknown>;
}
