import { packageCode } from '@mendao/splitting';
import type { PackageLabel } from './label-layout';
import { labelsPdf } from './label-pdf';

function makeLabel(serial: number, overrides: Partial<PackageLabel> = {}): PackageLabel {
  return {
    code: packageCode(serial),
    barcode: packageCode(serial),
    kind: 'casing',
    k: 3,
    n: 4,
    orderNo: 'SO-门-1',
    customer: '王女士',
    lineNo: 1,
    doorNo: 2,
    room: '主卧',
    productCode: 'PD-LVL01',
    width: 800,
    height: 2050,
    finish: 'WALNUT',
    handing: { zh: '左内开', en: 'left, opens in' },
    contents: [{ item: '门套线', itemEn: 'casing', quantity: 6, unit: '根' }],
    ...overrides,
  };
}

/** Objects of a pdfkit file: their dictionaries are written uncompressed. */
const count = (pdf: Buffer, what: RegExp) => pdf.toString('latin1').match(what)?.length ?? 0;

describe(labelsPdf.name, () => {
  it('gives each label a page of the stock’s size, in the order given, and no labels one page saying so', async () => {
    const pdf = await labelsPdf([makeLabel(1), makeLabel(2), makeLabel(3)], '100x150');
    expect(count(pdf, /\/Type \/Page\b/g)).toBe(3);
    // 100 × 150 mm in points
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 283\.46\d* 425\.19\d*\]/);
    expect(count(await labelsPdf([], '100x150'), /\/Type \/Page\b/g)).toBe(1);
    const a6 = await labelsPdf([makeLabel(1)], 'a6');
    expect(a6.toString('latin1')).toMatch(/\/MediaBox \[0 0 297\.63\d* 419\.52\d*\]/);
  });

  it('embeds the font once, subset, and draws bars and QR as vectors: a few kB a label', async () => {
    const labels = Array.from({ length: 60 }, (_, i) =>
      makeLabel(i + 1, { orderNo: `SO-门-${i}`, customer: i % 2 ? '王女士' : '李先生', room: `房间${i}` }),
    );
    const pdf = await labelsPdf(labels, '100x150');
    expect(count(pdf, /\/Type \/Page\b/g)).toBe(60);
    expect(count(pdf, /\/FontFile2\b/g)).toBe(1);
    expect(count(pdf, /\/Subtype \/Image\b/g)).toBe(0);
    // 1,000 labels at this rate: well under 5 MB
    expect(pdf.length / 60).toBeLessThan(4_000);
  });
});
