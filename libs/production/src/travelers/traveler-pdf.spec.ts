import type { TravelerRow, TravelerSheet } from '../domain/traveler-sheet';
import { travelersPdf } from './traveler-pdf';

function sheet(code: string, rows: number, instructions = ''): TravelerSheet {
  const row: TravelerRow = {
    component: '竖套线 casing leg',
    orderNo: 'SO-门-1',
    lineNo: 1,
    room: '主卧',
    doors: 2,
    size: '2135×60×12',
    material: 'CASING-60',
    quantity: 4,
  };
  return {
    workOrderId: code,
    code,
    process: { code: 'cutting', nameZh: '开料', nameEn: 'Cutting', instructions },
    sequence: 1,
    of: 3,
    run: { id: '1a2b3c4d-0000-4000-8000-000000000001', short: '1A2B3C4D', createdAt: new Date('2026-11-30') },
    orders: [{ orderNo: 'SO-门-1', customer: '王女士', dueDate: '2026-12-15' }],
    route: [
      { code: 'cutting', nameZh: '开料', nameEn: 'Cutting', current: true },
      { code: 'packing', nameZh: '包装', nameEn: 'Packing', current: false },
    ],
    plannedQuantity: 4 * rows,
    doors: 2,
    rows: Array.from({ length: rows }, (_, i) => ({ ...row, lineNo: i + 1 })),
  };
}

/** Page objects and image objects of a pdfkit file: their dictionaries are written uncompressed. */
function count(pdf: Buffer, what: RegExp): number {
  return pdf.toString('latin1').match(what)?.length ?? 0;
}
const pages = (pdf: Buffer) => count(pdf, /\/Type \/Page\b/g);
/** Images less their transparency masks (a PNG with alpha is an image and a mask in a PDF). */
const images = (pdf: Buffer) => count(pdf, /\/Subtype \/Image\b/g) - count(pdf, /\/SMask \d+ 0 R/g);

describe(travelersPdf.name, () => {
  it('gives a short work order one page, and starts each further work order on a page of its own', async () => {
    expect(pages(await travelersPdf([sheet('WO-A-1', 5)], 'A4'))).toBe(1);
    expect(pages(await travelersPdf([sheet('WO-A-1', 5), sheet('WO-A-2', 5), sheet('WO-A-3', 1)], 'A4'))).toBe(3);
  });

  it('continues a long parts list over pages, more of them on A5 than on A4', async () => {
    const a4 = pages(await travelersPdf([sheet('WO-A-1', 120)], 'A4'));
    const a5 = pages(await travelersPdf([sheet('WO-A-1', 120)], 'A5'));
    expect(a4).toBeGreaterThanOrEqual(3);
    expect(a5).toBeGreaterThan(a4);
    // long instructions take room on the first page too
    const instructions = Array.from({ length: 20 }, (_, i) => `第 ${i + 1} 条：检查尺寸与纹理。`).join('\n');
    expect(pages(await travelersPdf([sheet('WO-A-1', 25)], 'A4'))).toBe(1);
    expect(pages(await travelersPdf([sheet('WO-A-1', 25, instructions)], 'A4'))).toBe(2);
  });

  it('cuts instructions taller than the page short, a run’s many orders, and process names wider than their block', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${i + 1}.`).join('\n');
    const long = { ...sheet('WO-A-1', 5, lines) };
    long.process = { ...long.process, nameZh: '开'.repeat(60), nameEn: 'Cutting '.repeat(8) };
    long.orders = Array.from({ length: 300 }, (_, i) => ({ orderNo: `SO-2026-${i}`, customer: '客户', dueDate: null }));
    const pdf = await travelersPdf([long], 'A5');
    // a thousand lines would run over some twenty A5 pages
    expect(pages(pdf)).toBeLessThanOrEqual(2);
  });

  it('embeds each work order’s barcode once, however many pages repeat it, and stays small', async () => {
    const pdf = await travelersPdf([sheet('WO-A-1', 120), sheet('WO-A-2', 3)], 'A4');
    expect(pages(pdf)).toBeGreaterThan(3);
    expect(images(pdf)).toBe(2);
    // the font is subset to the glyphs used: a few pages stay well under the 2.5 MB font
    expect(pdf.length).toBeLessThan(100_000);
  });
});
