import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, NotFoundError } from '@mendao/platform';
import { createTestDatabase, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { OrdersService } from './orders.service';
import { asFactory, loadDemoCatalogue, makeOrder, makeOrderLine, startSplittingContext } from './testing';

describe(OrdersService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    a = (await makeFactory(app, 'OA')).id;
    b = (await makeFactory(app, 'OB')).id;
    await loadDemoCatalogue(app, a);
    await loadDemoCatalogue(app, b);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const orders = () => app.get(OrdersService);
  const inA = <T>(work: (s: OrdersService) => Promise<T>) => asFactory(app, a, () => work(orders()));
  const row = (id: string) =>
    app
      .get(DataSource)
      .query('SELECT status, customer, split_stale, updated_at FROM sales_order WHERE id = $1', [id])
      .then((rows: unknown[]) => rows[0]);
  const setStatus = (id: string, status: string) =>
    app.get(DataSource).query('UPDATE sales_order SET status = $2 WHERE id = $1', [id, status]);

  it('creates a draft order with its lines numbered from 1 and the product version they were entered with', async () => {
    const order = await inA((s) =>
      s.create(
        makeOrder({
          lines: [makeOrderLine(), makeOrderLine({ swing: '无', options: { doorType: 'cased_opening' }, quantity: 2 })],
        }),
      ),
    );
    expect(order).toMatchObject({ status: 'draft', splitStale: false, lastSplitRunId: null });
    expect(order.lines.map((l) => [l.lineNo, l.productCode, l.productVersion, l.quantity])).toEqual([
      [1, 'PD-LVL01', 1, 1],
      [2, 'PD-LVL01', 1, 2],
    ]);
  });

  it('rejects lines outside the process range, naming each field in the one path format; stores nothing', async () => {
    const body = makeOrder({
      lines: [makeOrderLine(), makeOrderLine({ width: 5000 }), makeOrderLine({ productCode: 'NOPE' })],
    });
    const refused = inA((s) => s.create(body));
    await expect(refused).rejects.toMatchObject({
      code: 'order.lines_rejected',
      params: { problems: 2, field: 'lines[1].width' },
      errors: [{ field: 'lines[1].width' }, { field: 'lines[2].productCode' }],
    });
    await expect(inA((s) => s.get(body.orderNo))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('edits header and lines of a draft; an edit of a split order marks its split stale', async () => {
    const draft = await inA((s) => s.create(makeOrder()));
    const edited = await inA((s) =>
      s.update(draft.id, { customer: '新客户', lines: [makeOrderLine({ quantity: 3 })] }),
    );
    expect(edited).toMatchObject({ customer: '新客户', status: 'draft', splitStale: false });
    expect(edited.lines.map((l) => l.quantity)).toEqual([3]);

    await setStatus(draft.id, 'split');
    const stale = await inA((s) => s.update(draft.id, { lines: [makeOrderLine({ quantity: 4 })] }));
    expect(stale).toMatchObject({ status: 'split', splitStale: true });
  });

  it('confirms a draft and cancels a confirmed order, by id or by order number', async () => {
    const order = await inA((s) => s.create(makeOrder()));
    expect((await inA((s) => s.confirm(order.orderNo))).status).toBe('confirmed');
    expect((await inA((s) => s.cancel(order.id))).status).toBe('cancelled');
  });

  const refusals: [string, string, string, (s: OrdersService, id: string) => Promise<unknown>][] = [
    ['confirmed', 'confirm', 'order.already_confirmed', (s, id) => s.confirm(id)],
    ['cancelled', 'confirm', 'order.not_confirmable', (s, id) => s.confirm(id)],
    ['cancelled', 'cancel', 'order.already_cancelled', (s, id) => s.cancel(id)],
    ['shipped', 'cancel', 'order.not_cancellable', (s, id) => s.cancel(id)],
    ['cancelled', 'edit', 'order.not_editable', (s, id) => s.update(id, { customer: 'x' })],
    ['packed', 'edit', 'order.not_editable', (s, id) => s.update(id, { lines: [makeOrderLine()] })],
  ];

  it.each(refusals)('a %s order refuses to %s with %s and stays as it was', async (status, action, code, call) => {
    const order = await inA((s) => s.create(makeOrder()));
    await setStatus(order.id, status);
    const before = { row: await row(order.id), order: await inA((s) => s.get(order.id)) };
    const refused = inA((s) => call(s, order.id));
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code, params: { status, action } });
    expect({ row: await row(order.id), order: await inA((s) => s.get(order.id)) }).toEqual(before);
  });

  it('confirms an order once when two confirmations race: the other gets order.already_confirmed', async () => {
    const order = await inA((s) => s.create(makeOrder()));
    const results = await Promise.allSettled([inA((s) => s.confirm(order.id)), inA((s) => s.confirm(order.id))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'order.already_confirmed' },
    });
  });

  it("keeps factories apart: another factory's order is not found, and its order numbers are its own", async () => {
    const mine = await inA((s) => s.create(makeOrder()));
    const other = (work: (s: OrdersService) => Promise<unknown>) => asFactory(app, b, () => work(orders()));
    await expect(other((s) => s.get(mine.id))).rejects.toMatchObject({ code: 'resource.not_found' });
    await expect(other((s) => s.confirm(mine.id))).rejects.toMatchObject({ code: 'resource.not_found' });
    await expect(other((s) => s.update(mine.orderNo, { customer: 'x' }))).rejects.toMatchObject({
      code: 'resource.not_found',
    });
    await expect(other((s) => s.create(makeOrder({ orderNo: mine.orderNo })))).resolves.toMatchObject({
      orderNo: mine.orderNo,
    });
    expect(await row(mine.id)).toMatchObject({ status: 'draft', customer: '测试客户' });
  });
});
