import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TenancyContext } from '@mendao/platform';
import { DEMO_MATERIALS, RemnantStock } from '@mendao/splitting';
import { createTestDatabase, eventually, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 15, remnants (余料) close the loop: a split's offcuts are received into stock (all at once or one label at a
 * time, once each), the next split cuts from them first and holds them, issuing for that run consumes them, and
 * no other split plans them again.
 */
describe('remnants from split to stock to the next split', () => {
  let db: TestDatabase;
  let api: TestApi;
  let sql: Client;
  let rm: Tokens;
  let other: Tokens;

  beforeAll(async () => {
    db = await createTestDatabase();
    // two splits of one factory at once (the default runs one at a time): the claims and saves really race
    api = await TestApi.start(testRuntime(db.url, { JOB_MAX_RUNNING_PER_FACTORY: '2' }));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    ({ tokens: rm } = await api.factoryWithUsers('RM', ['admin', 'planner', 'warehouse']));
    ({ tokens: other } = await api.factoryWithUsers('RX', ['admin', 'planner', 'warehouse']));
    for (const tokens of [rm, other]) await stores(tokens);
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  async function created(path: string, body: unknown, token: string) {
    const res = await api.request('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** The demo catalogue, a store location and one item per cut material (its stock size), as a factory sets up. */
  async function stores(tokens: Tokens) {
    await loadCatalogue(api, tokens.planner);
    await created(
      '/api/v1/locations',
      { code: 'R-01', nameZh: '余料架', nameEn: 'Remnant rack', type: 'storage' },
      tokens.warehouse,
    );
    for (const m of DEMO_MATERIALS.filter((x) => x.cutKind !== 'none')) {
      const [size] = m.stockSizes;
      await created(
        '/api/v1/items',
        m.cutKind === 'sheet'
          ? {
              code: m.code,
              nameZh: m.nameZh,
              nameEn: m.nameEn,
              kind: 'board',
              unit: 'sheet',
              width: size.width,
              length: size.length,
            }
          : { code: m.code, nameZh: m.nameZh, nameEn: m.nameEn, kind: 'moulding', unit: 'piece', length: size.length },
        tokens.warehouse,
      );
    }
  }

  async function split(tokens: Tokens, orderNo: string, lines: unknown[]) {
    const order = await confirmedOrder(api, tokens.planner, orderNo, lines);
    const run = await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds: [order] } });
    expect(run.status).toBe(202);
    return { order, id: run.body.id as string };
  }

  const get = async (path: string, token = rm.warehouse) => (await api.request('GET', path, { token })).body;

  const post = (path: string, body: unknown, token = rm.warehouse) => api.request('POST', path, { token, body });
  const remnantStock = async (tokens = rm) =>
    new Map<string, { quantity: number; reserved: number; available: number }>(
      (await get('/api/v1/stock/remnants', tokens.warehouse)).remnants.map((r: any) => [r.item, r]),
    );
  const refsOf = (cutPlans: any[]) =>
    cutPlans
      .flatMap((c: any) => (c.kind === 'linear' ? c.plan.bars : c.plan.layouts).map((l: any) => l.ref))
      .filter(Boolean);
  const usedOf = (summary: any) => new Map<string, number>(summary.remnantsUsed.map((u: any) => [u.item, u.quantity]));
  let first: { id: string };
  let second: { id: string; order: string };
  let secondList: { id: string; lines: { item: string; location: string; quantity: number }[] };
  const held = async (runId: string) =>
    (
      await sql.query('SELECT item_id, quantity FROM remnant_reservation WHERE split_run_id = $1 ORDER BY item_id', [
        runId,
      ])
    ).rows.map((r) => `${r.item_id}×${r.quantity}`);
  /** Remnants on the rack for the next split to cut from. */
  const restock = async () => {
    for (const body of [
      { material: 'CASING-60', length: 2400, quantity: 4 },
      { material: 'HDF-8', length: 2100, width: 1000, quantity: 2 },
    ])
      expect((await post('/api/v1/stock/remnants', { scanId: randomUUID(), location: 'R-01', ...body })).status).toBe(
        201,
      );
  };
  /**
   * Holds the order's save lock (the processor's advisory lock) while `work` starts runs: each plans, then waits to
   * save until `work` is done; `waiting(n)` resolves once n saves wait.
   */
  const whileSavesWait = async (order: string, work: (waiting: (n: number) => Promise<unknown>) => Promise<void>) => {
    const factoryId = (await sql.query(`SELECT id FROM factory WHERE code = 'RM'`)).rows[0].id as string;
    const waiting = (n: number) =>
      eventually(
        async () => {
          const { rows } = await sql.query(
            `SELECT count(*)::int AS n FROM pg_locks
              WHERE locktype = 'advisory' AND NOT granted
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          );
          return rows[0].n >= n ? true : undefined;
        },
        { what: `${n} saves waiting`, timeoutMs: 30_000 },
      );
    const gate = new Client({ connectionString: db.url });
    await gate.connect();
    try {
      await gate.query('BEGIN');
      await gate.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`split-save:${order}:${factoryId}`]);
      await work(waiting);
    } finally {
      await gate.query('COMMIT');
      await gate.end();
    }
  };
  const splitOf = async (orderIds: string[]) => {
    const res = await api.request('POST', '/api/v1/split-runs', { token: rm.planner, body: { orderIds } });
    expect(res.status).toBe(202);
    return res.body.id as string;
  };

  it("receives a run's remnants by label (twice the same label: one receipt) and the rest in one call", async () => {
    first = await split(rm, 'RM-1', [makeOrderLine({ quantity: 3 })]);
    const done = await splitFinished(api, rm.planner, first.id);
    expect(done.status).toBe('succeeded');
    const reported = done.summary.remnants.reduce((s: number, r: any) => s + r.pieces, 0);
    const listed = await get(`/api/v1/stock/remnants/runs/${first.id}`);
    expect(listed.remnants).toHaveLength(reported);
    expect(listed.remnants.every((r: any) => !r.received && /^RM-[0-9A-F]{8}-\d+$/.test(r.label))).toBe(true);
    const sheet = listed.remnants.find((r: any) => r.material === 'HDF-8');
    expect(sheet.length).toBeGreaterThanOrEqual(sheet.width);
    expect(sheet.item).toBe(`HDF-8-R${sheet.width}x${sheet.length}`);

    const label = listed.remnants[0].label;
    const once = await post(`/api/v1/stock/remnants/runs/${first.id}/scans`, { label, location: 'R-01' });
    expect(once.status).toBe(201);
    expect(once.body).toMatchObject({ label, replayed: false, remnant: { code: listed.remnants[0].item } });
    const again = await post(`/api/v1/stock/remnants/runs/${first.id}/scans`, { label, location: 'R-01' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayed: true, move: { id: once.body.move.id } });

    const all = await post(`/api/v1/stock/remnants/runs/${first.id}/receive`, { location: 'R-01' });
    expect(all.status).toBe(200);
    expect(all.body.receivedNow).toBe(reported - 1);
    expect(all.body.remnants.every((r: any) => r.received)).toBe(true);
    const twice = await post(`/api/v1/stock/remnants/runs/${first.id}/receive`, { location: 'R-01' });
    expect(twice.body.receivedNow).toBe(0);

    const moves = await get(`/api/v1/stock/moves?splitRun=${first.id}&type=receipt&limit=200`);
    expect(moves.items).toHaveLength(reported);
    const stock = await remnantStock();
    const expected = new Map<string, number>();
    for (const r of listed.remnants) expected.set(r.item, (expected.get(r.item) ?? 0) + 1);
    for (const [item, quantity] of expected)
      expect(stock.get(item)).toMatchObject({ quantity, reserved: 0, available: quantity });
  });

  it('the next split cuts from those remnants first, holds them, and its pick list asks for them', async () => {
    // with long offcuts too, which save new bars (a ripped strip fits only its own rip width, and may save none)
    await restock();
    second = await split(rm, 'RM-2', [makeOrderLine({ quantity: 2 })]);
    const done = await splitFinished(api, rm.planner, second.id);
    expect(done.status).toBe('succeeded');
    const used = usedOf(done.summary);
    expect(used.size).toBeGreaterThan(0);
    // its bars and sheets name the remnant items they are cut from, and fewer new ones are needed
    const cutPlans = await get(`/api/v1/split-runs/${second.id}/cut-plans`, rm.planner);
    const refs = refsOf(cutPlans);
    expect(refs.length).toBe([...used.values()].reduce((s, q) => s + q, 0));
    expect(new Set(refs)).toEqual(new Set(used.keys()));
    const saved = done.summary.remnantSaving.reduce((s: number, r: any) => s + (r.stockNotUsed ?? 0), 0);
    expect(saved).toBeGreaterThan(0);
    const materials = await get(`/api/v1/split-runs/${second.id}/materials`, rm.planner);
    expect(materials.reduce((s: number, m: any) => s + m.remnantsUsed, 0)).toBe(refs.length);

    const stock = await remnantStock();
    for (const [item, quantity] of used) expect(stock.get(item)?.reserved).toBe(quantity);

    const list = await post('/api/v1/stock/pick-lists', { splitRun: second.id }, rm.planner);
    expect(list.status).toBe(201);
    secondList = list.body;
    for (const [item, quantity] of used) {
      const lines = list.body.lines.filter((l: any) => l.item === item);
      expect(lines.reduce((s: number, l: any) => s + l.quantity, 0)).toBe(quantity);
    }
  });

  it("nobody else is issued what a run holds, and issuing through the run's pick list (the list alone) consumes it", async () => {
    const used = usedOf((await get(`/api/v1/split-runs/${second.id}`, rm.planner)).summary);
    const before = await remnantStock();
    const [[item]] = [...used];
    const free = before.get(item)!.quantity - before.get(item)!.reserved;
    const issue = (body: Record<string, unknown>) =>
      post('/api/v1/stock/moves', { scanId: randomUUID(), type: 'issue', item, from: 'R-01', ...body });
    // for no run, or for another run: only what no other run holds (409 on quantity, with what is free)
    for (const forRun of [{}, { splitRun: first.id }]) {
      const taken = await issue({ quantity: free + 1, ...forRun });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({
        code: 'remnant.reserved',
        available: free,
        requested: free + 1,
        errors: [{ field: 'quantity' }],
      });
    }
    // an issue against the list is for the list's run: naming another is refused
    const line = secondList.lines.find((l) => l.item === item)!;
    const crossed = await issue({ quantity: 1, from: line.location, pickList: secondList.id, splitRun: first.id });
    expect(crossed.status).toBe(422);
    expect(crossed.body).toMatchObject({ code: 'pick_list.other_run', errors: [{ field: 'splitRun' }] });
    expect(await remnantStock()).toEqual(before);

    // as the scan station does: the pick list only; each move records the list's run
    for (const l of secondList.lines.filter((x) => used.has(x.item))) {
      const issued = await post('/api/v1/stock/moves', {
        scanId: randomUUID(),
        type: 'issue',
        item: l.item,
        quantity: l.quantity,
        from: l.location,
        pickList: secondList.id,
      });
      expect(issued.status).toBe(201);
      expect(issued.body.move.splitRunId).toBe(second.id);
    }
    const issuedNow = await remnantStock();
    for (const [item, quantity] of used) {
      const left = before.get(item)!.quantity - quantity;
      if (left === 0) expect(issuedNow.has(item)).toBe(false);
      else expect(issuedNow.get(item)).toMatchObject({ quantity: left, reserved: 0, available: left });
    }
    // identical pieces received later are free: the run's reservation was consumed, not left waiting for them
    for (const item of used.keys()) {
      const { material, length, width } = before.get(item) as any;
      const res = await post('/api/v1/stock/remnants', {
        scanId: randomUUID(),
        location: 'R-01',
        material,
        length,
        // a sheet's or a ripped strip's width is in its code (HDF-8-R362x2067, LVL-40-R150x866)
        ...(/-R\d+x\d+$/.test(item) ? { width } : {}),
      });
      expect([res.status, res.body.remnant?.code]).toEqual([201, item]);
    }
    const after = await remnantStock();
    for (const item of used.keys()) {
      const q = (issuedNow.get(item)?.quantity ?? 0) + 1;
      expect(after.get(item)).toMatchObject({ quantity: q, reserved: 0, available: q });
    }

    const third = await split(rm, 'RM-3', [makeOrderLine({ quantity: 2 })]);
    const done = await splitFinished(api, rm.planner, third.id);
    expect(done.status).toBe('succeeded');
    for (const [item, quantity] of usedOf(done.summary))
      expect(quantity).toBeLessThanOrEqual(after.get(item)?.available ?? 0);
    // nothing is reserved twice: per item, what runs hold never exceeds what is on hand
    const held = await sql.query(
      `SELECT r.item_id, sum(r.quantity) AS held, (SELECT sum(quantity) FROM stock_balance b WHERE b.item_id = r.item_id) AS on_hand
         FROM remnant_reservation r WHERE r.split_run_id <> $1 GROUP BY r.item_id`,
      [second.id],
    );
    for (const row of held.rows) expect(Number(row.held)).toBeLessThanOrEqual(Number(row.on_hand));
  });

  it("a re-split of the same orders releases the earlier run's reservations", async () => {
    await restock();
    const run = await split(rm, 'RM-4', [makeOrderLine({ quantity: 1, width: 800 })]);
    expect((await splitFinished(api, rm.planner, run.id)).status).toBe('succeeded');
    const holding = await sql.query('SELECT count(*)::int AS n FROM remnant_reservation WHERE split_run_id = $1', [
      run.id,
    ]);
    expect(holding.rows[0].n).toBeGreaterThan(0);
    const again = await api.request('POST', '/api/v1/split-runs', {
      token: rm.planner,
      body: { orderIds: [run.order] },
    });
    expect((await splitFinished(api, rm.planner, again.body.id)).status).toBe('succeeded');
    const left = await sql.query('SELECT count(*)::int AS n FROM remnant_reservation WHERE split_run_id = $1', [
      run.id,
    ]);
    expect(left.rows[0].n).toBe(0);
  });

  it("a re-split of some of a run's orders keeps what the run holds for the others; re-splitting the rest frees it", async () => {
    await restock();
    const o1 = await confirmedOrder(api, rm.planner, 'RM-5', [makeOrderLine({ quantity: 2 })]);
    const o2 = await confirmedOrder(api, rm.planner, 'RM-6', [makeOrderLine({ quantity: 1, width: 800 })]);
    const a = await splitOf([o1, o2]);
    expect((await splitFinished(api, rm.planner, a)).status).toBe('succeeded');
    const holding = await held(a);
    expect(holding.length).toBeGreaterThan(0);

    const b = await splitOf([o1]);
    expect((await splitFinished(api, rm.planner, b)).status).toBe('succeeded');
    // o2's plan is still a's: what a cuts for it stays held, and b was not offered it
    expect(await held(a)).toEqual(holding);
    const onHand = await sql.query(
      `SELECT r.item_id, sum(r.quantity) AS held,
              (SELECT sum(quantity) FROM stock_balance b WHERE b.item_id = r.item_id) AS on_hand
         FROM remnant_reservation r WHERE r.split_run_id = ANY($1::uuid[]) GROUP BY r.item_id`,
      [[a, b]],
    );
    for (const row of onHand.rows) expect(Number(row.held)).toBeLessThanOrEqual(Number(row.on_hand));

    const c = await splitOf([o2]);
    expect((await splitFinished(api, rm.planner, c)).status).toBe('succeeded');
    expect(await held(a)).toEqual([]);
  });

  it('two re-splits of the same order, both planned before either saves: the later save frees what the other holds', async () => {
    await restock();
    const order = await confirmedOrder(api, rm.planner, 'RM-7', [makeOrderLine({ quantity: 2 })]);
    const a = await splitOf([order]);
    expect((await splitFinished(api, rm.planner, a)).status).toBe('succeeded');
    expect((await held(a)).length).toBeGreaterThan(0);
    // the order's save lock held here: b, then c, load (a is the order's last split for both) and wait to save
    let b = '';
    let c = '';
    await whileSavesWait(order, async (waiting) => {
      b = await splitOf([order]);
      await waiting(1);
      c = await splitOf([order]);
      await waiting(2);
    });
    const done = await Promise.all([b, c].map((id) => splitFinished(api, rm.planner, id)));
    expect(done.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    const last = (await sql.query('SELECT last_split_run_id AS id FROM sales_order WHERE id = $1', [order])).rows[0].id;
    expect(last).toBe(c);
    // b cut from what a held (it replaced a whole) and saved first; c, planned while b held them, then replaced b
    expect(done[0].summary.remnantsUsed.length).toBeGreaterThan(0);
    expect(await held(a)).toEqual([]);
    expect(await held(b)).toEqual([]);
  });

  it('a run claims the remnants of the materials its door models may cut, not a material they never name', async () => {
    const hdf = DEMO_MATERIALS.find((m) => m.code === 'HDF-8')!;
    const mdf = { ...hdf, code: 'MDF-18', nameZh: '中纤板 18厘', nameEn: 'MDF 18 mm', thickness: 18 };
    await created(
      '/api/v1/materials',
      Object.fromEntries(Object.entries(mdf).filter(([, v]) => v !== null)),
      rm.planner,
    );
    await created(
      '/api/v1/items',
      {
        code: 'MDF-18',
        nameZh: mdf.nameZh,
        nameEn: mdf.nameEn,
        kind: 'board',
        unit: 'sheet',
        width: 1220,
        length: 2440,
      },
      rm.warehouse,
    );
    await restock();
    const other = await post('/api/v1/stock/remnants', {
      scanId: randomUUID(),
      location: 'R-01',
      material: 'MDF-18',
      length: 1200,
      width: 600,
    });
    expect(other.status).toBe(201);
    const order = await confirmedOrder(api, rm.planner, 'RM-8', [makeOrderLine({ quantity: 1 })]);
    let run = '';
    let claimed: { material: string }[] = [];
    await whileSavesWait(order, async (waiting) => {
      run = await splitOf([order]);
      await waiting(1);
      // planned, not yet settled: what the run holds is what it claimed
      claimed = (
        await sql.query(
          `SELECT p.code AS material FROM remnant_reservation r
             JOIN item i ON i.id = r.item_id JOIN item p ON p.id = i.parent_item_id WHERE r.split_run_id = $1`,
          [run],
        )
      ).rows;
    });
    expect((await splitFinished(api, rm.planner, run)).status).toBe('succeeded');
    expect(claimed.some((r) => r.material === 'CASING-60')).toBe(true);
    expect(claimed.filter((r) => r.material === 'MDF-18')).toEqual([]);
  });

  it('receives all of a run or nothing: a material without an item, or an unknown location, refuses the whole receipt', async () => {
    const listed = await get(`/api/v1/stock/remnants/runs/${second.id}`);
    const waiting = listed.remnants.filter((r: any) => !r.received);
    expect(waiting.length).toBeGreaterThan(0);
    const material = waiting[waiting.length - 1].material as string;
    const receipts = async () =>
      (
        await sql.query(`SELECT count(*)::int AS n FROM stock_move WHERE split_run_id = $1 AND type = 'receipt'`, [
          second.id,
        ])
      ).rows[0].n;
    const before = await receipts();
    const unknown = await post(`/api/v1/stock/remnants/runs/${second.id}/receive`, { location: 'NO-SUCH-RACK' });
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([404, 'location']);

    expect(
      (await api.request('PATCH', `/api/v1/items/${material}`, { token: rm.warehouse, body: { active: false } }))
        .status,
    ).toBe(200);
    try {
      const all = await post(`/api/v1/stock/remnants/runs/${second.id}/receive`, { location: 'R-01' });
      expect(all.status).toBe(422);
      expect(all.body).toMatchObject({ code: 'remnant.not_receivable', errors: [{ field: 'splitRun' }] });
      expect(all.body.errors[0].message).toContain(material);
      const label = await post(`/api/v1/stock/remnants/runs/${second.id}/scans`, {
        label: waiting[waiting.length - 1].label,
        location: 'R-01',
      });
      expect([label.status, label.body.errors?.[0]?.field]).toEqual([422, 'splitRun']);
      expect(await receipts()).toBe(before);
    } finally {
      await api.request('PATCH', `/api/v1/items/${material}`, { token: rm.warehouse, body: { active: true } });
    }
    const all = await post(`/api/v1/stock/remnants/runs/${second.id}/receive`, { location: 'R-01' });
    expect(all.status).toBe(200);
    expect(all.body.receivedNow).toBe(waiting.length);
  });

  it('a replayed receipt makes nothing, even when the retry carries other sizes', async () => {
    const scanId = randomUUID();
    const once = await post('/api/v1/stock/remnants', {
      scanId,
      location: 'R-01',
      material: 'CASING-60',
      length: 1234,
    });
    expect([once.status, once.body.remnant.code]).toEqual([201, 'CASING-60-R1234']);
    const again = await post('/api/v1/stock/remnants', {
      scanId,
      location: 'R-01',
      material: 'CASING-60',
      length: 1233,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      replayed: true,
      move: { id: once.body.move.id },
      remnant: { code: 'CASING-60-R1234' },
    });
    const items = await get('/api/v1/items?limit=500');
    expect(items.items.filter((i: any) => i.code === 'CASING-60-R1233')).toEqual([]);
  });

  it('refuses remnants of bad sizes naming the field, and makes 1210 × 440 and 440 × 1210 one item', async () => {
    const receipt = (body: Record<string, unknown>) =>
      post('/api/v1/stock/remnants', { scanId: randomUUID(), location: 'R-01', ...body });
    const before = await remnantStock();
    // the request's shape (400) and the material's stock size (422)
    for (const [body, field, status] of [
      [{ material: 'CASING-60', length: 0 }, 'length', 400],
      [{ material: 'HDF-8', length: 500, width: -5 }, 'width', 400],
      [{ material: 'CASING-60', length: 30_000 }, 'length', 400],
      [{ material: 'CASING-60', length: 2751 }, 'length', 422],
      [{ material: 'HDF-8', length: 2500, width: 1000 }, 'length', 422],
      [{ material: 'HDF-8', length: 1300, width: 1300 }, 'width', 422],
    ] as const) {
      const res = await receipt(body);
      expect([res.status, res.body.errors.map((e: any) => e.field)]).toEqual([status, [field]]);
      if (status === 422) expect(res.body.code).toBe('remnant.larger_than_stock');
    }
    expect(await remnantStock()).toEqual(before);
    const a = await receipt({ material: 'HDF-8', length: 1210, width: 440 });
    const b = await receipt({ material: 'HDF-8', length: 440, width: 1210 });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.remnant.code).toBe('HDF-8-R440x1210');
    expect(b.body.remnant.code).toBe('HDF-8-R440x1210');
    expect((await remnantStock()).get('HDF-8-R440x1210')?.quantity).toBe(
      (before.get('HDF-8-R440x1210')?.quantity ?? 0) + 2,
    );
  });

  it('keeps receiving into a remnant item coded before sizes were normalised (its sides as entered)', async () => {
    const legacy = { code: 'HDF-8-R1000x300', nameZh: '高密度板 余料 1000×300', nameEn: 'HDF remnant 1000×300' };
    await created(
      '/api/v1/items',
      { ...legacy, kind: 'remnant', unit: 'piece', length: 300, width: 1000 },
      rm.warehouse,
    );
    const res = await post('/api/v1/stock/remnants', {
      scanId: randomUUID(),
      material: 'HDF-8',
      length: 300,
      width: 1000,
      location: 'R-01',
    });
    expect(res.status).toBe(201);
    expect(res.body.remnant.code).toBe('HDF-8-R1000x300');
    const items = await get('/api/v1/items?limit=500');
    expect(items.items.filter((i: any) => i.code === 'HDF-8-R300x1000')).toEqual([]);
  });

  it("refuses to receive a run that has not succeeded (409), another factory's run (404) and an unknown label (404)", async () => {
    const foreign = await get(`/api/v1/stock/remnants/runs/${first.id}`, other.warehouse);
    expect(foreign).toMatchObject({ status: 404, errors: [{ field: 'splitRun' }] });
    for (const [path, body] of [
      ['receive', { location: 'R-01' }],
      ['scans', { location: 'R-01', label: 'RM-00000000-1' }],
    ] as const) {
      const res = await post(`/api/v1/stock/remnants/runs/${first.id}/${path}`, body, other.warehouse);
      expect(res.status).toBe(404);
      expect(res.body.errors[0].field).toBe('splitRun');
    }
    const unknown = await post(`/api/v1/stock/remnants/runs/${first.id}/scans`, {
      label: 'RM-00000000-1',
      location: 'R-01',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].field).toBe('label');

    const run = await split(rm, 'RM-9', [makeOrderLine({ quantity: 1 })]);
    await splitFinished(api, rm.planner, run.id);
    const receipts = async () =>
      (await sql.query('SELECT count(*)::int AS n FROM stock_move WHERE split_run_id = $1', [run.id])).rows[0].n;
    for (const status of ['queued', 'failed']) {
      // as if the run were still waiting, or had failed: the run's row and its job's
      await sql.query('UPDATE split_run SET status = $2 WHERE id = $1', [run.id, status]);
      await sql.query('UPDATE job SET status = $2 WHERE id = (SELECT job_id FROM split_run WHERE id = $1)', [
        run.id,
        status,
      ]);
      const all = await post(`/api/v1/stock/remnants/runs/${run.id}/receive`, { location: 'R-01' });
      expect(all.status).toBe(409);
      expect(all.body).toMatchObject({ code: 'remnant.run_not_succeeded', errors: [{ field: 'splitRun' }] });
      const one = await post(`/api/v1/stock/remnants/runs/${run.id}/scans`, {
        label: `RM-${run.id.slice(0, 8)}-1`,
        location: 'R-01',
      });
      expect(one.status).toBe(409);
      expect((await get(`/api/v1/stock/remnants/runs/${run.id}`)).remnants).toEqual([]);
    }
    expect(await receipts()).toBe(0);
  });

  it('two runs started at once with one remnant in stock: exactly one plans it', async () => {
    const received = await post(
      '/api/v1/stock/remnants',
      { scanId: randomUUID(), material: 'CASING-60', length: 1850, location: 'R-01' },
      other.warehouse,
    );
    expect(received.status).toBe(201);
    const [a, b] = await Promise.all([
      split(other, 'RX-1', [makeOrderLine({ quantity: 1 })]),
      split(other, 'RX-2', [makeOrderLine({ quantity: 1 })]),
    ]);
    const runs = await Promise.all([a, b].map((r) => splitFinished(api, other.planner, r.id)));
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    const uses = runs.map((r) => usedOf(r.summary).get('CASING-60-R1850') ?? 0);
    expect(uses.sort()).toEqual([0, 1]);
    expect((await remnantStock(other)).get('CASING-60-R1850')).toMatchObject({
      quantity: 1,
      reserved: 1,
      available: 0,
    });

    // the claims themselves, started together with the piece free again: one run holds it, the other is not offered it
    const port = api.app.get(RemnantStock, { strict: false });
    const factoryId = (await sql.query(`SELECT id FROM factory WHERE code = 'RX'`)).rows[0].id as string;
    const asRX = <T>(work: () => Promise<T>) =>
      api.app.get(TenancyContext).run({ factoryId, username: 'planner' }, work);
    for (const run of [a, b]) await asRX(() => port.settle({ runId: run.id, supersedes: [], used: [] }));
    const offers = await Promise.all(
      [a, b].map((run) =>
        asRX(() =>
          port.claim({ runId: run.id, supersedes: [], materials: [{ code: 'CASING-60', cutKind: 'linear' }] }),
        ),
      ),
    );
    expect(offers.map((o) => o.filter((x) => x.item === 'CASING-60-R1850').length).sort()).toEqual([0, 1]);
  });
});
