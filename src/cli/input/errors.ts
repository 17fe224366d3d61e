/** A usage or I/O fault: a one-line message and exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * The line and column of a JSON.parse failure, without its message: Node's messages can quote
 * the input ("Unexpected token 'x', \"...\" is not valid JSON"), which may be personal data.
 */
export function jsonErrorWhere(
  error: unknown,
  text: string,
  firstLine: number,
  firstColumn: number,
): string {
  const message = error instanceof Error ? error.message : "";
  const match = /at position (\d+)/.exec(message);
  if (match === null) return `line ${firstLine}`;
  const position = Number(match[1]);
  let line = firstLine;
  let column = firstColumn;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return `line ${line}, column ${column}`;
}
