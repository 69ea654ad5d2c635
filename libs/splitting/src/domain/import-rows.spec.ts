import {
  dueDateOf,
  findHeaderRow,
  IMPORT_TEMPLATE_COLUMNS,
  linesProblems,
  mapInputColumns,
  MAX_CELL_WARNINGS,
  modelProblems,
  orderProblems,
  parseDay,
  readImportRows,
  templateExample,
  templateInputColumns,
} from './import-rows';
import type { Cell } from './import-rows';
import type { ProductDefinition } from './product';

const HEADER = ['订单号', '客户', '型号', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量'];

describe(readImportRows.name, () => {
  it('turns cells into typed lines, numbering rows as the spreadsheet does and skipping blank rows', () => {
    const { lines, problems } = readImportRows([
      HEADER,
      ['SO-1', '张三', 'PD-LVL01', '900', 2100, ' 120 ', '左内开', 'OAK', '2'],
      [],
      ['SO-1', '张三', 'PD-LVL01', 800, 2000, 120, '左内开', 'OAK', 1],
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
      ['N'.repeat(9000), '张三', 'PD-LVL01', -900, 2100, 120, 'S'.repeat(41), 'OAK', '1.5'],
    ]);
    expect(problems).toEqual([]);
    expect(lines[0]).toMatchObject({ orderNo: 'N'.repeat(9000), width: -900, swing: 'S'.repeat(41), quantity: 1.5 });
  });

  it('names the row and column of a cell that is not a number or is missing, quoting at most 40 characters', () => {
    const { problems } = readImportRows([HEADER, ['SO-1', '', 'PD-LVL01', 'x'.repeat(5000), 2100, 120, 'L', 'OAK', 1]]);
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
    const { problems } = readImportRows([header, ['SO-1', '张三', 'PD-LVL01', 900, 2100, 120, 'L', 'OAK', 1]]);
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
    expect(templateExample(undefined)).toMatchObject({ productCode: 'PD-LVL01', width: 900 });
  });
});

describe('IMPORT_TEMPLATE_COLUMNS', () => {
  it('heads the template with headers the import reads back to the same fields', () => {
    const header = IMPORT_TEMPLATE_COLUMNS.map((c) => c.header);
    const example = templateExample(undefined);
    const { lines, problems } = readImportRows([header, IMPORT_TEMPLATE_COLUMNS.map((c) => example[c.field])]);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      { row: 2, others: [], ...Object.fromEntries(Object.entries(example).filter(([, v]) => v !== undefined)) },
    ]);
  });
});

/** A one-rule model with an input of each type, as a planner would declare them. */
const series: ProductDefinition = {
  code: 'M-IN',
  nameZh: '测试',
  nameEn: 'test',
  doorType: 'single',
  widthRange: { min: 600, max: 1200 },
  heightRange: { min: 1800, max: 2400 },
  wallThicknessRange: { min: 80, max: 300 },
  parameters: {},
  inputs: [
    {
      name: 'doorType',
      labelZh: '门型类别',
      labelEn: 'Door type',
      type: 'enum',
      options: [
        { value: 'single', labelZh: '单开', labelEn: 'single' },
        { value: 'unequal_pair', labelZh: '子母门', labelEn: 'unequal pair' },
      ],
      default: 'single',
    },
    { name: 'transom', labelZh: '是否有顶窗', labelEn: 'Transom', type: 'boolean', default: false, aliases: ['顶窗'] },
    { name: 'floorT', labelZh: '地板厚', labelEn: 'Floor', type: 'number', unit: 'mm', min: 0, max: 30, default: 0 },
    { name: 'mark', labelZh: '标记', labelEn: 'Mark', type: 'text' },
  ],
  components: [
    {
      name: 'skin',
      kind: 'skin',
      material: 'HDF',
      length: 'H',
      width: 'W',
      thickness: '3',
      quantity: '2',
      cutKind: 'sheet',
      grain: 'free',
      route: ['cutting'],
      packageGroup: 'leaf',
    },
  ],
};
const plain: ProductDefinition = { ...series, code: 'M-PLAIN', inputs: [] };
const HEAD = ['订单号', '客户', '型号', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量'];
const row = (no: string, code: string, ...rest: Cell[]): Cell[] => [
  no,
  '张三',
  code,
  900,
  2100,
  120,
  '左内开',
  'OAK',
  1,
  ...rest,
];

describe(findHeaderRow.name, () => {
  it('finds the header under a title row and a blank row, and keeps the spreadsheet’s row numbers', () => {
    const cells = [['XX装饰公司订货单 2026-11'], [], HEAD, row('SO-1', 'M-IN')];
    expect(findHeaderRow(cells)).toBe(2);
    const { headerRow, lines, problems } = readImportRows(cells);
    expect({ headerRow, problems }).toEqual({ headerRow: 3, problems: [] });
    expect(lines.map((l) => l.row)).toEqual([4]);
  });

  it('takes the row naming the most columns, the first of equals, and looks no further than row 10', () => {
    expect(findHeaderRow([['订单号', '备注'], HEAD, HEAD])).toBe(1);
    expect(findHeaderRow([...Array.from({ length: 10 }, () => ['标题']), HEAD])).toBe(0);
    expect(readImportRows([...Array.from({ length: 10 }, () => ['标题']), HEAD]).problems[0]).toMatchObject({
      row: 1,
      field: 'orderNo',
    });
  });
});

describe(parseDay.name, () => {
  it.each([
    ['2026-12-20', '2026-12-20'],
    ['2026/12/20', '2026-12-20'],
    ['2026.1.5', '2026-01-05'],
    ['2026年12月20日', '2026-12-20'],
    [' 2026 年 1 月 2 日 ', '2026-01-02'],
    ['2026-12-20 00:00:00', '2026-12-20'],
    [46376, '2026-12-20'],
    ['46376', '2026-12-20'],
    [20261220, '2026-12-20'],
  ])('reads %p as %s', (cell, day) => {
    expect(parseDay(cell)).toEqual({ day });
  });

  it.each(['2026-02-30', '20261340', '明天', '12/20/2026', 0, -3, 1e9])('refuses %p naming the format', (cell) => {
    expect(parseDay(cell)).toEqual({ problem: expect.stringContaining('2026-12-20') });
  });
});

describe(readImportRows.name, () => {
  it('maps 交货日期, 安装位置, 备注 and 母门宽, and keeps the other columns for the models', () => {
    const { lines, otherColumns, problems } = readImportRows([
      [...HEAD, '交货日期', '安装位置', '备注', '母门宽', '顶窗', '单价', ''],
      row('SO-1', 'M-IN', '2026年12月20日', '主卧', '加急', 500, '是', 880, ''),
    ]);
    expect(problems).toEqual([]);
    expect(lines[0]).toMatchObject({ dueDate: '2026-12-20', room: '主卧', note: '加急', masterWidth: 500 });
    expect(otherColumns).toEqual([
      { index: 13, column: 'N', header: '顶窗' },
      { index: 14, column: 'O', header: '单价' },
    ]);
    expect(lines[0].others).toEqual(['是', 880]);
  });

  it('names a due date it cannot read', () => {
    const { problems } = readImportRows([[...HEAD, '交期'], row('SO-1', 'M-IN', '下周')]);
    expect(problems).toEqual([{ row: 2, field: 'dueDate', message: expect.stringContaining('下周') }]);
  });
});

describe(mapInputColumns.name, () => {
  const products = new Map([
    [series.code, series],
    [plain.code, plain],
  ]);

  it('fills the inputs a column names (label, name or alias, any case and spacing) for the models that declare them', () => {
    const sheet = readImportRows([
      [...HEAD, ' 门型类别 ', 'TRANSOM', 'floor t', '标记'],
      row('SO-1', 'M-IN', '子母门', '是', 10, 'A'),
    ]);
    expect(mapInputColumns(sheet.lines, sheet.otherColumns, products)).toEqual([]);
    expect(sheet.lines[0].options).toEqual({ doorType: '子母门', transom: '是', floorT: 10, mark: 'A' });
    expect(sheet.lines[0].optionHeaders).toMatchObject({ doorType: '门型类别', transom: 'TRANSOM' });
  });

  it('reads a 门类型 column as the doorType input whatever the model calls it', () => {
    const sheet = readImportRows([[...HEAD, '门类型'], row('SO-1', 'M-IN', '子母门')]);
    mapInputColumns(sheet.lines, sheet.otherColumns, products);
    expect(sheet.lines[0].options).toEqual({ doorType: '子母门' });
  });

  it('warns of a column no model knows, and of a value given to a model without that input', () => {
    const sheet = readImportRows([
      [...HEAD, '顶窗', '单价'],
      row('SO-1', 'M-IN', '是', 880),
      row('SO-1', 'M-PLAIN', '是', 880),
      row('SO-1', 'M-PLAIN', '', 880),
    ]);
    expect(mapInputColumns(sheet.lines, sheet.otherColumns, products)).toEqual([
      { column: 'K', header: '单价', message: expect.stringContaining('未导入的列 K 单价') },
      { column: 'J', header: '顶窗', row: 3, message: expect.stringContaining('M-PLAIN has no input 顶窗') },
    ]);
    expect(sheet.lines.map((l) => l.options)).toEqual([{ transom: '是' }, undefined, undefined]);
  });

  it(`lists at most ${MAX_CELL_WARNINGS} values not imported, and counts the rest in one warning`, () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(`SO-${i}`, 'M-PLAIN', '是'));
    const sheet = readImportRows([[...HEAD, '顶窗'], row('SO-X', 'M-IN', '否'), ...rows]);
    const warnings = mapInputColumns(sheet.lines, sheet.otherColumns, products);
    expect(warnings).toHaveLength(MAX_CELL_WARNINGS + 1);
    expect(warnings[MAX_CELL_WARNINGS]).toEqual({
      column: 'J',
      header: '顶窗',
      message: expect.stringContaining(`另有 ${250 - MAX_CELL_WARNINGS} 个值未导入`),
    });
  });
});

describe(orderProblems.name, () => {
  it('refuses an order number taken and rows of one order that disagree on customer or due date', () => {
    const { lines } = readImportRows([
      [...HEAD, '交货日期'],
      row('SO-1', 'M-IN', '2026-12-20'),
      [...row('SO-1', 'M-IN', '2026-12-21').slice(0, 1), '李四', ...row('SO-1', 'M-IN', '2026-12-21').slice(2)],
      row('SO-2', 'M-IN'),
    ]);
    expect(orderProblems(lines, new Set(['SO-2']))).toEqual([
      { row: 3, field: 'customer', message: expect.stringContaining('张三') },
      { row: 3, field: 'dueDate', message: expect.stringContaining('2026-12-20') },
      { row: 4, field: 'orderNo', message: expect.stringContaining('SO-2') },
    ]);
  });

  it('lets rows after the first leave the due date out: the order takes the first one given', () => {
    const { lines } = readImportRows([
      [...HEAD, '交货日期'],
      row('SO-1', 'M-IN', ''),
      row('SO-1', 'M-IN', '2026-12-20'),
      row('SO-1', 'M-IN', ''),
    ]);
    expect(orderProblems(lines, new Set())).toEqual([]);
    expect(dueDateOf(lines)).toBe('2026-12-20');
  });
});

describe(modelProblems.name, () => {
  it('reports the handing, an input under the column the file used, and the sizes, all at once', () => {
    const sheet = readImportRows([
      [...HEAD, '顶窗', '地板厚'],
      ['SO-1', '张三', 'M-IN', 2000, 2100, 120, '左开', 'OAK', 1, '也许', 50],
    ]);
    mapInputColumns(sheet.lines, sheet.otherColumns, new Map([[series.code, series]]));
    expect(modelProblems(series, sheet.lines[0])).toEqual([
      { row: 2, field: 'swing', message: expect.any(String) },
      { row: 2, field: '顶窗', message: expect.stringContaining('是 或 否') },
      { row: 2, field: '地板厚', message: expect.stringContaining('0–30') },
      { row: 2, field: 'options.mark', message: expect.stringContaining('必填') },
      { row: 2, field: 'width', message: expect.stringContaining('600–1200') },
    ]);
  });

  it('names a rule that fails for the row’s size as the whole row (`line`), with the rule’s name', () => {
    const narrow: ProductDefinition = {
      ...series,
      components: [{ ...series.components[0], name: 'panel', length: 'W - 1000' }],
    };
    const sheet = readImportRows([[...HEAD, '标记'], row('SO-1', 'M-IN', 'A')]);
    mapInputColumns(sheet.lines, sheet.otherColumns, new Map([[narrow.code, narrow]]));
    expect(modelProblems(narrow, sheet.lines[0])).toEqual([
      { row: 2, field: 'line', message: expect.stringMatching(/^panel: /) },
    ]);
  });

  it('accepts a row whose inputs take their labels and defaults', () => {
    const sheet = readImportRows([[...HEAD, '标记'], row('SO-1', 'M-IN', 'A')]);
    mapInputColumns(sheet.lines, sheet.otherColumns, new Map([[series.code, series]]));
    expect(modelProblems(series, sheet.lines[0])).toEqual([]);
  });
});

describe(linesProblems.name, () => {
  it('checks every row against its model, the same door once, and names an unknown model', () => {
    const sheet = readImportRows([
      HEAD,
      row('SO-1', 'M-IN'),
      [...row('SO-1', 'M-IN').slice(0, 3), 2000, ...row('SO-1', 'M-IN').slice(4)],
      [...row('SO-2', 'M-IN').slice(0, 3), 2000, ...row('SO-2', 'M-IN').slice(4)],
      row('SO-3', 'NOPE'),
    ]);
    const products = new Map([[plain.code, plain]]);
    const problems = linesProblems(
      sheet.lines.map((l) => ({ ...l, productCode: l.productCode === 'M-IN' ? plain.code : l.productCode })),
      products,
    );
    expect(problems).toEqual([
      { row: 3, field: 'width', message: expect.stringContaining('600–1200') },
      { row: 4, field: 'width', message: expect.stringContaining('600–1200') },
      { row: 5, field: 'productCode', message: 'unknown product NOPE / 未知门型' },
    ]);
  });
});

describe(templateInputColumns.name, () => {
  it('heads each input with its Chinese label and an example of its default that imports back', () => {
    // an input labelled as an order field (备注) is headed by its name, so the import does not read it as the note
    const model: ProductDefinition = {
      ...series,
      inputs: [...series.inputs!, { ...series.inputs![3], name: 'n2', labelZh: '备注' }],
    };
    const columns = templateInputColumns(model);
    expect(columns.map((c) => [c.header, c.example])).toEqual([
      ['门型类别', '单开'],
      ['是否有顶窗', '否'],
      ['地板厚', 0],
      ['标记', '示例'],
      ['n2', '示例'],
    ]);
    const example = templateExample(model);
    const sheet = readImportRows([
      [...IMPORT_TEMPLATE_COLUMNS.map((c) => c.header), ...columns.map((c) => c.header)],
      [...IMPORT_TEMPLATE_COLUMNS.map((c) => example[c.field]), ...columns.map((c) => c.example)],
    ]);
    expect(sheet.problems).toEqual([]);
    expect(mapInputColumns(sheet.lines, sheet.otherColumns, new Map([[model.code, model]]))).toEqual([]);
    expect(sheet.lines[0].options).toMatchObject({ doorType: '单开', mark: '示例', n2: '示例' });
    expect(modelProblems(model, sheet.lines[0])).toEqual([]);
  });
});
