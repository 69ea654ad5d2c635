import type { INestApplicationContext } from '@nestjs/common';
import { migrateUp } from '@mendao/platform';
import { emptyTestDatabase, testRuntime } from '@mendao/platform/testing';
import { SplitRunProcessor } from './split-run.processor';
import { OrdersService } from './orders.service';
import { ProductsService } from './products.service';
import { SplitRunsService } from './split-runs.service';
import { asFactory, fakeJobContext, startSplittingContext } from './testing';
import { MIGRATIONS } from '../../../migrations';

/** The first migration of the release that brought door series: the data below is what the release before wrote. */
const FIRST_OF_RELEASE = 'VersionedMaterials1764900000000';

/** A door model as the previous release stored it: no inputs, no derived variables, no tables, free-text swing. */
const OLD_MODEL = {
  widthRange: { min: 600, max: 1200 },
  heightRange: { min: 1800, max: 2400 },
  wallThicknessRange: { min: 80, max: 300 },
  parameters: { jambT: 25 },
  components: [
    {
      name: '门边 stile',
      kind: 'stile',
      material: 'LVL-40',
      length: 'H - 36',
      width: '120',
      thickness: '40',
      quantity: '2',
      cutKind: 'linear',
      grain: 'length',
      route: ['cutting', 'pressing', 'packing'],
      packageGroup: 'leaf',
    },
    {
      name: '面板 skin',
      kind: 'skin',
      material: 'HDF-8',
      length: 'H - 36',
      width: 'W - 70',
      thickness: '8',
      quantity: '2',
      cutKind: 'sheet',
      grain: 'free',
      route: ['cutting', 'packing'],
      packageGroup: 'leaf',
    },
    {
      name: '木皮 veneer',
      kind: 'other',
      material: 'VENEER-{finish}',
      length: 'H - 36',
      width: 'W - 70',
      thickness: '0.6',
      quantity: '2',
      cutKind: 'none',
      grain: 'length',
      route: ['veneering'],
      packageGroup: 'leaf',
    },
    {
      name: '竖套线 casing leg',
      kind: 'casing',
      material: 'CASING-60',
      length: 'H - jambT + 60',
      width: '60',
      thickness: '12',
      quantity: '4',
      cutKind: 'linear',
      grain: 'length',
      route: ['cutting', 'packing'],
      packageGroup: 'casing',
    },
  ],
};

describe('SeriesRules1764920000000 on the previous release’s data', () => {
  const db = emptyTestDatabase();
  const { url, client } = db;
  let app: INestApplicationContext | undefined;

  beforeAll(() => db.create());

  afterAll(async () => {
    await app?.close();
    await db.drop();
  });

  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;

  it('keeps old models, orders and split runs readable, and an old order splits again to the same parts', async () => {
    const at = MIGRATIONS.findIndex((m) => m.name === FIRST_OF_RELEASE);
    expect(at).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, at));
    await client.connect();

    // what the previous release wrote
    const { id: factory } = await one<{ id: string }>(
      `INSERT INTO factory (code, name) VALUES ('OLD', 'Old factory') RETURNING id`,
    );
    await client.query(
      `INSERT INTO material (factory_id, code, name_zh, name_en, cut_kind, stock_length, sheet_width, sheet_length, thickness, kerf, trim)
       VALUES ($1, 'LVL-40', 'LVL', 'LVL', 'linear', 2700, NULL, NULL, 40, 4, 5),
              ($1, 'HDF-8', '高密度板', 'HDF', 'sheet', NULL, 1220, 2440, 8, 4, 5),
              ($1, 'CASING-60', '门套线', 'Casing', 'linear', 2750, NULL, NULL, 12, 4, 5)`,
      [factory],
    );
    await client.query(
      `INSERT INTO product (factory_id, code, version, name_zh, name_en, door_type, width_range, height_range,
                            wall_thickness_range, parameters, components)
       VALUES ($1, 'OLD-1', 1, '老门型', 'Old model', 'single', $2, $3, $4, $5, $6)`,
      [
        factory,
        OLD_MODEL.widthRange,
        OLD_MODEL.heightRange,
        OLD_MODEL.wallThicknessRange,
        OLD_MODEL.parameters,
        JSON.stringify(OLD_MODEL.components),
      ],
    );
    const { id: order } = await one<{ id: string }>(
      `INSERT INTO sales_order (factory_id, order_no, customer, status) VALUES ($1, 'SO-OLD-1', '老客户', 'confirmed') RETURNING id`,
      [factory],
    );
    const { id: line1 } = await one<{ id: string }>(
      `INSERT INTO order_line (factory_id, order_id, line_no, product_code, product_version, width, height, wall_thickness, swing, finish, quantity)
       VALUES ($1, $2, 1, 'OLD-1', 1, 900, 2100, 120, '左内开', 'OAK', 2) RETURNING id`,
      [factory, order],
    );
    // free text no handing parser reads: such a line still splits (handing none)
    await client.query(
      `INSERT INTO order_line (factory_id, order_id, line_no, product_code, product_version, width, height, wall_thickness, swing, finish, quantity)
       VALUES ($1, $2, 2, 'OLD-1', 1, 800, 2000, 100, '见图纸', 'WHITE', 1)`,
      [factory, order],
    );
    const { id: oldRun } = await one<{ id: string }>(
      `INSERT INTO split_run (factory_id, order_ids, job_id, status, summary, finished_at)
       VALUES ($1, ARRAY[$2::uuid], gen_random_uuid(), 'succeeded', '{"parts": 1}', now()) RETURNING id`,
      [factory, order],
    );
    await client.query(
      `INSERT INTO split_part (factory_id, split_run_id, seq, ref, order_id, line_id, product_version, component, kind,
                               material, length, width, thickness, per_door, quantity, cut_kind, grain, route, package_group)
       VALUES ($1, $2, 1, 'SO-OLD-1-1-1', $3, $4, 1, '门边 stile', 'stile', 'LVL-40', 2064, 120, 40, 2, 4, 'linear',
               'length', ARRAY['cutting','pressing','packing'], 'leaf')`,
      [factory, oldRun, order, line1],
    );
    await client.query(
      `INSERT INTO door_package (factory_id, split_run_id, order_id, line_id, door_no, k, n, package_group, barcode, contents)
       VALUES ($1, $2, $3, $4, 1, 1, 2, 'leaf', 'SO-OLD-1-1-1-1', '[{"component":"门边 stile","quantity":2}]'),
              ($1, $2, $3, $4, 1, 2, 2, 'casing', 'SO-OLD-1-1-1-2', '[{"component":"竖套线 casing leg","quantity":4}]')`,
      [factory, oldRun, order, line1],
    );
    await client.query(`UPDATE sales_order SET status = 'split', last_split_run_id = $2 WHERE id = $1`, [
      order,
      oldRun,
    ]);

    expect(await migrateUp(url, MIGRATIONS)).toEqual(MIGRATIONS.slice(at).map((m) => m.name));

    app = await startSplittingContext(testRuntime(url));
    const context = app;
    const as = <T>(work: () => Promise<T>) => asFactory(context, factory, work);

    // the old model reads as a model with no inputs, derived variables or tables
    const model = await as(() => context.get(ProductsService).get('OLD-1'));
    expect(model).toMatchObject({ version: 1, inputs: [], derived: [], tables: [], components: OLD_MODEL.components });

    // the old order's lines keep what was written, with no input values
    const old = await as(() => context.get(OrdersService).get(order));
    expect(old.lines.map((l) => [l.swing, l.options])).toEqual([
      ['左内开', {}],
      ['见图纸', {}],
    ]);

    // the old run's results still read; its packages say what the packer puts in, and keep the parts
    const runs = context.get(SplitRunsService);
    const oldParts = await as(() => runs.parts(oldRun, 100));
    expect(oldParts.items).toEqual([
      expect.objectContaining({ component: '门边 stile', length: 2064, handing: null, features: [], endCuts: null }),
    ]);
    const oldPackages = await as(() => runs.packages(oldRun, 100));
    expect(oldPackages.items.map((p) => [p.packageGroup, p.contents, p.parts, p.leafNo])).toEqual([
      [
        'leaf',
        [{ item: '门扇', itemEn: 'door leaf', quantity: 1, unit: '扇' }],
        [{ component: '门边 stile', quantity: 2 }],
        null,
      ],
      [
        'casing',
        [{ item: '门套线', itemEn: 'casing', quantity: 4, unit: '根' }],
        [{ component: '竖套线 casing leg', quantity: 4 }],
        null,
      ],
    ]);

    // and the old order splits again, to the parts its model version gave: the old run's stile, to the mm
    const run = await as(() => runs.create([order]));
    await as(() => context.get(SplitRunProcessor).run({ splitRunId: run.id }, fakeJobContext(factory)));
    // the run row, not the job's (no queue consumes it here)
    expect(await one(`SELECT status, error FROM split_run WHERE id = $1`, [run.id])).toEqual({
      status: 'succeeded',
      error: null,
    });
    const parts = (await as(() => runs.parts(run.id, 100))).items;
    const stile = parts.find((p) => p.ref.startsWith('SO-OLD-1-1-') && p.component === '门边 stile');
    expect(stile).toMatchObject({ length: 2064, width: 120, quantity: 4, material: 'LVL-40', handing: 'left-in' });
    expect(parts.find((p) => p.ref.startsWith('SO-OLD-1-2-') && p.component === '木皮 veneer')).toMatchObject({
      material: 'VENEER-WHITE',
      length: 1964,
      width: 730,
      handing: null,
    });
  });
});
