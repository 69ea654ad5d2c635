import { migrateDown, migrateUp } from '@mendao/platform';
import { emptyTestDatabase } from '@mendao/platform/testing';
import { packageCode, packageSerial } from '@mendao/splitting';
import { MIGRATIONS } from '.';

const NAME = 'Packing1765400000000';

describe(`${NAME}: package codes`, () => {
  const db = emptyTestDatabase();
  const { url, client } = db;

  beforeAll(() => db.create());

  afterAll(() => db.drop());

  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;
  const rows = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];

  it('recodes the packages of the release before from the instance’s one sequence, in batches, factory by factory in run/order/line/door/k order', async () => {
    const at = MIGRATIONS.findIndex((m) => m.name === NAME);
    expect(at).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, at));
    await client.connect();

    // what the release before wrote: codes ORDERNO-line-door-k
    const factory = async (code: string) =>
      (await one<{ id: string }>(`INSERT INTO factory (code, name) VALUES ($1, $2) RETURNING id`, [code, code])).id;
    const [a, b, empty] = [await factory('PA'), await factory('PB'), await factory('PE')];
    const order = async (f: string, orderNo: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO sales_order (factory_id, order_no, customer, status) VALUES ($1, $2, '客户', 'split') RETURNING id`,
          [f, orderNo],
        )
      ).id;
    const line = async (f: string, orderId: string, lineNo: number, quantity: number) =>
      (
        await one<{ id: string }>(
          `INSERT INTO order_line (factory_id, order_id, line_no, product_code, product_version, width, height,
                                   wall_thickness, swing, finish, quantity)
           VALUES ($1, $2, $3, 'M-1', 1, 900, 2100, 120, '左内开', 'OAK', $4) RETURNING id`,
          [f, orderId, lineNo, quantity],
        )
      ).id;
    const run = async (f: string, orderIds: string[], createdAt: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO split_run (factory_id, order_ids, job_id, status, created_at)
           VALUES ($1, $2, gen_random_uuid(), 'succeeded', $3) RETURNING id`,
          [f, orderIds, createdAt],
        )
      ).id;
    /** doors × n packages of a line, coded as the release before did. */
    const packages = (
      f: string,
      runId: string,
      orderId: string,
      orderNo: string,
      lineNo: number,
      lineId: string,
      doors: number,
      n: number,
    ) =>
      client.query(
        `INSERT INTO door_package (factory_id, split_run_id, order_id, line_id, door_no, k, n, package_group, barcode, contents)
         SELECT $1, $2, $3, $4, door, k, $7, 'leaf', $5 || '-' || $6 || '-' || door || '-' || k, '[]'
           FROM generate_series(1, $8::int) door, generate_series(1, $7::int) k`,
        [f, runId, orderId, lineId, orderNo, lineNo, n, doors],
      );

    // factory A: a later run of one big order (more packages than a recode batch), an earlier run of two orders
    const big = await order(a, 'SO-BIG');
    const bigLine = await line(a, big, 1, 2600);
    const late = await run(a, [big], '2026-03-02T08:00:00Z');
    await packages(a, late, big, 'SO-BIG', 1, bigLine, 2600, 2);
    const zeta = await order(a, 'SO-Z');
    const alpha = await order(a, 'SO-A');
    const [zeta1, alpha2, alpha1] = [await line(a, zeta, 1, 1), await line(a, alpha, 2, 1), await line(a, alpha, 1, 2)];
    const early = await run(a, [zeta, alpha], '2026-03-01T08:00:00Z');
    await packages(a, early, zeta, 'SO-Z', 1, zeta1, 1, 2);
    await packages(a, early, alpha, 'SO-A', 2, alpha2, 1, 1);
    await packages(a, early, alpha, 'SO-A', 1, alpha1, 2, 3);
    // factory B: three packages whose old codes equal some of A's (codes are per factory)
    const bOrder = await order(b, 'SO-A');
    const bLine = await line(b, bOrder, 1, 1);
    await packages(b, await run(b, [bOrder], '2026-03-01T09:00:00Z'), bOrder, 'SO-A', 1, bLine, 1, 3);

    expect(await migrateUp(url, MIGRATIONS)).toEqual(MIGRATIONS.slice(at).map((m) => m.name));

    type Row = { barcode: string; order_no: string; line_no: number; door_no: number; k: number };
    const coded = (f: string) =>
      rows<Row>(
        `SELECT d.barcode, o.order_no, l.line_no, d.door_no, d.k FROM door_package d
           JOIN sales_order o ON o.id = d.order_id JOIN order_line l ON l.id = d.line_id
          WHERE d.factory_id = $1 ORDER BY d.barcode`,
        [f],
      );
    // one sequence for the instance, taken factory by factory (in factory id order): no code names two packages
    const [aFrom, bFrom] = a < b ? [0, 5209] : [3, 0];
    const inA = await coded(a);
    expect(inA).toHaveLength(2 + 1 + 6 + 5200);
    // every code is this release's, with its check digit, numbered with no gap within the factory
    expect(inA.map((r) => r.barcode)).toEqual(inA.map((_, i) => packageCode(aFrom + i + 1)));
    expect(inA.every((r) => packageSerial(r.barcode) !== null)).toBe(true);
    // the earlier run first, its orders by number, lines, doors, k
    expect(inA.slice(0, 9).map((r) => `${r.order_no}/${r.line_no}/${r.door_no}/${r.k}`)).toEqual([
      'SO-A/1/1/1',
      'SO-A/1/1/2',
      'SO-A/1/1/3',
      'SO-A/1/2/1',
      'SO-A/1/2/2',
      'SO-A/1/2/3',
      'SO-A/2/1/1',
      'SO-Z/1/1/1',
      'SO-Z/1/1/2',
    ]);
    expect(inA.slice(9, 12).map((r) => `${r.order_no}/${r.door_no}/${r.k}`)).toEqual([
      'SO-BIG/1/1',
      'SO-BIG/1/2',
      'SO-BIG/2/1',
    ]);
    expect(inA.at(-1)).toMatchObject({ barcode: packageCode(aFrom + 5209), order_no: 'SO-BIG', door_no: 2600, k: 2 });
    const inB = (await coded(b)).map((r) => r.barcode);
    expect(inB).toEqual([1, 2, 3].map((i) => packageCode(bFrom + i)));
    expect(inA.filter((r) => inB.includes(r.barcode))).toEqual([]);

    // the next package of any factory follows the last: the sequence stands at 5212 (none of the empty factory's)
    const next = async () => Number((await one<{ n: string }>(`SELECT nextval('package_serial_seq') AS n`)).n);
    expect(await rows(`SELECT barcode FROM door_package WHERE factory_id = $1`, [empty])).toEqual([]);
    expect(await next()).toBe(5213);

    // down keeps the codes; the release before codes a new split its way; up again keeps the codes there were and
    // recodes the new one after the highest
    const reverted = MIGRATIONS.length - at;
    expect(await migrateDown(url, MIGRATIONS, reverted)).toBe(reverted);
    await packages(b, await run(b, [bOrder], '2026-03-03T09:00:00Z'), bOrder, 'SO-A', 1, bLine, 1, 1);
    await migrateUp(url, MIGRATIONS);
    expect((await coded(a)).map((r) => r.barcode)).toEqual(inA.map((r) => r.barcode));
    expect((await coded(b)).map((r) => r.barcode)).toEqual([...inB, packageCode(5213)]);
    expect(await next()).toBe(5214);
  });
});
