import { toBuffer } from 'bwip-js';
import PDFDocument from 'pdfkit';
import { cjkFontFile, drawTable, fitText, type PdfColumn, printable } from '@mendao/platform';
import type { TravelerRow, TravelerSheet } from '../domain/traveler-sheet';

export const TRAVELER_SIZES = ['A4', 'A5'] as const;
export type TravelerSize = (typeof TRAVELER_SIZES)[number];

type Doc = PDFKit.PDFDocument;
/**
 * pdfkit's own image object, which `image()` takes where a source goes: placed again on each page of a sheet, it
 * is one image in the file rather than one a page. Its typings know neither openImage nor this use.
 */
type Image = PDFKit.Mixins.ImageSrc;
const openImage = (doc: Doc, png: Buffer): Image =>
  (doc as Doc & { openImage(src: Buffer): unknown }).openImage(png) as Image;

const MM = 72 / 25.4;

/**
 * Each paper size's measures, in points. The barcode's narrow bar (X) is 0.5 mm on A4 and 0.4 mm on A5: a
 * handheld scanner reads 0.33 mm and up from a hand's length, and a worn, smudged card on the shop floor
 * wants more. Its quiet zone (10 X each side, ISO/IEC 15417) is the page margin on the left and a gap on the right.
 */
const LAYOUT: Record<
  TravelerSize,
  { width: number; height: number; margin: number; x: number; bar: number; k: number }
> = {
  A4: { width: 595.28, height: 841.89, margin: 36, x: 0.5 * MM, bar: 16 * MM, k: 1 },
  A5: { width: 419.53, height: 595.28, margin: 24, x: 0.4 * MM, bar: 13 * MM, k: 0.8 },
};

const INK = '#111111';
const GREY = '#666666';
const LINE = '#999999';

/** Columns of the parts table: header (zh / en), share of the width, alignment. */
const COLUMNS: PdfColumn<TravelerRow>[] = [
  { zh: '部件', en: 'Part', share: 24, align: 'left', cell: (r) => r.component },
  { zh: '订单', en: 'Order', share: 15, align: 'left', cell: (r) => r.orderNo },
  { zh: '行', en: 'Line', share: 5, align: 'right', cell: (r) => String(r.lineNo) },
  { zh: '房间', en: 'Room', share: 10, align: 'left', cell: (r) => r.room ?? '' },
  { zh: '门数', en: 'Doors', share: 6, align: 'right', cell: (r) => String(r.doors) },
  { zh: '尺寸 长×宽×厚', en: 'Size L×W×T mm', share: 17, align: 'left', cell: (r) => r.size },
  { zh: '材料', en: 'Material', share: 14, align: 'left', cell: (r) => r.material },
  { zh: '数量', en: 'Qty', share: 7, align: 'right', cell: (r) => String(r.quantity) },
];

/** The Code 128 symbol of a work order's code as a PNG, one pixel a module (placed at X per module). */
async function barcodePng(code: string): Promise<{ png: Buffer; modules: number }> {
  // scale 2 keeps every module two whole pixels; a height of a few points is stretched on the page
  const png = await toBuffer({ bcid: 'code128', text: code, scale: 2, height: 4, includetext: false });
  return { png, modules: png.readUInt32BE(16) / 2 };
}

/**
 * Travelers (流转卡) as one PDF: every sheet starts a page; its parts continue on further pages with the header
 * (barcode, process, page k of n) repeated; the last page of each ends with boxes for the operator's counts and
 * signature. Only the glyphs used are embedded (pdfkit subsets the font).
 */
export async function travelersPdf(sheets: readonly TravelerSheet[], size: TravelerSize): Promise<Buffer> {
  const layout = LAYOUT[size];
  const doc = new PDFDocument({
    size,
    margin: layout.margin,
    bufferPages: true,
    info: { Title: sheets.length === 1 ? `流转卡 Traveler ${sheets[0].code}` : '流转卡 Travelers' },
  });
  doc.registerFont('cjk', cjkFontFile());
  doc.font('cjk').fillColor(INK);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pages: { sheet: TravelerSheet; first: number; last: number }[] = [];
  for (const [i, sheet] of sheets.entries()) {
    if (i > 0) doc.addPage();
    const { png, modules } = await barcodePng(sheet.code);
    const first = doc.bufferedPageRange().count - 1;
    await new TravelerWriter(doc, layout, sheet, { image: openImage(doc, png), modules }).write();
    pages.push({ sheet, first, last: doc.bufferedPageRange().count - 1 });
  }
  // page numbers need the page count of each sheet, known only now
  for (const { first, last } of pages) {
    for (let page = first; page <= last; page++) {
      doc.switchToPage(page);
      // written in the bottom margin: with the margin at 0 pdfkit does not take it for an overflow to a new page
      doc.page.margins.bottom = 0;
      const n = page - first + 1;
      const total = last - first + 1;
      doc
        .fontSize(8 * layout.k)
        .fillColor(GREY)
        .text(`第 ${n}/${total} 页 page ${n} of ${total}`, layout.margin, layout.height - layout.margin + 6, {
          width: layout.width - 2 * layout.margin,
          align: 'right',
          lineBreak: false,
        });
    }
  }
  doc.end();
  return done;
}

/** Draws one sheet: header, instructions, the parts table over as many pages as it takes, the sign-off boxes. */
class TravelerWriter {
  private readonly left: number;
  private readonly right: number;
  private readonly bottom: number;
  private readonly k: number;

  constructor(
    private readonly doc: Doc,
    private readonly layout: (typeof LAYOUT)[TravelerSize],
    private readonly sheet: TravelerSheet,
    private readonly barcode: { image: Image; modules: number },
  ) {
    this.left = layout.margin;
    this.right = layout.width - layout.margin;
    this.bottom = layout.height - layout.margin;
    this.k = layout.k;
  }

  async write(): Promise<void> {
    this.header(false);
    this.facts();
    this.instructions();
    await this.table();
    this.signOff();
  }

  private get width(): number {
    return this.right - this.left;
  }

  /** Barcode and code at the left, the process big at the right: what an operator looks for first. */
  private header(continued: boolean): void {
    const { doc, layout, sheet, k } = this;
    const top = layout.margin;
    const barWidth = this.barcode.modules * layout.x;
    doc.image(this.barcode.image, this.left, top, { width: barWidth, height: layout.bar });
    doc
      .fillColor(INK)
      .fontSize(15 * k)
      .text(sheet.code, this.left, top + layout.bar + 2, { width: barWidth, align: 'center', lineBreak: false });
    const x = this.left + barWidth + 12 * layout.x;
    const w = this.right - x;
    doc
      .fillColor(GREY)
      .fontSize(9 * k)
      .text(continued ? '流转卡（续）Traveler (continued)' : '流转卡 Traveler', x, top, { width: w, align: 'right' });
    // names cut to the block: nothing may reach into the barcode's quiet zone
    doc.fillColor(INK).fontSize(22 * k);
    doc.text(fitText(doc, printable(sheet.process.nameZh), w), x, doc.y, {
      width: w,
      align: 'right',
      lineBreak: false,
    });
    doc.fontSize(10 * k);
    doc
      .text(fitText(doc, printable(sheet.process.nameEn), w), x, doc.y, { width: w, align: 'right', lineBreak: false })
      .fillColor(GREY)
      .fontSize(9 * k)
      .text(`工序 ${sheet.sequence}/${sheet.of} process ${sheet.sequence} of ${sheet.of}`, x, doc.y, {
        width: w,
        align: 'right',
        lineBreak: false,
      });
    const below = Math.max(top + layout.bar + 2 + 18 * k, doc.y) + 4;
    doc.moveTo(this.left, below).lineTo(this.right, below).lineWidth(0.8).strokeColor(INK).stroke();
    doc.y = below + 6;
  }

  /** The run, its orders, the route with this process marked, the planned quantity. */
  private facts(): void {
    const { doc, sheet, k } = this;
    const orders = sheet.orders
      .map((o) => `${o.orderNo} ${o.customer}${o.dueDate ? ` 交期 due ${o.dueDate}` : ''}`)
      .join('；');
    const created = sheet.run.createdAt.toISOString().slice(0, 10);
    doc.fillColor(INK).fontSize(9 * k);
    // a run of many orders names the first ones: four lines at most, so the parts start on the first page
    doc.text(printable(`拆单 Split run ${sheet.run.short} · ${created}    订单 Orders: ${orders}`), this.left, doc.y, {
      width: this.width,
      height: doc.currentLineHeight(true) * 4,
      ellipsis: '…',
    });
    doc.moveDown(0.3);
    this.route();
    doc
      .fillColor(INK)
      .fontSize(11 * k)
      .text(
        `计划数量 Planned: ${sheet.plannedQuantity} 件 pcs · ${sheet.doors} 樘门 doors · ${sheet.rows.length} 行 rows`,
        this.left,
        doc.y,
        { width: this.width },
      );
    doc.moveDown(0.4);
  }

  /** Boxes in route order, this process filled black, wrapped onto more lines when the route is long. */
  private route(): void {
    const { doc, sheet, k } = this;
    doc
      .fillColor(GREY)
      .fontSize(8 * k)
      .text('工艺路线 Route', this.left, doc.y);
    let x = this.left;
    let y = doc.y + 1;
    const h = 22 * k;
    const arrow = 10 * k;
    for (const [i, step] of sheet.route.entries()) {
      const zh = printable(step.nameZh);
      const en = printable(step.nameEn);
      doc.fontSize(9 * k);
      const zhWidth = doc.widthOfString(zh);
      doc.fontSize(6 * k);
      const w = Math.max(zhWidth, doc.widthOfString(en)) + 8;
      if (x + w > this.right && x > this.left) {
        x = this.left;
        y += h + 4;
      }
      if (step.current) doc.rect(x, y, w, h).fill(INK);
      else doc.rect(x, y, w, h).lineWidth(0.6).strokeColor(LINE).stroke();
      doc.fillColor(step.current ? '#ffffff' : INK);
      doc.fontSize(9 * k).text(zh, x, y + 2, { width: w, align: 'center', lineBreak: false });
      doc.fontSize(6 * k).text(en, x, y + 2 + 11 * k, { width: w, align: 'center', lineBreak: false });
      x += w;
      if (i < sheet.route.length - 1) {
        doc
          .fillColor(GREY)
          .fontSize(9 * k)
          .text('›', x, y + 5 * k, { width: arrow, align: 'center', lineBreak: false });
        x += arrow;
      }
    }
    doc.y = y + h + 6;
  }

  /**
   * The process's instructions in a box, on the first page only; nothing when it has none. Instructions taller
   * than the page leaves (2,000 characters may be that many lines) end in an ellipsis above the parts table.
   */
  private instructions(): void {
    const { doc, sheet, k } = this;
    const text = printable(sheet.process.instructions.trim());
    if (!text) return;
    const top = doc.y;
    doc
      .fillColor(GREY)
      .fontSize(8 * k)
      .text('作业要求 Instructions', this.left + 6, top + 4, { width: this.width - 12, lineBreak: false });
    const textTop = top + 4 + 12 * k;
    // room kept below for the table's header and a few rows
    const room = this.bottom - textTop - 100 * k;
    doc.fillColor(INK).fontSize(9 * k);
    const height = Math.min(doc.heightOfString(text, { width: this.width - 12 }), room);
    doc.text(text, this.left + 6, textTop, { width: this.width - 12, height, ellipsis: '…' });
    const bottom = textTop + height + 4;
    doc
      .rect(this.left, top, this.width, bottom - top)
      .lineWidth(0.6)
      .strokeColor(LINE)
      .stroke();
    doc.y = bottom + 8;
  }

  /** The parts, a row a component of a door line; a page break repeats the sheet's header, then the table's. */
  private async table(): Promise<void> {
    const { doc } = this;
    const frame = {
      left: this.left,
      width: this.width,
      bottom: this.bottom,
      scale: this.k,
      newPage: () => {
        doc.addPage();
        this.header(true);
      },
    };
    await drawTable(doc, frame, COLUMNS, this.sheet.rows);
  }

  /** Two rows of boxes the operator fills in by hand: counts, times, signatures. */
  private signOff(): void {
    const { doc, k } = this;
    const cellH = 34 * k;
    const height = 2 * cellH + 14 * k;
    if (doc.y + height > this.bottom) {
      doc.addPage();
      this.header(true);
    }
    const top = doc.y;
    doc
      .fillColor(GREY)
      .fontSize(8 * k)
      .text('报工 Report (操作工填写 filled in by the operator)', this.left, top);
    const boxes = [
      ['合格数 Good', '报废数 Scrap', '报废原因 Scrap reason', '操作工签字 Operator'],
      ['开工时间 Started', '完工时间 Finished', '检验 QC', '日期 Date'],
    ];
    const w = this.width / 4;
    const y0 = top + 12 * k;
    for (const [r, labels] of boxes.entries()) {
      for (const [c, label] of labels.entries()) {
        const x = this.left + c * w;
        const y = y0 + r * cellH;
        doc.rect(x, y, w, cellH).lineWidth(0.8).strokeColor(INK).stroke();
        doc
          .fillColor(GREY)
          .fontSize(7 * k)
          .text(label, x + 4, y + 3, { width: w - 8, lineBreak: false });
      }
    }
    doc.y = y0 + 2 * cellH + 4;
  }
}
