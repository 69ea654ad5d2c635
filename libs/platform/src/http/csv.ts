/** A value of a spreadsheet cell: text is escaped, numbers stay numbers. */
export type CellValue = string | number | boolean | null | undefined;

// OWASP "CSV injection": Excel, LibreOffice and Sheets evaluate a cell starting with one of these
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet will show as text, never run: a value starting with = + - @, tab or CR gets a
 * leading single quote. Every spreadsheet export applies it to its text cells (an xlsx writer too: a cell
 * copied back into a formula bar would run).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A workbook row whose text a spreadsheet shows, never runs (a room typed as `=…`); numbers stay numbers. */
export function textCells<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v]),
  ) as T;
}

/**
 * One CSV field (RFC 4180): a number as written (a negative number is a number, not a formula), text
 * neutralised and quoted when it holds a quote, comma, line break, or was neutralised.
 */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: UTF-8 BOM (so Excel reads Chinese headers), CRLF line ends, every field escaped. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
