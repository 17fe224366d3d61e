import { jsonErrorWhere } from "./errors.js";
import { MAX_LINE_LENGTH } from "./lines.js";
import type { RecordItem } from "./records.js";

/**
 * Splits a JSON document streamed as text into records without holding the whole file: a
 * top-level array yields each element (parsed on its own, with the line it starts on); a single
 * top-level value yields itself. Only the structure is scanned here (brackets and strings);
 * JSON.parse checks each element.
 */
export async function* jsonArrayItems(
  chunks: AsyncIterable<string>,
  maxLength = MAX_LINE_LENGTH,
): AsyncGenerator<RecordItem> {
  let mode: "start" | "array" | "single" | "after" = "start";
  let depth = 0; // depth inside the current element
  let inString = false;
  let escaped = false;
  let element = ""; // text of the current element (array mode) or document (single mode)
  let elementLine = 1;
  let elementColumn = 1;
  let line = 1;
  let column = 0;
  let expectElement = true;
  let afterComma = false;
  let problem: RecordItem | null = null;
  // An element over the limit is not kept: its text is dropped as it is read.
  let tooLong = false;
  const append = (text: string) => {
    if (tooLong) return;
    if (element.length + text.length > maxLength) {
      tooLong = true;
      element = "";
    } else {
      element += text;
    }
  };

  const finish = function* (): Generator<RecordItem> {
    const text = element;
    element = "";
    if (tooLong) {
      tooLong = false;
      yield { line: elementLine, error: `the record is longer than ${maxLength} characters` };
      return;
    }
    if (text.trim() === "") return;
    try {
      yield { line: elementLine, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield {
        line: elementLine,
        error: `invalid JSON at ${jsonErrorWhere(error, text, elementLine, elementColumn)}`,
      };
    }
  };

  for await (const chunk of chunks) {
    let segmentStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) {
        line++;
        column = 0;
      } else {
        column++;
      }
      if (mode === "start") {
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        if (c === 91 /* [ */) {
          mode = "array";
          segmentStart = i + 1;
          continue;
        }
        mode = "single";
        elementLine = line;
        elementColumn = column;
        segmentStart = i;
        continue;
      }
      if (mode === "single") continue; // the whole document is one record
      if (mode === "after") {
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        problem = {
          line,
          error: `invalid JSON at line ${line}, column ${column}: content after the array`,
        };
        break;
      }
      // mode === "array"
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34 /* " */) inString = false;
        continue;
      }
      if (depth === 0 && expectElement && !(c === 32 || c === 9 || c === 10 || c === 13)) {
        if (c === 93 /* ] */ && !afterComma) {
          mode = "after"; // an empty array
          continue;
        }
        if (c === 93 || c === 44) {
          problem = {
            line,
            error: `invalid JSON at line ${line}, column ${column}: a value is missing`,
          };
          break;
        }
        expectElement = false;
        elementLine = line;
        elementColumn = column;
        element = "";
        tooLong = false;
        segmentStart = i;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || (c === 93 && depth > 0)) depth--;
      else if (depth === 0 && (c === 44 /* , */ || c === 93) /* ] */) {
        append(chunk.slice(segmentStart, i));
        yield* finish();
        segmentStart = i + 1;
        expectElement = true;
        afterComma = c === 44;
        if (c === 93) mode = "after";
      }
    }
    if (problem !== null) break;
    if (mode === "array" && !expectElement) append(chunk.slice(segmentStart));
    else if (mode === "single") append(chunk.slice(segmentStart));
  }
  if (problem !== null) {
    yield problem;
    return;
  }
  if (mode === "single") {
    yield* finish();
  } else if (mode === "array") {
    yield { line, error: `invalid JSON at line ${line}: the file ends before the array is closed` };
  } else if (mode === "start") {
    // An empty file: no records.
  }
}
