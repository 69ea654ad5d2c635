import { gs1CheckDigit } from '@mendao/splitting';
import {
  boxOf,
  fitText,
  LABEL_STOCKS,
  labelLayout,
  labelsTooMany,
  MAX_LABELS_PER_FILE,
  type LabelText,
  type Measure,
  type PackageLabel,
  qrMatrix,
  qrPayload,
  qrVersion,
  STOCK_SIZE,
  type TextField,
} from './label-layout';

/** A font where Chinese is an em wide and the rest 0.6 em: close to Noto Sans SC, and exact enough to check cuts. */
const measure: Measure = (text, size) =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x80 ? 0.6 : 1), 0) * size;

function makeLabel(overrides: Partial<PackageLabel> = {}): PackageLabel {
  return {
    code: 'P0000000017',
    barcode: 'P0000000017',
    kind: 'leaf',
    k: 1,
    n: 4,
    orderNo: 'SO-门-1',
    customer: '王女士',
    lineNo: 2,
    doorNo: 3,
    room: '主卧',
    productCode: 'PD-LVL01',
    width: 800,
    height: 2050,
    finish: 'WALNUT',
    handing: { zh: '左内开', en: 'left, opens in' },
    contents: [{ item: '门扇', itemEn: 'door leaf', quantity: 1, unit: '扇' }],
    ...overrides,
  };
}

const texts = (label: PackageLabel, stock = LABEL_STOCKS[0]) =>
  labelLayout(label, stock, measure).elements.filter((e): e is LabelText => e.type === 'text');
const field = (label: PackageLabel, name: TextField) => texts(label).find((t) => t.field === name);

describe(labelLayout.name, () => {
  it('places every fact of the package: order, customer, k / n, room, model, size, colour, handing, line, door, contents, code', () => {
    const label = makeLabel();
    const printed = Object.fromEntries(texts(label).flatMap((t) => (t.field ? [[t.field, t.text]] : [])));
    expect(printed).toEqual({
      orderNo: 'SO-门-1',
      customer: '王女士',
      kn: '1 / 4',
      kind: '门扇 leaf',
      room: '主卧',
      model: 'PD-LVL01',
      size: '800 × 2050',
      colour: 'WALNUT',
      handing: '左内开 left, opens in',
      line: '2',
      door: '3',
      contents: '门扇 ×1 扇',
      contentsEn: 'door leaf ×1',
      code: 'P0000000017',
    });
  });

  it.each(LABEL_STOCKS)('keeps every element on the %s stock, inside the margins, and no two overlapping', (stock) => {
    const { width, height, elements } = labelLayout(makeLabel(), stock, measure);
    expect({ width, height }).toEqual(STOCK_SIZE[stock]);
    const boxes = elements.filter((e) => e.type !== 'rule').map((e) => ({ e, box: boxOf(e) }));
    for (const { box } of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(4 - 1e-9);
      expect(box.y).toBeGreaterThanOrEqual(4 - 1e-9);
      expect(box.x + box.width).toBeLessThanOrEqual(width - 4 + 1e-9);
      expect(box.y + box.height).toBeLessThanOrEqual(height - 4 + 1e-9);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.box.x + a.box.width <= b.box.x + 1e-9 ||
          b.box.x + b.box.width <= a.box.x + 1e-9 ||
          a.box.y + a.box.height <= b.box.y + 1e-9 ||
          b.box.y + b.box.height <= a.box.y + 1e-9;
        expect({ a: a.e.type, b: b.e.type, apart }).toEqual({ a: a.e.type, b: b.e.type, apart: true });
      }
  });

  it('puts the barcode lowest, centred with 10 X of quiet zone, its human-readable code under the bars at ≥ 3 mm', () => {
    for (const stock of LABEL_STOCKS) {
      const { width, elements } = labelLayout(makeLabel(), stock, measure);
      const bars = elements.find((e) => e.type === 'barcode')!;
      const box = boxOf(bars);
      const others = elements.filter((e) => e !== bars && !(e.type === 'text' && e.field === 'code'));
      for (const e of others) expect(boxOf(e).y).toBeLessThan(box.y);
      expect(box.x).toBeGreaterThanOrEqual(10 * 0.5);
      expect(Math.abs(box.x - (width - box.x - box.width))).toBeLessThan(1e-9);
      expect(box.height).toBeGreaterThanOrEqual(15);
      const code = elements.find((e) => e.type === 'text' && e.field === 'code') as LabelText;
      expect(code.y).toBeGreaterThanOrEqual(box.y + box.height);
      // figures are ~0.72 of the em: 4.4 mm em → 3.2 mm digits
      expect(code.size * 0.72).toBeGreaterThanOrEqual(3);
    }
  });

  it('encodes the internal code as Code 128 and an SSCC as GS1-128 printed "(00) " + its 18 digits', () => {
    const internal = labelLayout(makeLabel(), '100x150', measure).elements.find((e) => e.type === 'barcode');
    expect(internal).toMatchObject({ symbology: 'code128', data: 'P0000000017' });
    const digits = `0614141${'1'.padStart(9, '0')}`.padStart(17, '0');
    const sscc = makeLabel({ barcode: `${digits}${gs1CheckDigit(digits)}` });
    const gs1 = labelLayout(sscc, 'a6', measure).elements.find((e) => e.type === 'barcode');
    expect(gs1).toMatchObject({ symbology: 'gs1-128', data: sscc.barcode });
    expect(field(sscc, 'code')?.text).toBe(`(00) ${sscc.barcode}`);
    // Code 128: 11 modules a symbol, 13 the stop; GS1-128 of 20 digits: start C, FNC1, 10 pairs, check, stop
    const modules = (e: typeof gs1) => (e?.type === 'barcode' ? e.widths.reduce((s, w) => s + w, 0) : 0);
    expect(modules(gs1)).toBe(11 * 13 + 13);
  });

  it('cuts long text to its box with an ellipsis, never wider than the box', () => {
    const long = makeLabel({
      orderNo: 'SO-2026-华东区-经销商订单-000123456789',
      customer: '杭州市西湖区文三路某某装饰工程有限公司 王先生 13800000000',
      room: '二楼主卧室卫生间门（靠近楼梯一侧）',
      finish: 'WALNUT-DEEP-BROWN-MATT-ANTI-SCRATCH-LACQUER',
      contents: Array.from({ length: 8 }, () => ({ item: '门套线', itemEn: 'casing', quantity: 6, unit: '根' })),
    });
    for (const name of ['orderNo', 'customer', 'room', 'colour', 'contents', 'contentsEn'] as const) {
      const t = field(long, name)!;
      expect({ name, ellipsis: t.text.endsWith('…') }).toEqual({ name, ellipsis: true });
      expect(measure(t.text, t.size)).toBeLessThanOrEqual(t.width + 1e-9);
      expect(t.text.length).toBeGreaterThan(3);
    }
    expect(field(long, 'orderNo')!.text.startsWith('SO-2026-')).toBe(true);
    // an order number is set smaller before it is cut
    const orderNo = field(makeLabel({ orderNo: 'SO-2026-华东-0001' }), 'orderNo')!;
    expect(orderNo.text).toBe('SO-2026-华东-0001');
    expect(orderNo.size).toBeLessThan(7);
    expect(field(long, 'orderNo')!.size).toBe(4.6);
    // short text is left as it is
    expect(field(makeLabel(), 'customer')!.text).toBe('王女士');
    // k / n is never cut: it shrinks
    const kn = field(makeLabel({ k: 12, n: 12 }), 'kn')!;
    expect(kn.text).toBe('12 / 12');
    expect(kn.size).toBeLessThan(field(makeLabel(), 'kn')!.size);
    expect(measure(kn.text, kn.size)).toBeLessThanOrEqual(kn.width);
  });

  it('prints a dash for a door without room or handing, and sizes with a decimal as such', () => {
    const label = makeLabel({ room: null, handing: null, width: 812.5, height: 2050 });
    expect(field(label, 'room')?.text).toBe('—');
    expect(field(label, 'handing')?.text).toBe('—');
    expect(field(label, 'size')?.text).toBe('812.5 × 2050');
  });

  it('holds the code, order, line, door and k / n in the QR as JSON, with error correction M', () => {
    const label = makeLabel();
    expect(JSON.parse(qrPayload(label))).toEqual({
      code: 'P0000000017',
      order: 'SO-门-1',
      line: 2,
      door: 3,
      k: 1,
      n: 4,
    });
    const qr = labelLayout(label, '100x150', measure).elements.find((e) => e.type === 'qr');
    // 75 UTF-8 bytes: version 5 at M holds 84; the matrix bwip-js makes is that version's 37 × 37
    expect(qr).toMatchObject({ data: qrPayload(label), version: 5, modules: 37 });
    expect(qrMatrix(qrPayload(label), 5)).toHaveLength(37 * 37);
  });

  it('keeps the QR in its box with smaller modules for a 40-character Chinese order number', () => {
    const label = makeLabel({ orderNo: '订'.repeat(40) });
    const qr = labelLayout(label, 'a6', measure).elements.find((e) => e.type === 'qr');
    expect(qr).toMatchObject({ version: qrVersion(qrPayload(label)).version });
    expect(qr?.type === 'qr' && qr.version).toBeGreaterThan(5);
    expect(qr?.type === 'qr' && (qr.modules + 8) * qr.module).toBeCloseTo(27);
    expect(qrMatrix(qrPayload(label), qrVersion(qrPayload(label)).version)).toHaveLength(
      qrVersion(qrPayload(label)).modules ** 2,
    );
  });
});

describe(labelsTooMany.name, () => {
  it('lets 5,000 labels into one file and refuses one more, naming both figures', () => {
    expect(labelsTooMany(MAX_LABELS_PER_FILE)).toBeNull();
    expect(labelsTooMany(1)).toBeNull();
    expect(labelsTooMany(MAX_LABELS_PER_FILE + 1)).toEqual({ labels: 5001, max: 5000 });
  });
});

describe(fitText.name, () => {
  it('leaves text that fits, and cuts the rest to the width with an ellipsis', () => {
    expect(fitText('主卧', 10, 4, measure)).toBe('主卧');
    expect(fitText('一二三四五六', 10, 4, measure)).toBe('一…');
    expect(fitText('  a \n b ', 100, 4, measure)).toBe('a b');
    expect(fitText('一二三', 0.5, 4, measure)).toBe('…');
  });
});
