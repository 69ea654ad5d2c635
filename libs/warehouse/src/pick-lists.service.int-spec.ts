import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { NotFoundError } from '@mendao/platform';
import { SplitRunsService } from '@mendao/splitting';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { MasterDataService } from './master-data.service';
import { PickListsService } from './pick-lists.service';
import { StockService } from './stock.service';
import { makeItem, makeLocation, makeMove } from './testing/builders';
import { startWarehouseContext, warehouseFactory } from './testing/warehouse-context';

interface RunMaterial {
  material: string;
  cutKind: string;
  unit: string;
  pieces: number;
  quantity: number;
  stockUsed?: number;
}
/** Split runs as the pick list reads them: a status, what the run needs, and the bars its plans cut. */
const runs = new Map<
  string,
  { status: string; materials: RunMaterial[]; bars?: { material: string; stockLength: number }[] }
>();
const splitRuns = {
  requireRun: (id: string, field: string) =>
    runs.has(id) ? Promise.resolve(id) : Promise.reject(new NotFoundError('split run', id, field)),
  get: (id: string) => Promise.resolve({ id, status: runs.get(id)?.status }),
  materials: (id: string) => Promise.resolve((runs.get(id)?.materials ?? []).map((m) => ({ stockUsed: 0, ...m }))),
  cutPlans: (id: string) =>
    Promise.resolve(
      (runs.get(id)?.bars ?? []).map((b, n) => ({
        n,
        material: b.material,
        kind: 'linear',
        plan: { bars: [{ stockLength: b.stockLength }] },
      })),
    ),
};

describe(PickListsService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let as: Awaited<ReturnType<typeof warehouseFactory>>['as'];
  let factoryId: string;
  let sql: Client;
  let pickLists: PickListsService;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startWarehouseContext(testRuntime(db.url), undefined, (builder) =>
      builder.overrideProvider(SplitRunsService).useValue(splitRuns),
    );
    ({ as, factoryId } = await warehouseFactory(app, 'PL'));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    pickLists = app.get(PickListsService);
    const masterData = app.get(MasterDataService);
    await as(async () => {
      await masterData.createItem(makeItem({ code: 'HINGE', kind: 'hardware', unit: 'set' }));
      await masterData.createLocation(makeLocation({ code: 'A-01' }));
      await app.get(StockService).move(makeMove({ item: 'HINGE', quantity: 10, to: 'A-01' }));
    });
  });

  afterAll(async () => {
    await sql?.end();
    await app?.close();
    await db?.drop();
  });

  // the run's row too: a pick list's split run is a key into split_run (factory_id, id)
  const run = async (
    status: string,
    materials: RunMaterial[] = [{ material: 'HINGE', cutKind: 'none', unit: 'set', pieces: 4, quantity: 4 }],
    bars: { material: string; stockLength: number }[] = [],
  ) => {
    const id = randomUUID();
    await sql.query(
      `INSERT INTO split_run (id, factory_id, order_ids, job_id, status) VALUES ($1, $2, '{}', gen_random_uuid(), $3)`,
      [id, factoryId, status],
    );
    runs.set(id, { status, materials, bars });
    return id;
  };

  it('makes one pick list per split run: a second, even at the same time, is refused naming the first', async () => {
    const id = await run('succeeded');
    const made = await Promise.allSettled([as(() => pickLists.create(id)), as(() => pickLists.create(id))]);
    const first = made.find((m) => m.status === 'fulfilled');
    const second = made.find((m) => m.status === 'rejected');
    expect(first?.value.lines).toEqual([expect.objectContaining({ item: 'HINGE', location: 'A-01', quantity: 4 })]);
    expect(second?.reason).toMatchObject({
      code: 'pick_list.already_exists',
      params: { splitRun: id, pickList: first?.value.id },
    });
    await expect(as(() => pickLists.create(id))).rejects.toMatchObject({ code: 'pick_list.already_exists' });
  });

  it.each(['queued', 'running', 'failed'])(
    'refuses a pick list for a %s run (it would be empty and complete)',
    async (status) => {
      const id = await run(status);
      await expect(as(() => pickLists.create(id))).rejects.toMatchObject({
        code: 'pick_list.run_not_succeeded',
        params: { splitRun: id, status },
      });
    },
  );

  it('refuses a pick list for a run that is not of this factory: 404 on splitRun, and nothing made', async () => {
    const before = Number((await sql.query(`SELECT count(*) FROM pick_list`)).rows[0].count);
    await expect(as(() => pickLists.create(randomUUID()))).rejects.toMatchObject({
      code: 'resource.not_found',
      errors: [expect.objectContaining({ field: 'splitRun' })],
    });
    expect(Number((await sql.query(`SELECT count(*) FROM pick_list`)).rows[0].count)).toBe(before);
  });

  describe('units, over-issues and fractions', () => {
    let listId: string;
    const stock = () => app.get(StockService);
    const balance = async (item: string) =>
      Number(
        (
          await sql.query(
            `SELECT coalesce(sum(b.quantity), 0) AS q FROM stock_balance b JOIN item i ON i.id = b.item_id
              WHERE i.factory_id = $1 AND i.code = $2`,
            [factoryId, item],
          )
        ).rows[0].q,
      );

    beforeAll(async () => {
      const masterData = app.get(MasterDataService);
      await as(async () => {
        await masterData.createItem(makeItem({ code: 'VENEER', kind: 'veneer', unit: 'm2' }));
        await masterData.createItem(makeItem({ code: 'EDGE', kind: 'consumable', unit: 'piece', length: 50_000 }));
        await masterData.createItem(makeItem({ code: 'CASING', kind: 'moulding', unit: 'm' }));
        await masterData.createItem(makeItem({ code: 'PAINT', kind: 'consumable', unit: 'kg' }));
        for (const [item, quantity] of [
          ['VENEER', 100],
          ['EDGE', 10],
          ['CASING', 50],
        ] as const)
          await stock().move(makeMove({ item, quantity, to: 'A-01' }));
      });
    });

    it('carries each material in its item’s unit (m² of veneer, rolls of edge band rounded up, metres of bar) and keeps what does not convert with the list', async () => {
      const id = await run(
        'succeeded',
        [
          // the veneer of issue 15: 10 pieces of veneer, 16.558 m² — the list asks for the m²
          { material: 'VENEER', cutKind: 'none', unit: 'm2', pieces: 10, quantity: 16.558 },
          { material: 'EDGE', cutKind: 'none', unit: 'm', pieces: 40, quantity: 128.93 },
          { material: 'CASING', cutKind: 'linear', unit: 'm', pieces: 6, quantity: 4.9, stockUsed: 2 },
          { material: 'PAINT', cutKind: 'none', unit: 'l', pieces: 0, quantity: 4 },
          { material: 'NOPE', cutKind: 'none', unit: 'pcs', pieces: 2, quantity: 2 },
        ],
        [
          { material: 'CASING', stockLength: 2750 },
          { material: 'CASING', stockLength: 2750 },
        ],
      );
      const list = await as(() => pickLists.create(id));
      listId = list.id;
      expect(list.lines.map((l) => [l.item, l.unit, l.quantity]).sort()).toEqual([
        ['CASING', 'm', 5.5],
        ['EDGE', 'piece', 3],
        ['VENEER', 'm2', 16.558],
      ]);
      const again = await as(() => pickLists.get(list.id));
      for (const view of [list, again]) {
        expect(view.unmatched).toEqual(['NOPE']);
        expect(view.unlisted).toEqual([
          expect.objectContaining({
            material: 'PAINT',
            unit: 'l',
            quantity: 4,
            reason: 'unit_mismatch',
            itemUnit: 'kg',
          }),
          expect.objectContaining({ material: 'NOPE', reason: 'no_item', itemUnit: null }),
        ]);
      }
    });

    it('refuses an issue beyond the need with the remaining quantity, and changes nothing', async () => {
      await expect(
        as(() =>
          stock().move(
            makeMove({ type: 'issue', item: 'VENEER', quantity: 20, from: 'A-01', to: undefined, pickList: listId }),
          ),
        ),
      ).rejects.toMatchObject({
        code: 'pick_list.beyond_need',
        params: { remaining: 16.558, requested: 20 },
        errors: [expect.objectContaining({ field: 'quantity' })],
      });
      expect(await balance('VENEER')).toBe(100);
    });

    it('refuses an over-issue reason of fewer than 2 characters (422 on overIssueReason), and one without a pick list', async () => {
      const over = { type: 'issue' as const, item: 'VENEER', quantity: 20, from: 'A-01', to: undefined };
      await expect(
        as(() => stock().move(makeMove({ ...over, pickList: listId, overIssueReason: ' x ' }))),
      ).rejects.toMatchObject({
        code: 'pick_list.over_issue_reason',
        errors: [expect.objectContaining({ field: 'overIssueReason' })],
      });
      await expect(as(() => stock().move(makeMove({ ...over, overIssueReason: '板材破损' })))).rejects.toMatchObject({
        code: 'stock.over_issue_needs_pick_list',
        errors: [expect.objectContaining({ field: 'overIssueReason' })],
      });
      expect(await balance('VENEER')).toBe(100);
    });

    it('allows an over-issue with a reason: the ledger row says why and how much beyond, the line counts it', async () => {
      const answer = await as(() =>
        stock().move(
          makeMove({
            type: 'issue',
            item: 'VENEER',
            quantity: 20,
            from: 'A-01',
            to: undefined,
            pickList: listId,
            overIssueReason: ' 木皮开裂 veneer split ',
          }),
        ),
      );
      expect(answer.move).toMatchObject({ quantity: 20, overIssueReason: '木皮开裂 veneer split', overIssued: 3.442 });
      expect(await balance('VENEER')).toBe(80);
      const line = (await as(() => pickLists.get(listId))).lines.find((l) => l.item === 'VENEER');
      expect(line).toMatchObject({ quantity: 16.558, picked: 16.558, remaining: 0, overPicked: 3.442 });
      const ledger = await as(() => stock().moves({ item: 'VENEER', type: 'issue' }));
      expect(ledger.items[0]).toMatchObject({ overIssueReason: '木皮开裂 veneer split', overIssued: 3.442 });
      // within the need, a reason is no over-issue and is not recorded as one
      const within = await as(() =>
        stock().move(
          makeMove({
            type: 'issue',
            item: 'EDGE',
            quantity: 1,
            from: 'A-01',
            to: undefined,
            pickList: listId,
            overIssueReason: '备用',
          }),
        ),
      );
      expect(within.move).toMatchObject({ overIssueReason: null, overIssued: null });
    });

    it('says a fraction is wrong before it says the pick list needs less (422, not 409)', async () => {
      await expect(
        as(() =>
          stock().move(
            makeMove({ type: 'issue', item: 'EDGE', quantity: 9.5, from: 'A-01', to: undefined, pickList: listId }),
          ),
        ),
      ).rejects.toMatchObject({ code: 'stock.fractional_quantity' });
    });

    it.each([
      ['receipt', { type: 'receipt' as const, to: 'A-01' }],
      ['issue', { type: 'issue' as const, from: 'A-01', to: undefined }],
      ['issue against the pick list', { type: 'issue' as const, from: 'A-01', to: undefined, pickList: 'list' }],
      ['adjustment', { type: 'adjustment' as const, from: 'A-01', to: undefined, reason: '盘亏' }],
    ])('refuses a fraction of an item counted whole: %s (422 on quantity), and changes nothing', async (_, move) => {
      const body = makeMove({ item: 'EDGE', quantity: 1.5, ...move });
      if (body.pickList) body.pickList = listId;
      await expect(as(() => stock().move(body))).rejects.toMatchObject({
        code: 'stock.fractional_quantity',
        params: { item: 'EDGE', unit: 'piece', quantity: 1.5 },
        errors: [expect.objectContaining({ field: 'quantity' })],
      });
      expect(await balance('EDGE')).toBe(9);
      // metres may be fractions
      await expect(
        as(() => stock().move(makeMove({ item: 'CASING', quantity: 0.25, to: 'A-01' }))),
      ).resolves.toBeDefined();
    });
  });
});
