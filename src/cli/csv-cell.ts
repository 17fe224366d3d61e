// One CSV cell as the command writes it, in every CSV it writes (assess, timeline): quoted when
// it holds a comma, a quote or a line break, and neutralised when a spreadsheet would run it as
// a formula (OWASP, "CSV injection": a leading =, +, -, @, tab or carriage return gets a `'`).

/** Whether a spreadsheet could read the cell as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

/** A CSV cell: neutralised if it could run as a formula, then quoted if it needs to be. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
