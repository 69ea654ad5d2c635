export type Cell = string | number;

/** Plain aligned text table: text columns left-aligned, numeric ones right-aligned. */
export function formatTable(headers: string[], rows: Cell[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => [...(row[c] ?? '')].length)));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((row) => isNumeric(row[c])));
  const line = (row: string[]): string =>
    row
      .map((cell, c) => (numeric[c] ? pad(cell, widths[c], 'left') : pad(cell, widths[c], 'right')))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

function isNumeric(cell: Cell | undefined): boolean {
  return typeof cell === 'number' || (typeof cell === 'string' && /^[-+]?[\d.]+( %)?$|^-$/.test(cell));
}

function pad(text: string, width: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return side === 'left' ? fill + text : text + fill;
}
