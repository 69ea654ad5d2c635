import { packageCode } from '@mendao/splitting';
import type { PackageLabel } from './label-layout';
import { labelsZpl, zplEscape } from './label-zpl';

const label: PackageLabel = {
  code: packageCode(17),
  barcode: packageCode(17),
  kind: 'hardware',
  k: 4,
  n: 4,
  orderNo: 'SO_门^1',
  customer: '王~女士',
  lineNo: 1,
  doorNo: 1,
  room: null,
  productCode: 'PD-LVL01',
  width: 800,
  height: 2050,
  finish: 'WALNUT',
  handing: null,
  contents: [{ item: '五金包', itemEn: 'hardware kit', quantity: 1, unit: '包' }],
};

describe(zplEscape.name, () => {
  it('writes ^, ~ and the escape character _ itself as ^FH hex, and a line break as a space', () => {
    expect(zplEscape('a^b~c_d\ne')).toBe('a_5Eb_7Ec_5Fd e');
    expect(zplEscape('门扇 ×1 扇')).toBe('门扇 ×1 扇');
  });
});

describe(labelsZpl.name, () => {
  it('writes one ^XA…^XZ block a label, no raw ^ or ~ in any field data', () => {
    const zpl = labelsZpl([label, { ...label, k: 1 }], '100x150', 203);
    expect(zpl.match(/\^XA/g)).toHaveLength(2);
    expect(zpl.match(/\^XZ/g)).toHaveLength(2);
    for (const data of zpl
      .split('^FD')
      .slice(1)
      .map((f) => f.split('^FS')[0]))
      expect(data).not.toMatch(/[\^~]/);
    expect(zpl).toContain('^FDSO_5F门_5E1^FS');
    expect(zpl).toContain('^BCN,');
    expect(zpl).toContain(`^FD${label.code}^FS`);
  });

  it('starts GS1-128 in subset C with FNC1 and AI 00 for an SSCC', () => {
    const zpl = labelsZpl([{ ...label, barcode: '369012340000000178' }], 'a6', 300);
    expect(zpl).toContain('^FD>;>800369012340000000178^FS');
    expect(zpl).toContain('^PW1260');
  });
});
