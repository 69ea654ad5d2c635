import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { CountsService } from './counts.service';
import { MasterDataService } from './master-data.service';
import { StockService } from './stock.service';
import { makeCountScan, makeItem, makeLocation, makeMove } from './testing/builders';
import { startWarehouseContext, warehouseFactory } from './testing/warehouse-context';

describe(CountsService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let as: Awaited<ReturnType<typeof warehouseFactory>>['as'];
  let counts: CountsService;
  let stock: StockService;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startWarehouseContext(testRuntime(db.url));
    ({ as } = await warehouseFactory(app, 'CT'));
    counts = app.get(CountsService);
    stock = app.get(StockService);
    const masterData = app.get(MasterDataService);
    await as(async () => {
      await masterData.createItem(makeItem({ code: 'HDF-8', standardCost: 65 }));
      await masterData.createItem(makeItem({ code: 'HINGE', kind: 'hardware', unit: 'set', standardCost: 18 }));
      await masterData.createItem(makeItem({ code: 'LATCH', kind: 'hardware', unit: 'set', standardCost: 4 }));
      for (const code of ['A-01', 'A-02', 'B-01', 'C-01', 'D-01', 'E-01', 'F-01'])
        await masterData.createLocation(makeLocation({ code }));
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const balance = async (item: string, location: string) => {
    const rows: { quantity: string }[] = await app.get(DataSource).query(
      `SELECT b.quantity FROM stock_balance b JOIN item i ON i.id = b.item_id JOIN location l ON l.id = b.location_id
        WHERE i.code = $1 AND l.code = $2`,
      [item, location],
    );
    return rows.length ? Number(rows[0].quantity) : 0;
  };

  it('opens, takes blind scans, and closes with an adjustment for every difference, valued', async () => {
    await as(() => stock.move(makeMove({ item: 'HDF-8', quantity: 10, to: 'A-01' })));
    const count = await as(() => counts.open({ location: 'A-01' }));
    expect(count).toMatchObject({ status: 'open', location: 'A-01', counted: [] });
    const scanned = await as(() => counts.scan(count.id, makeCountScan({ item: 'HDF-8', quantity: 8 })));
    expect(scanned).toEqual({ replayed: false, counted: { location: 'A-01', item: 'HDF-8', lot: '', quantity: 8 } });
    await as(() => counts.scan(count.id, makeCountScan({ item: 'HINGE', quantity: 3 })));
    const closed = await as(() => counts.close(count.id));
    expect(closed.status).toBe('completed_with_discrepancies');
    expect(closed.report?.totals).toEqual({ gain: 3, loss: 2, net: 1, value: -76 });
    expect(await balance('HDF-8', 'A-01')).toBe(8);
    expect(await balance('HINGE', 'A-01')).toBe(3);
  });

  it('closes without differences as completed, and adjusts nothing', async () => {
    const count = await as(() => counts.open({ location: 'A-01', item: 'HINGE' }));
    await as(() => counts.scan(count.id, makeCountScan({ item: 'HINGE', quantity: 3 })));
    expect((await as(() => counts.close(count.id))).status).toBe('completed');
    expect(await balance('HINGE', 'A-01')).toBe(3);
  });

  it('refuses overlapping counts, scans outside the count, and anything after the close, each by its rule', async () => {
    const count = await as(() => counts.open({ location: 'B-01' }));
    await expect(as(() => counts.open({ item: 'HDF-8' }))).rejects.toMatchObject({
      code: 'count.overlaps_open_count',
      params: { count: count.id },
    });
    await expect(
      as(() => counts.scan(count.id, makeCountScan({ item: 'HDF-8', location: 'A-02' }))),
    ).rejects.toMatchObject({ code: 'count.location_not_counted' });
    await as(() => counts.close(count.id));
    await expect(as(() => counts.scan(count.id, makeCountScan({ item: 'HDF-8' })))).rejects.toMatchObject({
      code: 'count.closed',
      params: { status: 'completed', event: 'scan' },
    });
    await expect(as(() => counts.close(count.id))).rejects.toMatchObject({ code: 'count.closed' });
  });

  it('compares each stock with its book at its first scan: a receipt after the scan is kept, not written off', async () => {
    await as(() => stock.move(makeMove({ item: 'HDF-8', quantity: 5, to: 'A-02' })));
    const count = await as(() => counts.open({ location: 'A-02' }));
    await as(() => counts.scan(count.id, makeCountScan({ item: 'HDF-8', quantity: 5 })));
    await as(() => stock.move(makeMove({ item: 'HDF-8', quantity: 6, to: 'A-02' })));
    const closed = await as(() => counts.close(count.id));
    expect(closed.status).toBe('completed');
    expect(await balance('HDF-8', 'A-02')).toBe(11);
  });

  it('keeps stock scanned at a location deactivated during the count: counted once, not added again', async () => {
    const masterData = app.get(MasterDataService);
    await as(() => stock.move(makeMove({ item: 'LATCH', quantity: 10, to: 'C-01' })));
    const count = await as(() => counts.open({ item: 'LATCH' }));
    await as(() => counts.scan(count.id, makeCountScan({ item: 'LATCH', location: 'C-01', quantity: 10 })));
    await expect(as(() => masterData.updateLocation('C-01', { active: false }))).rejects.toMatchObject({
      code: 'location.under_count',
      params: { location: 'C-01', count: count.id },
    });
    await expect(as(() => masterData.updateItem('LATCH', { active: false }))).rejects.toMatchObject({
      code: 'item.under_count',
      params: { item: 'LATCH', count: count.id },
    });
    // deactivated all the same (as before the refusal, or behind the api's back): the scan still counts once
    await app.get(DataSource).query(`UPDATE location SET active = false WHERE code = 'C-01'`);
    const closed = await as(() => counts.close(count.id));
    expect(closed.status).toBe('completed');
    expect(closed.report?.totals).toMatchObject({ gain: 0, loss: 0 });
    expect(await balance('LATCH', 'C-01')).toBe(10);
  });

  it('reads and reactivates an inactive location and item, whose stock can then be counted', async () => {
    const masterData = app.get(MasterDataService);
    await as(() => stock.move(makeMove({ item: 'LATCH', quantity: 4, to: 'D-01' })));
    await as(() => masterData.updateLocation('D-01', { active: false }));
    await as(() => masterData.updateItem('LATCH', { active: false }));
    expect(await as(() => masterData.getLocation('D-01'))).toMatchObject({ code: 'D-01', active: false });
    expect(await as(() => masterData.getItem('LATCH'))).toMatchObject({ code: 'LATCH', active: false });
    await expect(as(() => counts.open({ location: 'D-01' }))).rejects.toMatchObject({ code: 'location.inactive' });
    expect(await as(() => masterData.updateItem('LATCH', { active: true }))).toMatchObject({ active: true });
    expect(await as(() => masterData.updateLocation('D-01', { active: true }))).toMatchObject({ active: true });
    const count = await as(() => counts.open({ location: 'D-01' }));
    await as(() => counts.scan(count.id, makeCountScan({ item: 'LATCH', quantity: 3 })));
    const closed = await as(() => counts.close(count.id));
    expect(closed.report?.totals).toMatchObject({ loss: 1 });
    expect(await balance('LATCH', 'D-01')).toBe(3);
  });

  it('compares stock never scanned with its book when the count opened: a receipt during the count is kept', async () => {
    await as(() => stock.move(makeMove({ item: 'HDF-8', quantity: 2, to: 'E-01' })));
    await as(() => stock.move(makeMove({ item: 'HINGE', quantity: 7, to: 'E-01' })));
    const count = await as(() => counts.open({ location: 'E-01' })); // 09:00
    await as(() => counts.scan(count.id, makeCountScan({ item: 'HDF-8', quantity: 2 }))); // 09:05: no hinges found
    await as(() => stock.move(makeMove({ item: 'HINGE', quantity: 50, to: 'E-01' }))); // 09:30
    const closed = await as(() => counts.close(count.id));
    // the 7 on the books at 09:00 were not found; the 50 received since are not written off
    expect(closed.report?.totals).toMatchObject({ gain: 0, loss: 7 });
    expect(closed.report?.lines).toHaveLength(2);
    expect(closed.report?.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ item: 'HDF-8', expected: 2, counted: 2, difference: 0 }),
        expect.objectContaining({ item: 'HINGE', expected: 7, counted: 0, difference: -7 }),
      ]),
    );
    expect(await balance('HINGE', 'E-01')).toBe(50);
  });

  it('ends with discrepancies when a difference could not be adjusted (a loss capped at the book at close)', async () => {
    await as(() => stock.move(makeMove({ item: 'HINGE', quantity: 5, to: 'F-01' })));
    const count = await as(() => counts.open({ location: 'F-01' }));
    await as(() => counts.scan(count.id, makeCountScan({ item: 'HINGE', quantity: 2 }))); // 3 short
    await as(() => stock.move(makeMove({ type: 'transfer', item: 'HINGE', quantity: 5, from: 'F-01', to: 'A-02' })));
    const closed = await as(() => counts.close(count.id));
    expect(closed.report?.lines).toEqual([expect.objectContaining({ item: 'HINGE', difference: -3 })]);
    expect(closed.report?.adjustments).toBe(0);
    expect(closed.status).toBe('completed_with_discrepancies');
    expect(await balance('HINGE', 'F-01')).toBe(0);
  });
});
