import ExcelJS from 'exceljs';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrder } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { loadCatalogue } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/** The calendar day of `at` in Asia/Shanghai (the test factory's time zone), shifted by `days`. */
function shanghaiDay(days = 0, at = new Date()): string {
  const shifted = new Date(at.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(shifted);
}

describe('GET /orders filters and GET /orders/import-template.xlsx', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Tokens;

  const list = async (query: string, token = tokens.planner) =>
    api.request('GET', `/api/v1/orders?${query}`, { token });
  const numbers = async (query: string) => {
    const res = await list(query);
    expect(res.status).toBe(200);
    return (res.body.items as { orderNo: string }[]).map((o) => o.orderNo);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('OLIST', ['admin', 'planner', 'manager', 'warehouse']));
    await loadCatalogue(api, tokens.planner);
    // created in this order: newest first is F-5 … F-1
    const orders = [
      { orderNo: 'F-1', customer: '江山欧派专卖店', dueDate: '2026-12-01' },
      { orderNo: 'F-2', customer: '衢州木门批发', dueDate: '2026-12-10' },
      { orderNo: 'F-3', customer: 'Jiangshan Doors Ltd', dueDate: '2026-12-20' },
      { orderNo: 'F-4%', customer: '江山欧派专卖店' },
      { orderNo: 'X-5', customer: '江山欧派专卖店', dueDate: '2026-12-15' },
    ];
    for (const order of orders) {
      const res = await api.request('POST', '/api/v1/orders', { token: tokens.planner, body: makeOrder(order) });
      expect(res.status).toBe(201);
    }
    for (const [orderNo, action] of [
      ['F-2', 'confirm'],
      ['F-3', 'cancel'],
      ['X-5', 'confirm'],
    ]) {
      const res = await api.request('POST', `/api/v1/orders/${orderNo}/${action}`, { token: tokens.planner });
      expect(res.status).toBe(200);
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('narrows by one or several states, newest first', async () => {
    expect(await numbers('status=draft')).toEqual(['F-4%', 'F-1']);
    expect(await numbers('status=confirmed&status=cancelled')).toEqual(['X-5', 'F-3', 'F-2']);
  });

  it('finds a customer and an order number by a part of them, ignoring case; % and _ are plain characters', async () => {
    expect(await numbers(`customer=${encodeURIComponent('欧派')}`)).toEqual(['X-5', 'F-4%', 'F-1']);
    expect(await numbers('customer=jiangshan')).toEqual(['F-3']);
    expect(await numbers('q=f-')).toEqual(['F-4%', 'F-3', 'F-2', 'F-1']);
    expect(await numbers(`q=${encodeURIComponent('%')}`)).toEqual(['F-4%']);
    expect(await numbers('q=F_')).toEqual([]);
  });

  it('narrows by due days, both ends included; an order without a due date is outside any due range', async () => {
    expect(await numbers('dueFrom=2026-12-10&dueTo=2026-12-15')).toEqual(['X-5', 'F-2']);
    expect(await numbers('dueTo=2026-12-01')).toEqual(['F-1']);
    expect(await numbers('dueFrom=2026-12-16')).toEqual(['F-3']);
  });

  it("narrows by the created day in the factory's time zone", async () => {
    const today = shanghaiDay();
    expect(await numbers(`createdFrom=${today}&createdTo=${today}`)).toHaveLength(5);
    expect(await numbers(`createdTo=${shanghaiDay(-1)}`)).toEqual([]);
    expect(await numbers(`createdFrom=${shanghaiDay(1)}`)).toEqual([]);
  });

  it('pages a filtered list with its cursor: every matching order once, in order, none of the others', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(
        `limit=1&customer=${encodeURIComponent('欧派')}&status=draft&status=confirmed${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...res.body.items.map((o: { orderNo: string }) => o.orderNo));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['X-5', 'F-4%', 'F-1']);
  });

  it.each([
    ['status=bogus', 'status'],
    ['status=draft&status=nope', 'status'],
    ['dueFrom=2026-13-01', 'dueFrom'],
    ['dueTo=2026-12-01T00:00:00Z', 'dueTo'],
    ['createdFrom=yesterday', 'createdFrom'],
    ['createdTo=2026-02-30', 'createdTo'],
    ['customer=', 'customer'],
    [`q=${'x'.repeat(41)}`, 'q'],
    ['dueFrom=2026-12-20&dueTo=2026-12-01', 'dueTo'],
    ['createdFrom=2026-12-20&createdTo=2026-12-01', 'createdTo'],
  ])('answers %s with a 400 problem naming %s', async (query, field) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('request.validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('lets a manager filter too, and keeps factories apart', async () => {
    const managed = await list('status=draft', tokens.manager);
    expect(managed.status).toBe(200);
    expect(managed.body.items).toHaveLength(2);
    const other = await api.factoryWithUsers('OLIST2', ['admin', 'planner']);
    await loadCatalogue(api, other.tokens.planner);
    const theirs = await api.request('POST', '/api/v1/orders', {
      token: other.tokens.planner,
      body: makeOrder({ orderNo: 'F-9', customer: '江山欧派专卖店' }),
    });
    expect(theirs.status).toBe(201);
    expect(await numbers(`customer=${encodeURIComponent('欧派')}&q=F-9`)).toEqual([]);
    const fromThere = await list(`customer=${encodeURIComponent('欧派')}`, other.tokens.planner);
    expect(fromThere.body.items.map((o: { orderNo: string }) => o.orderNo)).toEqual(['F-9']);
    expect((await list('status=warehouse', tokens.warehouse)).status).toBe(403);
  });

  it('clears a due date with PATCH dueDate: null, and refuses one that is not a date, naming it', async () => {
    const created = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: makeOrder({ orderNo: 'DUE-1', dueDate: '2026-12-24' }),
    });
    const cleared = await api.request('PATCH', `/api/v1/orders/${created.body.id}`, {
      token: tokens.planner,
      body: { dueDate: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.dueDate).toBeNull();
    const bad = await api.request('PATCH', `/api/v1/orders/${created.body.id}`, {
      token: tokens.planner,
      body: { dueDate: 'soon' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'dueDate' })]);
    const kept = await api.request('PATCH', `/api/v1/orders/${created.body.id}`, {
      token: tokens.planner,
      body: { customer: '新客户' },
    });
    expect(kept.body).toMatchObject({ customer: '新客户', dueDate: null });
  });

  describe('the import template', () => {
    const download = (token: string) =>
      fetch(`${api.baseUrl}/api/v1/orders/import-template.xlsx`, { headers: { authorization: `Bearer ${token}` } });

    it('is an .xlsx with the Chinese headers the import reads and an example row that imports as it is', async () => {
      const res = await download(tokens.planner);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      expect(res.headers.get('content-disposition')).toContain('attachment');
      const file = Buffer.from(await res.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        '订单号',
        '客户',
        '型号',
        '门洞宽',
        '门洞高',
        '墙厚',
        '母门宽',
        '开启方向',
        '颜色',
        '数量',
        '位置',
        '备注',
        '交货日期',
      ]);
      expect(sheet.rowCount).toBe(2);

      const form = new FormData();
      form.append('file', new Blob([file], { type: res.headers.get('content-type')! }), 'template.xlsx');
      const imported = await fetch(`${api.baseUrl}/api/v1/orders/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.planner}` },
        body: form,
      });
      expect(imported.status).toBe(201);
      const result = (await imported.json()) as { created: number; orders: { orderNo: string }[] };
      expect(result).toMatchObject({ created: 1, orders: [{ orderNo: 'SO-0001' }] });
      const order = await api.request('GET', '/api/v1/orders/SO-0001', { token: tokens.planner });
      expect(order.body).toMatchObject({ customer: '示例客户', lines: [{ productCode: 'PD-LVL01', quantity: 1 }] });
    });

    it('is for those who import: an admin gets it, a manager or a warehouse user gets 403', async () => {
      expect((await download(tokens.admin)).status).toBe(200);
      expect((await download(tokens.manager)).status).toBe(403);
      expect((await download(tokens.warehouse)).status).toBe(403);
    });
  });
});
