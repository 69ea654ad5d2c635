import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { createTestDatabase, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { OrderFulfilmentService } from './order-fulfilment.service';
import { OrdersService } from './orders.service';
import { asFactory, loadDemoCatalogue, makeOrder, startSplittingContext } from './testing';

describe('OrderFulfilmentService.ordersByKey', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;
  let otherFactoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    factoryId = (await makeFactory(app, 'OF')).id;
    otherFactoryId = (await makeFactory(app, 'OG')).id;
    await loadDemoCatalogue(app, factoryId);
    await loadDemoCatalogue(app, otherFactoryId);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const created = (factory: string, orderNo: string) =>
    asFactory(app, factory, () => app.get(OrdersService).create(makeOrder({ orderNo })));

  it('finds orders by id and by number, leaving out unknown keys and other factories’ orders', async () => {
    const a = await created(factoryId, 'OF-1');
    const b = await created(factoryId, 'OF-2');
    const theirs = await created(otherFactoryId, 'OF-3');
    await created(otherFactoryId, 'OF-1');
    const found = await asFactory(app, factoryId, () =>
      app.get(OrderFulfilmentService).ordersByKey([a.id, 'OF-2', randomUUID(), 'NOPE', theirs.id, 'OF-3']),
    );
    expect(found.map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
    expect(found.find((o) => o.id === b.id)?.orderNo).toBe('OF-2');
  });

  it('compares ids as uuids, so the primary key can answer (never id::text, which reads every order of the factory)', async () => {
    const a = await created(factoryId, 'OF-PLAN');
    const plan = await app.get(DataSource).transaction(async (manager) => {
      const query = jest.spyOn(manager, 'query');
      await asFactory(app, factoryId, () => app.get(OrderFulfilmentService).ordersByKey([a.id, 'OF-2'], manager));
      const [text, values] = query.mock.calls[0] as [string, unknown[]];
      query.mockRestore();
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${text}`, values);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    // a test table is small enough to read whole: the plan shows the predicates, which an index can take or not
    expect(plan).not.toContain('(id)::text');
    expect(plan).toMatch(/\(id = ANY \('\{[0-9a-f-]{36}\}'::uuid\[\]\)\)/);
    expect(plan).toContain("(order_no = ANY ('{OF-2}'::text[]))");
  });
});
