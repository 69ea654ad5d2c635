import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { splitFinished } from './support/splitting';

interface Line {
  item: string;
  unit: string;
  location: string | null;
  lot: string;
  quantity: number;
  picked: number;
  remaining: number;
  overPicked: number;
}
interface Material {
  material: string;
  cutKind: string;
  unit: string;
  quantity: number;
  stockUsed: number;
  pieces: number;
}

/**
 * Issue 15 on the demo factory, over HTTP: pick lists true to each item's unit, over-issues with a reason,
 * fractions of whole units refused, human codes (order and work-order numbers), purchase suggestions.
 */
describe('the demo factory’s stores after a split: pick lists, over-issues, human codes, purchasing', () => {
  let db: TestDatabase;
  let api: TestApi;
  const token: Record<string, string> = {};
  let runId: string;
  let list: { id: string; lines: Line[]; unlisted: { material: string; reason: string }[] };
  let materials: Material[];

  const call = (method: string, path: string, role: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token: token[role], body });
  const move = (body: Record<string, unknown>) =>
    call('POST', '/stock/moves', 'warehouse', { scanId: randomUUID(), ...body });
  const total = (lines: Line[], item: string, key: 'quantity' | 'picked' | 'overPicked' = 'quantity') =>
    Math.round(lines.filter((l) => l.item === item).reduce((s, l) => s + l[key] * 1000, 0)) / 1000;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    await api.app.get(DemoSeedService).seed();
    for (const role of ['planner', 'warehouse', 'manager', 'packer'])
      token[role] = await api.login(DEMO_FACTORY_CODE, role, DEMO_PASSWORD);
    // orders named by their numbers, as people know them
    const run = await call('POST', '/split-runs', 'planner', { orderIds: ['DEMO-0001', 'DEMO-0002'] });
    expect(run.status).toBe(202);
    runId = run.body.id;
    expect((await splitFinished(api, token.planner, runId)).status).toBe('succeeded');
    materials = (await call('GET', `/split-runs/${runId}/materials`, 'warehouse')).body;
    const made = await call('POST', '/stock/pick-lists', 'warehouse', { splitRun: runId });
    expect(made.status).toBe(201);
    list = made.body;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('asks for veneer in m² (16.558, not its 10 pieces), hardware in whole sets and pieces, bars and sheets whole', () => {
    const veneer = materials.find((m) => m.material === 'VENEER-OAK') as Material;
    expect(veneer).toMatchObject({ unit: 'm2', pieces: 10, quantity: 16.558 });
    expect(total(list.lines, 'VENEER-OAK')).toBe(16.558);
    expect(list.lines.find((l) => l.item === 'VENEER-OAK')?.unit).toBe('m2');
    for (const m of materials) {
      const lines = list.lines.filter((l) => l.item === m.material);
      if (lines.length === 0) continue;
      const unit = lines[0].unit;
      // bars and sheets as the cutting plans use them; uncut material in its unit, whole units rounded up
      const expected =
        m.cutKind !== 'none'
          ? m.stockUsed
          : ['piece', 'sheet', 'set'].includes(unit)
            ? Math.ceil(m.quantity)
            : m.quantity;
      expect([m.material, total(list.lines, m.material)]).toEqual([m.material, expected]);
      if (['piece', 'sheet', 'set'].includes(unit))
        for (const l of lines) expect([m.material, Number.isInteger(l.quantity)]).toEqual([m.material, true]);
    }
    expect(total(list.lines, 'HDF-8')).toBe(materials.find((m) => m.material === 'HDF-8')?.stockUsed);
  });

  it('refuses an issue beyond the need: 409 naming quantity, the remaining quantity in the body, nothing moved', async () => {
    const res = await move({
      type: 'issue',
      item: 'VENEER-OAK',
      quantity: 20,
      from: 'C-01',
      lot: 'V-OAK-2610',
      pickList: list.id,
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'pick_list.beyond_need',
      remaining: 16.558,
      requested: 20,
      errors: [expect.objectContaining({ field: 'quantity' })],
    });
    const short = await move({
      type: 'issue',
      item: 'VENEER-OAK',
      quantity: 20,
      from: 'C-01',
      lot: 'V-OAK-2610',
      pickList: list.id,
      overIssueReason: '破',
    });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'overIssueReason' })]);
    const balances = (await call('GET', '/stock/balances?item=VENEER-OAK&lot=V-OAK-2610', 'warehouse')).body;
    expect(balances.totals).toEqual([{ item: 'VENEER-OAK', quantity: 40 }]);
  });

  it('allows it with a reason and records it: on the move, in the ledger, on the pick-list line', async () => {
    const res = await move({
      type: 'issue',
      item: 'VENEER-OAK',
      quantity: 20,
      from: 'C-01',
      lot: 'V-OAK-2610',
      pickList: list.id,
      overIssueReason: '木皮开裂 veneer split',
    });
    expect(res.status).toBe(201);
    expect(res.body.move).toMatchObject({ overIssueReason: '木皮开裂 veneer split', overIssued: 3.442 });
    const ledger = (await call('GET', '/stock/moves?item=VENEER-OAK&type=issue', 'manager')).body;
    expect(ledger.items[0]).toMatchObject({
      quantity: 20,
      overIssueReason: '木皮开裂 veneer split',
      overIssued: 3.442,
    });
    const after = (await call('GET', `/stock/pick-lists/${list.id}`, 'warehouse')).body;
    expect(total(after.lines, 'VENEER-OAK', 'picked')).toBe(16.558);
    expect(total(after.lines, 'VENEER-OAK', 'overPicked')).toBe(3.442);
  });

  it('refuses a fraction of an item counted whole, for a receipt, a transfer and a count scan alike (422 on quantity)', async () => {
    const answers = [
      await move({ type: 'receipt', item: 'HDF-8', quantity: 1.5, to: 'RCV' }),
      await move({ type: 'transfer', item: 'HW-LOCK', quantity: 0.5, from: 'C-01', to: 'RCV' }),
    ];
    const count = await call('POST', '/stock/counts', 'warehouse', { location: 'C-01', item: 'HW-LOCK' });
    expect(count.status).toBe(201);
    answers.push(
      await call('POST', `/stock/counts/${count.body.id}/scans`, 'warehouse', {
        scanId: randomUUID(),
        item: 'HW-LOCK',
        quantity: 2.5,
      }),
    );
    for (const a of answers) {
      expect(a.status).toBe(422);
      expect(a.body).toMatchObject({ code: 'stock.fractional_quantity', errors: [{ field: 'quantity' }] });
    }
    const scans = await call('GET', `/stock/counts/${count.body.id}`, 'warehouse');
    expect(scans.status).toBe(200);
  });

  it('takes a work order by its number (the ledger records its id); an unknown number is 404 on workOrder', async () => {
    const [workOrder] = (await call('GET', `/split-runs/${runId}/work-orders`, 'planner')).body;
    const res = await move({
      type: 'issue',
      item: 'HW-HINGE',
      quantity: 1,
      from: 'C-01',
      splitRun: runId,
      workOrder: workOrder.number,
    });
    expect(res.status).toBe(201);
    expect(res.body.move.workOrderId).toBe(workOrder.id);
    const unknown = await move({ type: 'issue', item: 'HW-HINGE', quantity: 1, from: 'C-01', workOrder: 'WO-NOPE-1' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'workOrder' })]);
    // numbers are a run's id prefix, unique in practice but not by constraint: a shared one is refused, not guessed
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    try {
      await sql.query(
        `INSERT INTO work_order (factory_id, split_run_id, number, sequence, process, pieces, parts)
         SELECT factory_id, split_run_id, number, 999, process, pieces, parts FROM work_order WHERE id = $1`,
        [workOrder.id],
      );
    } finally {
      await sql.end();
    }
    const shared = await move({
      type: 'issue',
      item: 'HW-HINGE',
      quantity: 1,
      from: 'C-01',
      workOrder: workOrder.number,
    });
    expect(shared.status).toBe(400);
    expect(shared.body.errors).toEqual([expect.objectContaining({ field: 'workOrder' })]);
    expect(
      (await move({ type: 'issue', item: 'HW-HINGE', quantity: 1, from: 'C-01', workOrder: workOrder.id })).status,
    ).toBe(201);
  });

  it('takes orders by their numbers everywhere an id goes; an unknown number is 404 naming the field', async () => {
    expect((await call('GET', '/orders/DEMO-0001', 'planner')).body.orderNo).toBe('DEMO-0001');
    const runs = (await call('GET', '/split-runs?order=DEMO-0002', 'warehouse')).body;
    expect(runs.items.map((r: { id: string }) => r.id)).toContain(runId);
    for (const [method, path, field] of [
      ['GET', '/orders/NO-SUCH-ORDER', 'id'],
      ['PATCH', '/orders/NO-SUCH-ORDER', 'id'],
      ['POST', '/orders/NO-SUCH-ORDER/confirm', 'id'],
      ['POST', '/orders/NO-SUCH-ORDER/cancel', 'id'],
      ['GET', '/split-runs?order=NO-SUCH-ORDER', 'order'],
      ['POST', '/split-runs', 'orderIds[1]'],
    ] as const) {
      const body =
        method === 'PATCH'
          ? { customer: 'x' }
          : path === '/split-runs'
            ? { orderIds: ['DEMO-0001', 'NO-SUCH-ORDER'] }
            : undefined;
      const res = await call(method, path, 'planner', body);
      expect([path, res.status, res.body.errors]).toEqual([path, 404, [expect.objectContaining({ field })]]);
    }
  });

  it('suggests what to buy: demand from the open run’s pick list against stock and reorder points, in purchase units', async () => {
    const patched = await call('PATCH', '/items/CASING-60', 'warehouse', { purchaseUnit: '捆', purchaseUnitSize: 10 });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ purchaseUnit: '捆', purchaseUnitSize: 10 });
    const fraction = await call('PATCH', '/items/CASING-60', 'warehouse', { purchaseUnitSize: 2.5 });
    expect(fraction.status).toBe(422);
    expect(fraction.body.errors).toEqual([expect.objectContaining({ field: 'purchaseUnitSize' })]);
    // the request's own rules, the same for a new item and a change: a size above 0, a unit of at most 20 characters
    for (const [method, path, body, field] of [
      ['PATCH', '/items/CASING-60', { purchaseUnitSize: 0 }, 'purchaseUnitSize'],
      ['PATCH', '/items/CASING-60', { purchaseUnit: '捆'.repeat(21) }, 'purchaseUnit'],
      [
        'POST',
        '/items',
        { code: 'PU-BAD', nameZh: '试', nameEn: 'Try', kind: 'hardware', unit: 'set', purchaseUnitSize: -1 },
        'purchaseUnitSize',
      ],
    ] as const) {
      const bad = await call(method, path, 'warehouse', body);
      expect([path, bad.status, bad.body.errors]).toEqual([path, 400, [expect.objectContaining({ field })]]);
    }

    const res = await call('GET', '/purchasing/suggestions', 'planner');
    expect(res.status).toBe(200);
    expect(res.body.openRuns).toEqual([{ splitRunId: runId, orders: ['DEMO-0001', 'DEMO-0002'], pickList: true }]);
    const pickList = (await call('GET', `/stock/pick-lists/${list.id}`, 'warehouse')).body;
    const casing = res.body.items.find((s: { item: string }) => s.item === 'CASING-60');
    expect(casing.demand).toBe(
      total(pickList.lines, 'CASING-60', 'quantity') - total(pickList.lines, 'CASING-60', 'picked'),
    );
    expect(casing).toMatchObject({ purchaseUnit: '捆', purchaseUnitSize: 10, reorderPoint: 60, available: 150 });
    for (const s of res.body.items) {
      const shortfall = Math.max(0, Math.round((s.demand + s.reorderPoint - s.available) * 1000) / 1000);
      expect([s.item, s.shortfall, s.toBuy]).toEqual([
        s.item,
        shortfall,
        Math.ceil(Math.round(shortfall * 1000) / Math.round(s.purchaseUnitSize * 1000)),
      ]);
    }
    // veneer over-issued: nothing more needed of it by this run
    expect(res.body.items.find((s: { item: string }) => s.item === 'VENEER-OAK').demand).toBe(0);
    for (const role of ['warehouse', 'manager'])
      expect((await call('GET', '/purchasing/suggestions', role)).status).toBe(200);
    expect((await call('GET', '/purchasing/suggestions', 'packer')).status).toBe(403);
  });

  it('exports the same suggestions as .xlsx: read back, the same numbers as the JSON', async () => {
    const json = (await call('GET', '/purchasing/suggestions', 'warehouse')).body;
    const response = await fetch(`${api.baseUrl}/api/v1/purchasing/suggestions.xlsx`, {
      headers: { authorization: `Bearer ${token.warehouse}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('物料编码 item');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toEqual(
      json.items.map((s: Record<string, unknown>) => [
        s.item,
        s.name,
        s.nameEn,
        s.unit,
        s.demand,
        s.available,
        s.reorderPoint,
        s.shortfall,
        s.purchaseUnit ?? s.unit,
        s.purchaseUnitSize,
        s.toBuy,
        s.toBuyQuantity,
      ]),
    );
  });
});
