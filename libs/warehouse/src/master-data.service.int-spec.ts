import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, eventually, ManualClock, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { MasterDataService } from './master-data.service';
import { makeItem } from './testing/builders';
import { startWarehouseContext, warehouseFactory } from './testing/warehouse-context';

describe(MasterDataService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let clock: ManualClock;
  let as: Awaited<ReturnType<typeof warehouseFactory>>['as'];
  let masterData: MasterDataService;

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new ManualClock();
    app = await startWarehouseContext(testRuntime(db.url), clock);
    ({ as } = await warehouseFactory(app, 'MD'));
    masterData = app.get(MasterDataService);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const resolve = (code: string) => as(() => masterData.resolve([{ kind: 'item', key: code, field: 'item' }]));
  /** Deactivated behind this instance's back, as another api instance would. */
  const deactivateElsewhere = (code: string) =>
    app.get(DataSource).query(`UPDATE item SET active = false WHERE code = $1`, [code]);

  it('answers a scanned key from its cache for 5 s, then looks it up again', async () => {
    await as(() => masterData.createItem(makeItem({ code: 'CACHE-5S' })));
    await resolve('CACHE-5S');
    await deactivateElsewhere('CACHE-5S');
    clock.advance(3_900);
    await expect(resolve('CACHE-5S')).resolves.toHaveLength(1); // still cached, not yet due for a refresh
    clock.advance(1_100);
    await expect(resolve('CACHE-5S')).rejects.toMatchObject({ code: 'item.inactive' });
  });

  it('looks a key in use up again in the background in the last second of its 5 s, before it runs out', async () => {
    await as(() => masterData.createItem(makeItem({ code: 'CACHE-AHEAD' })));
    await resolve('CACHE-AHEAD');
    await deactivateElsewhere('CACHE-AHEAD');
    clock.advance(4_100);
    // answered from the cache, and refreshed behind it: the next scans see the change, with no time passing
    await expect(resolve('CACHE-AHEAD')).resolves.toHaveLength(1);
    const refused = await eventually(
      () =>
        resolve('CACHE-AHEAD').then(
          () => undefined,
          (error: unknown) => error,
        ),
      { what: 'the refreshed key refused' },
    );
    expect(refused).toMatchObject({ code: 'item.inactive' });
  });

  it('forgets every cached key at once when master data changes through this instance', async () => {
    await as(() => masterData.createItem(makeItem({ code: 'CACHE-LOCAL' })));
    await resolve('CACHE-LOCAL');
    await as(() => masterData.updateItem('CACHE-LOCAL', { active: false }));
    await expect(resolve('CACHE-LOCAL')).rejects.toMatchObject({ code: 'item.inactive' });
  });
});
