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

/** Split runs as the pick list reads them: a status, and what the run needs. */
const runs = new Map<
  string,
  { status: string; materials: { material: string; cutKind: string; pieces: number; quantity: number }[] }
>();
const splitRuns = {
  requireRun: (id: string, field: string) =>
    runs.has(id) ? Promise.resolve() : Promise.reject(new NotFoundError('split run', id, field)),
  get: (id: string) => Promise.resolve({ id, status: runs.get(id)?.status }),
  materials: (id: string) => Promise.resolve((runs.get(id)?.materials ?? []).map((m) => ({ ...m, stockUsed: 0 }))),
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
  const run = async (status: string) => {
    const id = randomUUID();
    await sql.query(
      `INSERT INTO split_run (id, factory_id, order_ids, job_id, status) VALUES ($1, $2, '{}', gen_random_uuid(), $3)`,
      [id, factoryId, status],
    );
    runs.set(id, { status, materials: [{ material: 'HINGE', cutKind: 'none', pieces: 4, quantity: 4 }] });
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
});
