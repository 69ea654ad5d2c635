import PDFDocument from 'pdfkit';
import { cjkFontFile, drawTable, fitText, type PdfColumn, printable } from '@mendao/platform';
import type { MissingPackage } from '../packing.entities';
import { contentsText, localTime, type ManifestPackage, type ShipmentManifest } from './manifest';

type Doc = PDFKit.PDFDocument;

const A4 = { width: 595.28, height: 841.89, margin: 36 };
const INK = '#111111';
const GREY = '#666666';
const RED = '#b00020';

const PACKAGE_COLUMNS: PdfColumn<ManifestPackage>[] = [
  { zh: '包装码', en: 'Package', share: 17, align: 'left', cell: (p) => p.barcode },
  { zh: '行', en: 'Line', share: 5, align: 'right', cell: (p) => String(p.lineNo) },
  { zh: '房间', en: 'Room', share: 10, align: 'left', cell: (p) => p.room ?? '' },
  { zh: '型号', en: 'Model', share: 10, align: 'left', cell: (p) => p.productCode },
  { zh: '门', en: 'Door', share: 5, align: 'right', cell: (p) => String(p.doorNo) },
  { zh: '件', en: 'k/n', share: 6, align: 'right', cell: (p) => `${p.k}/${p.n}` },
  { zh: '内容', en: 'Contents', share: 22, align: 'left', cell: (p) => contentsText(p.contents) },
  { zh: '装车时间', en: 'Loaded', share: 15, align: 'left', cell: (p) => p.loadedAt },
  { zh: '装车人', en: 'By', share: 10, align: 'left', cell: (p) => p.loadedBy ?? '' },
];

const MISSING_COLUMNS: PdfColumn<MissingPackage>[] = [
  { zh: '包装码', en: 'Package', share: 24, align: 'left', cell: (p) => p.barcode },
  { zh: '订单', en: 'Order', share: 28, align: 'left', cell: (p) => p.orderNo },
  { zh: '行', en: 'Line', share: 10, align: 'right', cell: (p) => String(p.lineNo) },
  { zh: '门', en: 'Door', share: 10, align: 'right', cell: (p) => String(p.doorNo) },
  { zh: '件', en: 'k/n', share: 10, align: 'right', cell: (p) => `${p.k}/${p.n}` },
];

/**
 * The shipment's manifest (装车清单) on A4: the truck, a table per order in delivery order of what was loaded,
 * when and by whom, the packages missing and a supervisor's override, boxes for the driver's and the loader's
 * signatures. An open shipment is marked 未关闭 (a manifest printed before closing is a draft), a cancelled one 已取消.
 */
export async function manifestPdf(manifest: ShipmentManifest, timeZone: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4.margin,
    bufferPages: true,
    info: { Title: `装车清单 Shipping manifest ${manifest.shipment.number}` },
  });
  doc.registerFont('cjk', cjkFontFile());
  doc.font('cjk').fillColor(INK);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await new ManifestWriter(doc, manifest, timeZone).write();
  const pages = doc.bufferedPageRange().count;
  for (let page = 0; page < pages; page++) {
    doc.switchToPage(page);
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor(GREY)
      .text(
        `${manifest.shipment.number} · 第 ${page + 1}/${pages} 页 page ${page + 1} of ${pages}`,
        A4.margin,
        A4.height - A4.margin + 6,
        { width: A4.width - 2 * A4.margin, align: 'right', lineBreak: false },
      );
  }
  doc.end();
  return done;
}

class ManifestWriter {
  private readonly left = A4.margin;
  private readonly right = A4.width - A4.margin;
  private readonly bottom = A4.height - A4.margin;

  constructor(
    private readonly doc: Doc,
    private readonly manifest: ShipmentManifest,
    private readonly timeZone: string,
  ) {}

  private get width(): number {
    return this.right - this.left;
  }

  async write(): Promise<void> {
    this.header();
    for (const order of this.manifest.orders) await this.order(order);
    await this.missing();
    this.signatures();
  }

  private time(iso: string | null): string {
    return iso === null ? '—' : localTime(iso, this.timeZone);
  }

  /** Title, number, open or closed, the truck and the counts. */
  private header(): void {
    const { doc, manifest } = this;
    const s = manifest.shipment;
    const top = A4.margin;
    doc.fillColor(INK).fontSize(20).text('装车清单 Shipping manifest', this.left, top, { lineBreak: false });
    const mark = { open: '未关闭 OPEN · 草稿 draft', closed: '已关闭 CLOSED', cancelled: '已取消 CANCELLED' }[s.status];
    doc
      .fillColor(s.status === 'closed' ? INK : RED)
      .fontSize(14)
      .text(mark, this.left, top + 2, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
    doc
      .fillColor(INK)
      .fontSize(16)
      .text(s.number, this.left, top + 28, { lineBreak: false });
    doc.fontSize(10).moveDown(0.2);
    const facts = [
      `车辆 Vehicle: ${s.vehicle}`,
      `司机 Driver: ${s.driver ?? '—'}`,
      `创建 Created: ${this.time(s.createdAt)}`,
      `关闭 Closed: ${this.time(s.closedAt)}`,
      `已装 Loaded: ${s.loaded}/${s.expected} 件 packages · ${s.orders} 个订单 orders`,
    ];
    doc.text(printable(facts.join('    ')), this.left, top + 52, { width: this.width });
    if (manifest.override) {
      const o = manifest.override;
      doc
        .moveDown(0.3)
        .fillColor(RED)
        .text(
          printable(
            `主管放行 Supervisor override: ${o.reason} — ${o.by.username ?? '?'} · ${this.time(o.at)}` +
              ` · 缺 ${manifest.missing.length} 件 missing`,
          ),
          this.left,
          doc.y,
          { width: this.width },
        );
    }
    const below = doc.y + 4;
    doc.moveTo(this.left, below).lineTo(this.right, below).lineWidth(0.8).strokeColor(INK).stroke();
    doc.y = below + 8;
  }

  /** One order: its stop, customer and counts, then a table of what was loaded. */
  private async order(order: ShipmentManifest['orders'][number]): Promise<void> {
    const { doc } = this;
    this.heading(
      `第 ${order.stop} 站 Stop ${order.stop} · ${order.orderNo} · ${order.customer}` +
        `    已装 ${order.loaded}/${order.expected}`,
      INK,
    );
    const rows = order.packages.map((p) => ({ ...p, loadedAt: this.time(p.loadedAt) }));
    if (rows.length === 0) {
      doc.fillColor(GREY).fontSize(9).text('未装车 nothing loaded', this.left, doc.y);
      doc.moveDown(0.8);
      return;
    }
    await this.table(PACKAGE_COLUMNS, rows);
  }

  private async missing(): Promise<void> {
    const { manifest } = this;
    if (manifest.missing.length === 0) return;
    this.heading(
      manifest.shipment.status === 'open'
        ? `未装车 Still to load (${manifest.missing.length})`
        : `缺件 Missing (${manifest.missing.length})`,
      RED,
    );
    await this.table(MISSING_COLUMNS, manifest.missing);
  }

  /** A section's title, on a new page when its table's header and first rows would not fit below it. */
  private heading(text: string, color: string): void {
    this.room(60);
    const top = this.doc.y;
    this.doc
      .fillColor(color)
      .fontSize(12)
      .text(fitText(this.doc, printable(text), this.width), this.left, top, { width: this.width, lineBreak: false });
    this.doc.y = top + 18;
  }

  /** A new page when less than `height` is left. */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
      this.doc.y = A4.margin;
    }
  }

  /** Rows over as many pages as it takes, the header repeated. */
  private async table<R>(columns: PdfColumn<R>[], rows: R[]): Promise<void> {
    const { doc } = this;
    const newPage = () => {
      doc.addPage();
      doc.y = A4.margin;
    };
    await drawTable(doc, { left: this.left, width: this.width, bottom: this.bottom, scale: 1, newPage }, columns, rows);
  }

  /** Boxes signed by hand when the truck leaves: the driver takes the load over from the loader. */
  private signatures(): void {
    const { doc } = this;
    const cellH = 48;
    this.room(cellH + 20);
    const top = doc.y + 4;
    doc.fillColor(GREY).fontSize(8).text('交接 Hand-over', this.left, top);
    const labels = ['司机签字 Driver', '装车员签字 Loader', '日期时间 Date, time'];
    const w = this.width / labels.length;
    const y = top + 12;
    for (const [c, label] of labels.entries()) {
      const x = this.left + c * w;
      doc.rect(x, y, w, cellH).lineWidth(0.8).strokeColor(INK).stroke();
      doc
        .fillColor(GREY)
        .fontSize(7)
        .text(label, x + 4, y + 3, { width: w - 8, lineBreak: false });
    }
    doc.y = y + cellH + 4;
  }
}
