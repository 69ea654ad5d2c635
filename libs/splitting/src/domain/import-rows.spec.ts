import { IMPORT_TEMPLATE_COLUMNS, readImportRows, templateExample } from './import-rows';

const HEADER = ['订单号', '客户', '型号', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量'];

describe(readImportRows.name, () => {
  it('turns cells into typed lines, numbering rows as the spreadsheet does and skipping blank rows', () => {
    const { lines, problems } = readImportRows([
      HEADER,
      ['SO-1', '张三', 'PD-SS01', '900', 2100, ' 120 ', '左内开', 'OAK', '2'],
      [],
      ['SO-1', '张三', 'PD-SS01', 800, 2000, 120, '左内开', 'OAK', 1],
    ]);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      expect.objectContaining({ row: 2, orderNo: 'SO-1', width: 900, height: 2100, wallThickness: 120, quantity: 2 }),
      expect.objectContaining({ row: 4, width: 800, quantity: 1 }),
    ]);
  });

  it('only converts: limits (positive, whole, at most 10000, lengths) are left to CreateOrderDto', () => {
    const { lines, problems } = readImportRows([
      HEADER,
      ['N'.repeat(9000), '张三', 'PD-SS01', -900, 2100, 120, 'S'.repeat(41), 'OAK', '1.5'],
    ]);
    expect(problems).toEqual([]);
    expect(lines[0]).toMatchObject({ orderNo: 'N'.repeat(9000), width: -900, swing: 'S'.repeat(41), quantity: 1.5 });
  });

  it('names the row and column of a cell that is not a number or is missing, quoting at most 40 characters', () => {
    const { problems } = readImportRows([HEADER, ['SO-1', '', 'PD-SS01', 'x'.repeat(5000), 2100, 120, 'L', 'OAK', 1]]);
    expect(problems).toEqual([
      { row: 2, field: 'customer', message: expect.stringContaining('required') },
      { row: 2, field: 'width', message: expect.stringContaining('not a number') },
    ]);
    expect(problems[1].message.length).toBeLessThan(80);
  });

  it('names a missing column on the header row', () => {
    expect(readImportRows([HEADER.slice(1), ['x']]).problems).toEqual([
      { row: 1, field: 'orderNo', message: 'missing column orderNo (订单号) / 缺少列 订单号' },
    ]);
  });

  it('looks for headers up to column XFD only: a sparse header row reaching column 321 million is not walked', () => {
    // what `<c r="ZZZZZZ1">` used to become; walking it slot by slot took 18 s of the api's event loop
    const header: string[] = [...HEADER];
    header[321_272_404] = 'note';
    const { problems } = readImportRows([header, ['SO-1', '张三', 'PD-SS01', 900, 2100, 120, 'L', 'OAK', 1]]);
    expect(problems).toEqual([]);
    const beyond: string[] = [];
    beyond[20_000] = '订单号';
    expect(readImportRows([beyond, ['x']]).problems).toContainEqual({
      row: 1,
      field: 'orderNo',
      message: expect.stringContaining('订单号'),
    });
  });
});

describe(templateExample.name, () => {
  const range = (min: number, max: number) => ({ min, max });
  const model = (doorType: string, width: { min: number; max: number }) => ({
    code: 'M-1',
    doorType,
    widthRange: width,
    heightRange: range(1800, 2400),
    wallThicknessRange: range(150, 300),
  });

  it('brings a common door into the model’s ranges, so the example row imports as it is', () => {
    expect(templateExample(model('double', range(1200, 2000)))).toMatchObject({
      productCode: 'M-1',
      width: 1200,
      height: 2100,
      wallThickness: 150,
      masterWidth: undefined,
    });
  });

  it('gives a 子母门 a master leaf narrower than the opening', () => {
    expect(templateExample(model('unequal_pair', range(1000, 1500)))).toMatchObject({ width: 1000, masterWidth: 600 });
  });

  it('names the demo single door when the factory has no model yet', () => {
    expect(templateExample(undefined)).toMatchObject({ productCode: 'PD-SS01', width: 900 });
  });
});

describe('IMPORT_TEMPLATE_COLUMNS', () => {
  it('heads the template with headers the import reads back to the same fields', () => {
    const header = IMPORT_TEMPLATE_COLUMNS.map((c) => c.header);
    const example = templateExample(undefined);
    const { lines, problems } = readImportRows([header, IMPORT_TEMPLATE_COLUMNS.map((c) => example[c.field])]);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      { row: 2, ...Object.fromEntries(Object.entries(example).filter(([, v]) => v !== undefined)) },
    ]);
  });
});
