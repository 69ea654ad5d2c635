import ExcelJS from 'exceljs';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { loadCatalogue } from './support/splitting';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEAD = ['订单号', '客户', '型号', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量'];

/**
 * GBK bytes of a text, from the decoder's own table: every two-byte GBK code decoded once, then looked up
 * backwards. What a Chinese Windows Excel writes when a sheet is saved as CSV.
 */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = table.get(char);
      if (!code) throw new Error(`no GBK code for ${char}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('订货单');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Issue 14, "Import": one answer with every problem, a header under a title, inputs as columns, warnings, templates. */
describe('order import (forgiving: title rows, model inputs, warnings, GBK, per-model templates)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('IMP14', ['admin', 'planner', 'warehouse', 'manager']));
    await loadCatalogue(api, tokens.planner);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const upload = async (name: string, content: Buffer | string, type: string, token = tokens.planner) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const res = await fetch(`${api.baseUrl}/api/v1/orders/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const order = async (orderNo: string) =>
    (await api.request('GET', `/api/v1/orders/${orderNo}`, { token: tokens.planner })).body;
  const orderCount = async () =>
    (await api.request('GET', '/api/v1/orders?limit=100', { token: tokens.planner })).body.items.length as number;

  it('reads a GBK CSV (as Chinese Excel saves it) with a title row and a blank row above the header', async () => {
    const text =
      'XX装饰公司订货单 2026-11,,,,,,,,,,\r\n' +
      ',,,,,,,,,,\r\n' +
      [...HEAD, '安装位置', '交货日期', '门类型', '顶窗'].join(',') +
      '\r\n' +
      'GBK-1,江山某装饰公司,PD-LVL01,1500,2100,120,左内开,WHITE,1,主卧,2026年12月20日,双开,是\r\n' +
      'GBK-1,江山某装饰公司,PD-MY01,900,2100,120,右外开,WHITE,2,次卧,2026/12/20,单开,\r\n';
    const bytes = gbk(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const res = await upload('订货单.csv', bytes, 'text/csv');
    expect(res).toMatchObject({ status: 201, body: { created: 1, warnings: [] } });
    const imported = await order('GBK-1');
    expect(imported).toMatchObject({ customer: '江山某装饰公司', dueDate: '2026-12-20' });
    expect(imported.lines).toEqual([
      expect.objectContaining({
        productCode: 'PD-LVL01',
        swing: 'left-in',
        room: '主卧',
        options: expect.objectContaining({ doorType: 'double', transom: true }),
      }),
      expect.objectContaining({
        productCode: 'PD-MY01',
        swing: 'right-out',
        room: '次卧',
        options: expect.objectContaining({ doorType: 'single' }),
      }),
    ]);
  });

  it('reads a UTF-8 CSV with and without its BOM alike', async () => {
    const csv = (no: string) => `${HEAD.join(',')}\n${no},张三,PD-LVL01,900,2100,120,左内开,WHITE,1\n`;
    expect((await upload('a.csv', `\uFEFF${csv('BOM-1')}`, 'text/csv')).status).toBe(201);
    expect((await upload('b.csv', csv('BOM-2'), 'text/csv')).status).toBe(201);
    expect((await order('BOM-1')).customer).toBe('张三');
    expect((await order('BOM-2')).customer).toBe('张三');
  });

  it('finds the header of an .xlsx under a title row, keeps 交货日期 as an Excel date, and names rows as the sheet does', async () => {
    const rows = [
      ['XX装饰公司订货单 2026-11'],
      [...HEAD, '交期', '门套线宽', '地板厚'],
      ['XL-1', '李四', 'PD-LVL01', 900, 2100, 120, '右内开', 'WHITE', 1, new Date(Date.UTC(2026, 11, 24)), '80mm', 15],
    ];
    const res = await upload('title.xlsx', await workbook(rows), XLSX);
    expect(res).toMatchObject({ status: 201, body: { created: 1, warnings: [] } });
    const imported = await order('XL-1');
    expect(imported.dueDate).toBe('2026-12-24');
    expect(imported.lines[0].options).toMatchObject({ casing: '80', floorT: 15 });

    const bad = await upload('title.xlsx', await workbook([rows[0], rows[1], [...rows[2].slice(0, 3), 'abc']]), XLSX);
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toContainEqual({ row: 3, field: 'width', message: expect.stringContaining('abc') });
  });

  it('reports every problem of every row in one answer, and imports nothing', async () => {
    await upload('taken.csv', `${HEAD.join(',')}\nTAKEN-1,张三,PD-LVL01,900,2100,120,左内开,WHITE,1\n`, 'text/csv');
    const before = await orderCount();
    const csv = [
      [...HEAD, '交货日期', '门类型', '顶窗', '地板厚'].join(','),
      // 2: fine; 3: its customer and due date differ from row 2's
      'ALL-1,张三,PD-LVL01,900,2100,120,左内开,WHITE,1,2026-12-20,单开,否,0',
      'ALL-1,王五,PD-LVL01,900,2100,120,左内开,WHITE,1,2026-12-21,单开,否,0',
      // 4: unknown model, and its width is no number either
      'ALL-2,张三,NOPE,abc,2100,120,左内开,WHITE,1,,,,',
      // 5: an order number taken, a handing that says no side, a door type the model does not have
      'TAKEN-1,张三,PD-LVL01,900,2100,120,左开,WHITE,1,,三开,,',
      // 6: a width outside the range, a transom value that is neither yes nor no, a floor out of range
      'ALL-3,张三,PD-LVL01,5000,2100,120,左内开,WHITE,1,,单开,也许,50',
      // 7: a finish no table knows (the rules fail), a quantity that is not whole
      'ALL-4,张三,PD-LVL01,900,2100,120,左内开,PURPLE,1.5,,,,',
      // 8: a due date no calendar has
      'ALL-5,张三,PD-LVL01,900,2100,120,左内开,WHITE,1,2026-02-30,,,',
    ].join('\n');
    const res = await upload('all.csv', csv, 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('order_import.rejected');
    const where = res.body.errors.map((e: any) => `${e.row}:${e.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '3:customer',
        '3:dueDate',
        '4:productCode',
        '4:width',
        '5:orderNo',
        '5:swing',
        '5:门类型',
        '6:width',
        '6:顶窗',
        '6:地板厚',
        '7:finish',
        '7:quantity',
        '8:dueDate',
      ]),
    );
    expect(where.some((w: string) => w.startsWith('2:'))).toBe(false);
    expect(new Set(where).size).toBe(where.length);
    const message = (row: number, field: string) =>
      res.body.errors.find((e: any) => e.row === row && e.field === field).message as string;
    expect(message(5, '门类型')).toContain('三开');
    expect(message(6, '地板厚')).toContain('0–30');
    expect(message(7, 'finish')).toContain('PURPLE');
    expect(await orderCount()).toBe(before);
  });

  it('imports a file with columns it does not know, and says which in warnings', async () => {
    const csv = [
      [...HEAD, '单价', '顶窗', ''].join(','),
      'WARN-1,张三,PD-LVL01,900,2100,120,左内开,WHITE,1,880,是,',
      'WARN-1,张三,PD-MY01,900,2100,120,左内开,WHITE,1,660,是,x',
    ].join('\n');
    const res = await upload('warn.csv', csv, 'text/csv');
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([
      { column: 'J', header: '单价', message: expect.stringContaining('未导入的列 J 单价') },
      { column: 'L', header: '', message: expect.stringContaining('未导入的列 L') },
      { column: 'K', header: '顶窗', row: 3, message: expect.stringContaining('PD-MY01') },
    ]);
    const imported = await order('WARN-1');
    expect(imported.lines[0].options).toMatchObject({ transom: true });
    expect(imported.lines[1].options).not.toHaveProperty('transom');
  });

  it('says the unknown columns with a refusal too, and reads 门型 as the model column', async () => {
    const csv = [
      ['订单号', '客户', '门型', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量', '单价'].join(','),
      'WARN-2,张三,PD-LVL01,900,2100,120,左开,WHITE,1,880',
    ].join('\n');
    const before = await orderCount();
    const res = await upload('warn-refused.csv', csv, 'text/csv');
    expect(res.status).toBe(422);
    // the model was read from 门型: the only problem is the handing
    expect(res.body.errors).toEqual([{ row: 2, field: 'swing', message: expect.stringContaining('左开') }]);
    expect(res.body.warnings).toEqual([
      { column: 'J', header: '单价', message: expect.stringContaining('未导入的列 J 单价') },
    ]);
    expect(await orderCount()).toBe(before);
  });

  describe('GET /products/{code}/import-template.xlsx', () => {
    const download = (code: string, token = tokens.planner) =>
      fetch(`${api.baseUrl}/api/v1/products/${encodeURIComponent(code)}/import-template.xlsx`, {
        headers: { authorization: `Bearer ${token}` },
      });

    it("heads the model's inputs in Chinese with data validation, and its example row imports back as the defaults", async () => {
      const res = await download('PD-LVL01');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('PD-LVL01'));
      const file = Buffer.from(await res.arrayBuffer());
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(
        expect.arrayContaining(['订单号', '交货日期', '门类型', '是否有顶窗', '门套线宽', '地板厚']),
      );
      const cellOf = (title: string, row: number) => sheet.getRow(row).getCell(header.indexOf(title) + 1);
      expect(cellOf('门类型', 2).dataValidation).toMatchObject({ type: 'list' });
      const listFormula = String(cellOf('门类型', 2).dataValidation.formulae[0]);
      const lists = book.getWorksheet('选项')!;
      expect(lists.state).toBe('hidden');
      const range = /\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(listFormula)!;
      const labels = Array.from({ length: Number(range[2]) }, (_, i) => lists.getCell(`${range[1]}${i + 1}`).value);
      expect(labels).toEqual(['单开', '双开', '子母门', '推拉', '垭口']);
      expect(cellOf('是否有顶窗', 50).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
      expect(cellOf('地板厚', 2).dataValidation).toMatchObject({
        type: 'decimal',
        operator: 'between',
        formulae: [0, 30],
      });
      expect(cellOf('地板厚', 1).note).toBeDefined();
      expect([cellOf('门类型', 2).value, cellOf('是否有顶窗', 2).value, cellOf('地板厚', 2).value]).toEqual([
        '单开',
        '否',
        0,
      ]);

      const back = await upload('模板.xlsx', file, XLSX);
      expect(back).toMatchObject({ status: 201, body: { created: 1, warnings: [] } });
      const imported = await order(back.body.orders[0].orderNo);
      expect(imported.lines[0]).toMatchObject({
        productCode: 'PD-LVL01',
        swing: 'left-in',
        options: { doorType: 'single', transom: false, casing: '60', floorT: 0 },
      });
    });

    it('keeps the general template, without model inputs', async () => {
      const res = await fetch(`${api.baseUrl}/api/v1/orders/import-template.xlsx`, {
        headers: { authorization: `Bearer ${tokens.planner}` },
      });
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1)).toContain('交货日期');
    });

    it('answers 404 for a model the factory does not have, 403 for roles that do not plan, 401 without a token', async () => {
      const missing = await download('NO-SUCH');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('application/problem+json');
      expect(((await missing.json()) as any).errors).toEqual([{ field: 'code', message: expect.any(String) }]);
      expect((await download('PD-LVL01', tokens.warehouse)).status).toBe(403);
      expect((await download('PD-LVL01', tokens.manager)).status).toBe(403);
      const other = await api.factoryWithUsers('IMP14B', ['admin', 'planner']);
      expect((await download('PD-LVL01', other.tokens.planner)).status).toBe(404);
      const anonymous = await fetch(`${api.baseUrl}/api/v1/products/PD-LVL01/import-template.xlsx`);
      expect(anonymous.status).toBe(401);
    });
  });
});
