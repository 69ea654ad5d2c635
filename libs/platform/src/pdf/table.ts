import { printable } from './cjk-font';

type Doc = PDFKit.PDFDocument;

const INK = '#111111';
const GREY = '#666666';

/** A column of a printed table: a two-line header (中文 over English), its share of the width, its cell text. */
export interface PdfColumn<R> {
  zh: string;
  en: string;
  share: number;
  align: 'left' | 'right';
  cell: (row: R) => string;
}

/** Where a table goes on the page, its scale (1 on A4), and what a new page draws before the header repeats. */
export interface PdfTableFrame {
  left: number;
  width: number;
  bottom: number;
  scale: number;
  newPage: () => void;
}

/** Text cut to `width` with an ellipsis, so a long cell never runs into the next column. */
export function fitText(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = [...text];
  while (cut.length > 1 && doc.widthOfString(`${cut.join('')}…`) > width) cut = cut.slice(0, -1);
  return `${cut.join('')}…`;
}

/**
 * Rows over as many pages as it takes, striped, the header repeated on each page. Between pages the event loop gets
 * a turn: pdfkit draws synchronously, and a long table takes seconds.
 */
export async function drawTable<R>(
  doc: Doc,
  frame: PdfTableFrame,
  columns: readonly PdfColumn<R>[],
  rows: readonly R[],
): Promise<void> {
  const k = frame.scale;
  const shares = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (c.share / shares) * frame.width);
  const h = 15 * k;
  header(doc, frame, columns, widths);
  for (const [n, row] of rows.entries()) {
    if (doc.y + h > frame.bottom) {
      await new Promise((resolve) => setImmediate(resolve));
      frame.newPage();
      header(doc, frame, columns, widths);
    }
    const top = doc.y;
    if (n % 2 === 1) doc.rect(frame.left, top, frame.width, h).fill('#f7f7f7');
    let x = frame.left;
    doc.fillColor(INK).fontSize(8.5 * k);
    for (const [i, column] of columns.entries()) {
      const text = fitText(doc, printable(column.cell(row)), widths[i] - 6);
      doc.text(text, x + 3, top + 3 * k, { width: widths[i] - 6, align: column.align, lineBreak: false });
      x += widths[i];
    }
    doc
      .moveTo(frame.left, top + h)
      .lineTo(frame.left + frame.width, top + h)
      .lineWidth(0.3)
      .strokeColor('#cccccc')
      .stroke();
    doc.y = top + h;
  }
  doc.y += 10;
}

function header<R>(doc: Doc, frame: PdfTableFrame, columns: readonly PdfColumn<R>[], widths: number[]): void {
  const k = frame.scale;
  const top = doc.y;
  const h = 22 * k;
  doc.rect(frame.left, top, frame.width, h).fill('#eeeeee');
  let x = frame.left;
  for (const [i, column] of columns.entries()) {
    const options = { width: widths[i] - 6, align: column.align, lineBreak: false } as const;
    doc
      .fillColor(INK)
      .fontSize(8 * k)
      .text(column.zh, x + 3, top + 2, options);
    doc
      .fillColor(GREY)
      .fontSize(6.5 * k)
      .text(column.en, x + 3, top + 2 + 10 * k, options);
    x += widths[i];
  }
  doc.y = top + h;
}
