import PDFDocument from 'pdfkit';
import { cjkFontFile, printable } from '@mendao/platform';
import {
  type LabelBarcode,
  type LabelLayout,
  type LabelQr,
  type LabelStock,
  type LabelText,
  labelLayout,
  type Measure,
  type PackageLabel,
  qrMatrix,
  STOCK_SIZE,
} from './label-layout';

const PT = 72 / 25.4;
const INK = '#000000';
const GREY = '#444444';

/**
 * Package labels as one PDF, a page per label in the order given, on the stock's page size. The font is embedded
 * once for the file, subset to the glyphs used; bars and QR modules are vector rectangles, sharp at any printer
 * resolution and a few hundred bytes each. The event loop gets a turn every 50 labels: a run of a thousand labels
 * takes a second or two to draw and must not stall the other requests meanwhile.
 */
export async function labelsPdf(labels: readonly PackageLabel[], stock: LabelStock): Promise<Buffer> {
  const { width, height } = STOCK_SIZE[stock];
  const doc = new PDFDocument({
    size: [width * PT, height * PT],
    margin: 0,
    autoFirstPage: false,
    info: { Title: labels.length === 1 ? `包装标签 Package label ${labels[0].code}` : '包装标签 Package labels' },
  });
  doc.registerFont('cjk', cjkFontFile());
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const measure = fontMeasure(doc);
  for (const [i, label] of labels.entries()) {
    if (i > 0 && i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    doc.addPage({ size: [width * PT, height * PT], margin: 0 });
    draw(doc, labelLayout(printableLabel(label), stock, measure));
  }
  // a file of no pages is no PDF a viewer opens: an order whose doors ship in no package says so on one page
  if (labels.length === 0) {
    doc.addPage({ size: [width * PT, height * PT], margin: 0 });
    doc
      .font('cjk')
      .fontSize(14)
      .text('没有包装 No packages', 4 * PT, 4 * PT);
  }
  doc.end();
  return done;
}

/**
 * Widths in the embedded font, from each character's advance (kept): pdfkit's own measure shapes the whole string
 * each time, slow enough to matter over a thousand labels. The sum of advances with 2 % to spare (kerning, which
 * the sum leaves out, only ever takes a little away or adds a little) is the width.
 */
function fontMeasure(doc: PDFKit.PDFDocument): Measure {
  const advances = new Map<string, number>();
  const advance = (ch: string) => {
    let w = advances.get(ch);
    if (w === undefined) {
      w = doc.font('cjk').fontSize(100).widthOfString(ch) / 100;
      advances.set(ch, w);
    }
    return w;
  };
  return (text, size) => {
    let em = 0;
    for (const ch of text) em += advance(ch);
    return em * size * 1.02;
  };
}

/** Names and rooms as the font can draw them: a character it lacks prints as "?" rather than a blank box. */
function printableLabel(label: PackageLabel): PackageLabel {
  return {
    ...label,
    orderNo: printable(label.orderNo),
    customer: printable(label.customer),
    room: label.room === null ? null : printable(label.room),
    productCode: printable(label.productCode),
    finish: printable(label.finish),
    contents: label.contents.map((c) => ({ ...c, item: printable(c.item), itemEn: printable(c.itemEn) })),
  };
}

function draw(doc: PDFKit.PDFDocument, layout: LabelLayout): void {
  for (const element of layout.elements) {
    switch (element.type) {
      case 'text':
        drawText(doc, element);
        break;
      case 'barcode':
        drawBars(doc, element);
        break;
      case 'qr':
        drawQr(doc, element);
        break;
      case 'rule':
        doc
          .moveTo(element.x * PT, element.y * PT)
          .lineTo((element.x + element.width) * PT, element.y * PT)
          .lineWidth(0.6)
          .strokeColor(INK)
          .stroke();
        break;
    }
  }
}

/**
 * A line of text, aligned here rather than by pdfkit: text given a width goes through pdfkit's line wrapper, which
 * takes some eight times as long, and the layout has already cut each text to its box.
 */
function drawText(doc: PDFKit.PDFDocument, t: LabelText): void {
  doc
    .font('cjk')
    .fontSize(t.size * PT)
    .fillColor(t.grey ? GREY : INK);
  const free = t.width * PT - doc.widthOfString(t.text);
  const x = t.x * PT + (t.align === 'right' ? free : t.align === 'center' ? free / 2 : 0);
  doc.text(t.text, x, t.y * PT, { lineBreak: false });
}

/** Bars as filled rectangles, one path for the whole symbol. */
function drawBars(doc: PDFKit.PDFDocument, b: LabelBarcode): void {
  let x = b.x;
  for (const [i, w] of b.widths.entries()) {
    if (i % 2 === 0) doc.rect(x * PT, b.y * PT, w * b.module * PT, b.height * PT);
    x += w * b.module;
  }
  doc.fillColor(INK).fill();
}

/** Each row's runs of dark modules as one rectangle: a QR of 37×37 modules is some 300 rectangles. */
function drawQr(doc: PDFKit.PDFDocument, q: LabelQr): void {
  const dark = qrMatrix(q.data, q.version);
  const m = q.module * PT;
  for (let row = 0; row < q.modules; row++) {
    let col = 0;
    while (col < q.modules) {
      if (!dark[row * q.modules + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < q.modules && dark[row * q.modules + col]) col++;
      // a hair taller than the module, so no white seam shows between rows at any zoom
      doc.rect(q.x * PT + start * m, q.y * PT + row * m, (col - start) * m, m + 0.05);
    }
  }
  doc.fillColor(INK).fill();
}
