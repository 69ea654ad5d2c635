import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 15, remnants (余料) of sizes that can be: a ripped bar's offcut keeps its rip width, a manual receipt refuses
 * sizes its material cannot leave (naming the field), and a run re-split since leaves no remnants to receive.
 */
describe('remnant sizes that can be', () => {
  let db: TestDatabase;
  let api: TestApi;
  let sql: Client;
  let t: Tokens;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    ({ tokens: t } = await api.factoryWithUsers('RS', ['admin', 'planner', 'warehouse']));
    await loadCatalogue(api, t.planner);
    await created('/api/v1/locations', { code: 'R-01', nameZh: '余料架', nameEn: 'Remnant rack', type: 'storage' });
    for (const m of DEMO_MATERIALS.filter((x) => x.cutKind !== 'none')) {
      const [size] = m.stockSizes;
      const names = { code: m.code, nameZh: m.nameZh, nameEn: m.nameEn };
      await created(
        '/api/v1/items',
        m.cutKind === 'sheet'
          ? { ...names, kind: 'board', unit: 'sheet', width: size.width, length: size.length }
          : { ...names, kind: 'moulding', unit: 'piece', length: size.length },
      );
    }
    // not cut: hardware the cutting defines as uncut, and items the cutting does not know at all
    await created('/api/v1/items', {
      code: 'HINGE-4',
      nameZh: '合页',
      nameEn: 'Hinge',
      kind: 'hardware',
      unit: 'piece',
    });
    await created('/api/v1/items', { code: 'VENEER-X', nameZh: '木皮', nameEn: 'Veneer', kind: 'veneer', unit: 'm2' });
    // a board the cutting does not define: a sheet all the same
    await created('/api/v1/items', {
      code: 'PLY-12',
      nameZh: '胶合板',
      nameEn: 'Plywood',
      kind: 'board',
      unit: 'sheet',
      width: 1220,
      length: 2440,
    });
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  async function created(path: string, body: unknown, token = t.warehouse) {
    const res = await api.request('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const get = (path: string) => api.request('GET', path, { token: t.warehouse });
  const post = (path: string, body: unknown) => api.request('POST', path, { token: t.warehouse, body });
  const receipt = (body: Record<string, unknown>) =>
    post('/api/v1/stock/remnants', { scanId: randomUUID(), location: 'R-01', ...body });
  const ledger = async () => (await sql.query('SELECT count(*)::int AS n FROM stock_move')).rows[0].n as number;
  const remnantItems = async () =>
    (await sql.query(`SELECT count(*)::int AS n FROM item WHERE kind = 'remnant'`)).rows[0].n as number;

  async function splitOrder(orderNo: string) {
    const order = await confirmedOrder(api, t.planner, orderNo, [makeOrderLine({ quantity: 3 })]);
    return resplit(order);
  }

  async function resplit(order: string) {
    const run = await api.request('POST', '/api/v1/split-runs', { token: t.planner, body: { orderIds: [order] } });
    expect(run.status).toBe(202);
    const done = await splitFinished(api, t.planner, run.body.id);
    expect(done.status).toBe('succeeded');
    return { order, id: run.body.id as string };
  }

  it('refuses, naming the field, sizes a remnant of its material cannot have; nothing is recorded or made', async () => {
    const before = { moves: await ledger(), items: await remnantItems() };
    const cases: [Record<string, unknown>, string, string][] = [
      // a sheet's remnant has both sides
      [{ material: 'HDF-8', length: 900 }, 'width', 'remnant.impossible_size'],
      [{ material: 'PLY-12', length: 900 }, 'width', 'remnant.impossible_size'],
      // a fixed profile's remnant is of its section
      [{ material: 'CASING-60', length: 900, width: 80 }, 'width', 'remnant.impossible_size'],
      // hardware and veneer are not cut: no remnants
      [{ material: 'HINGE-4', length: 900 }, 'material', 'remnant.not_cut'],
      [{ material: 'VENEER-X', length: 900, width: 500 }, 'material', 'remnant.not_cut'],
      // a tape reads whole millimetres
      [{ material: 'CASING-60', length: 619.5 }, 'length', 'remnant.impossible_size'],
      [{ material: 'HDF-8', length: 900, width: 500.5 }, 'width', 'remnant.impossible_size'],
      // below the material's minimum remnant (300 mm for a casing, 200 mm for HDF): waste
      [{ material: 'CASING-60', length: 299 }, 'length', 'remnant.below_minimum'],
      [{ material: 'LVL-40', length: 250, width: 120 }, 'length', 'remnant.below_minimum'],
      [{ material: 'HDF-8', length: 900, width: 150 }, 'width', 'remnant.below_minimum'],
    ];
    for (const [body, field, code] of cases) {
      const res = await receipt(body);
      expect([JSON.stringify(body), res.status, res.body.code, res.body.errors?.map((e: any) => e.field)]).toEqual([
        JSON.stringify(body),
        422,
        code,
        [field],
      ]);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await ledger()).toBe(before.moves);
    expect(await remnantItems()).toBe(before.items);
  });

  it('takes a ripped strip by its rip width, a full-width offcut without one, and a profile with or without its own width as one item', async () => {
    const codes: string[] = [];
    for (const body of [
      { material: 'LVL-40', length: 619, width: 120 },
      { material: 'LVL-40', length: 619 },
      { material: 'CASING-60', length: 900 },
      { material: 'CASING-60', length: 900, width: 60 },
      { material: 'HDF-8', length: 900, width: 200 },
      { material: 'CASING-60', length: 300 },
    ]) {
      const res = await receipt(body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 201]);
      codes.push(res.body.remnant.code);
    }
    expect(codes).toEqual([
      'LVL-40-R120x619',
      'LVL-40-R619',
      'CASING-60-R900',
      'CASING-60-R900',
      'HDF-8-R200x900',
      'CASING-60-R300',
    ]);
    const strip = (await get('/api/v1/stock/remnants?material=LVL-40')).body.remnants.find(
      (r: any) => r.item === 'LVL-40-R120x619',
    );
    expect(strip).toMatchObject({ length: 619, width: 120 });
  });

  it("labels a ripped bar's run remnants with their rip width, and receives them as strips of that width", async () => {
    const run = await splitOrder('RS-1');
    const cutPlans = (await get(`/api/v1/split-runs/${run.id}/cut-plans`)).body as any[];
    const ripped = cutPlans.filter((c) => c.kind === 'linear' && c.ripWidth !== null);
    const expected = ripped.flatMap((c) =>
      c.plan.bars
        .filter((b: any) => b.remnant > 0)
        .map((b: any) => `${c.material} ${Math.floor(c.ripWidth)}x${Math.floor(b.remnant + 1e-6)}`),
    );
    // the demo door leaves jamb board and LVL offcuts: the test means something only if it has some
    expect(expected.length).toBeGreaterThan(0);
    const listed = (await get(`/api/v1/stock/remnants/runs/${run.id}`)).body.remnants as any[];
    const rippedMaterials = new Set(ripped.map((c) => c.material));
    const strips = listed.filter((r) => rippedMaterials.has(r.material));
    expect(strips.map((r) => `${r.material} ${r.width}x${r.length}`).sort()).toEqual(expected.sort());
    for (const r of strips) expect(r.item).toBe(`${r.material}-R${r.width}x${r.length}`);

    const all = await post(`/api/v1/stock/remnants/runs/${run.id}/receive`, { location: 'R-01' });
    expect(all.status).toBe(200);
    const stock = (await get('/api/v1/stock/remnants')).body.remnants as any[];
    for (const r of strips)
      expect(stock.find((s) => s.item === r.item)).toMatchObject({ width: r.width, length: r.length });
  });

  it('refuses to list or receive the remnants of a run re-split since (409 naming splitRun), whatever the path', async () => {
    const old = await splitOrder('RS-2');
    const labels = (await get(`/api/v1/stock/remnants/runs/${old.id}`)).body.remnants as any[];
    expect(labels.length).toBeGreaterThan(0);
    const latest = await resplit(old.order);
    const moves = await ledger();
    for (const res of [
      await get(`/api/v1/stock/remnants/runs/${old.id}`),
      await post(`/api/v1/stock/remnants/runs/${old.id}/receive`, { location: 'R-01' }),
      await post(`/api/v1/stock/remnants/runs/${old.id}/scans`, { label: labels[0].label, location: 'R-01' }),
    ]) {
      expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
        409,
        'remnant.run_superseded',
        'splitRun',
      ]);
      expect(res.body.errors[0].message).toContain('RS-2');
    }
    expect(await ledger()).toBe(moves);
    // the run that replaced it is the one to receive from
    expect((await get(`/api/v1/stock/remnants/runs/${latest.id}`)).status).toBe(200);
    const all = await post(`/api/v1/stock/remnants/runs/${latest.id}/receive`, { location: 'R-01' });
    expect(all.status).toBe(200);
  });

  it('counts a run re-split in part as superseded: its bars mix the orders, so it will not be cut as planned', async () => {
    const a = await confirmedOrder(api, t.planner, 'RS-4A', [makeOrderLine({ quantity: 2 })]);
    const b = await confirmedOrder(api, t.planner, 'RS-4B', [makeOrderLine({ quantity: 2 })]);
    const both = await api.request('POST', '/api/v1/split-runs', { token: t.planner, body: { orderIds: [a, b] } });
    expect((await splitFinished(api, t.planner, both.body.id)).status).toBe('succeeded');
    expect((await get(`/api/v1/stock/remnants/runs/${both.body.id}`)).status).toBe(200);
    await resplit(a);
    const res = await post(`/api/v1/stock/remnants/runs/${both.body.id}/receive`, { location: 'R-01' });
    expect([res.status, res.body.code]).toEqual([409, 'remnant.run_superseded']);
    expect(res.body.params.orders.map((o: any) => o.order)).toEqual(['RS-4A']);
  });

  it('names the request field `location` for an unknown location, on a label scan, receive all and a manual receipt', async () => {
    const run = await splitOrder('RS-3');
    const [first] = (await get(`/api/v1/stock/remnants/runs/${run.id}`)).body.remnants as any[];
    const moves = await ledger();
    for (const res of [
      await post(`/api/v1/stock/remnants/runs/${run.id}/scans`, { label: first.label, location: 'NO-SUCH-RACK' }),
      await post(`/api/v1/stock/remnants/runs/${run.id}/receive`, { location: 'NO-SUCH-RACK' }),
      await receipt({ material: 'CASING-60', length: 900, location: 'NO-SUCH-RACK' }),
    ])
      expect([res.status, res.body.errors?.map((e: any) => e.field)]).toEqual([404, ['location']]);
    expect(await ledger()).toBe(moves);
  });
});
