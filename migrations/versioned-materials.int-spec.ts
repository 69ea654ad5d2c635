import { migrateDown, migrateUp } from '@mendao/platform';
import { emptyTestDatabase, testRuntime } from '@mendao/platform/testing';
import { MaterialsService, SplitRunsService } from '@mendao/splitting';
import { asFactory, startSplittingContext } from '@mendao/splitting/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { MIGRATIONS } from '.';

const NAME = 'VersionedMaterials1764900000000';

describe(NAME, () => {
  const db = emptyTestDatabase();
  const { url, client } = db;
  let app: INestApplicationContext | undefined;

  beforeAll(() => db.create());

  afterAll(async () => {
    await app?.close();
    await db.drop();
  });

  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;

  it('serves materials and split results written by the previous release, adds versions, and goes down', async () => {
    const at = MIGRATIONS.findIndex((m) => m.name === NAME);
    expect(at).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, at));
    await client.connect();
    const { id: factory } = await one<{ id: string }>(
      `INSERT INTO factory (code, name) VALUES ('VM', 'VM') RETURNING id`,
    );
    // what the api stored before this release: one row per code, one stock size in columns
    const material = `INSERT INTO material (factory_id, code, name_zh, name_en, cut_kind, stock_length, sheet_width,
                        sheet_length, thickness, kerf, trim) VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, 4, 5)`;
    await client.query(material, [factory, 'LVL-40', 'LVL', 'linear', 2700, null, null, 40]);
    await client.query(material, [factory, 'HDF-8', '高密度板', 'sheet', null, 1220, 2440, 8]);
    await client.query(material, [factory, 'VENEER-OAK', '橡木皮', 'none', null, null, null, null]);
    const { id: run } = await one<{ id: string }>(
      `INSERT INTO split_run (factory_id, order_ids, job_id, status, summary)
         VALUES ($1, '{}', gen_random_uuid(), 'succeeded', '{"parts": 12}') RETURNING id`,
      [factory],
    );
    const requirement = `INSERT INTO split_material (factory_id, split_run_id, material, cut_kind, pieces, total_length,
                           total_area, stock_used, yield) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
    await client.query(requirement, [factory, run, 'LVL-40', 'linear', 8, 12345.6, 0, 5, 0.91]);
    await client.query(requirement, [factory, run, 'HDF-8', 'sheet', 4, 0, 6_561_234, 2, 0.88]);
    await client.query(requirement, [factory, run, 'VENEER-OAK', 'none', 6, 0, 0, 0, null]);
    const bars = { bars: [], totals: { bars: 5 }, lowerBound: 5, elapsedMs: 1 };
    await client.query(
      `INSERT INTO split_cut_plan (factory_id, split_run_id, n, material, kind, plan) VALUES ($1, $2, 1, 'LVL-40', 'linear', $3)`,
      [factory, run, JSON.stringify(bars)],
    );

    expect(await migrateUp(url, MIGRATIONS)).toEqual(MIGRATIONS.slice(at).map((m) => m.name));

    app = await startSplittingContext(testRuntime(url));
    const materials = app.get(MaterialsService);
    const runs = app.get(SplitRunsService);
    const as = <T>(work: () => Promise<T>) => asFactory(app as INestApplicationContext, factory, work);
    expect(await as(() => materials.list())).toEqual([
      expect.objectContaining({
        code: 'HDF-8',
        version: 1,
        unit: 'm2',
        profile: null,
        stockSizes: [{ length: 2440, width: 1220 }],
        sheetWidth: 1220,
        sheetLength: 2440,
      }),
      // a bar of the old kind carried every width: it is ripped
      expect.objectContaining({
        code: 'LVL-40',
        version: 1,
        unit: 'm',
        profile: 'rip',
        width: null,
        thickness: 40,
        stockSizes: [{ length: 2700 }],
        stockLength: 2700,
      }),
      expect.objectContaining({ code: 'VENEER-OAK', version: 1, unit: 'pcs', stockSizes: [], thickness: null }),
    ]);
    expect((await as(() => materials.specs())).get('LVL-40')).toMatchObject({
      version: 1,
      stockSizes: [{ length: 2700 }],
    });
    expect(await as(() => runs.materials(run))).toEqual([
      expect.objectContaining({ material: 'HDF-8', unit: 'm2', quantity: 6.561, version: null, stockUsed: 2 }),
      expect.objectContaining({ material: 'LVL-40', unit: 'm', quantity: 12.346, version: null, pieces: 8 }),
      expect.objectContaining({ material: 'VENEER-OAK', unit: 'pcs', quantity: 6, version: null }),
    ]);
    expect(await as(() => runs.cutPlans(run))).toEqual([
      { n: 1, material: 'LVL-40', kind: 'linear', ripWidth: null, thickness: null, plan: bars },
    ]);

    // the old row is version 1 of its code: a change adds version 2 beside it
    const changed = await as(() => materials.patch('LVL-40', { stockSizes: [{ length: 2700 }, { length: 3000 }] }));
    expect(changed).toMatchObject({ version: 2, stockLength: 2700, profile: 'rip' });
    await expect(
      client.query(
        `INSERT INTO material (factory_id, code, version, name_zh, name_en, cut_kind, unit, stock_sizes)
                    VALUES ($1, 'LVL-40', 2, 'x', 'x', 'linear', 'm', '[]')`,
        [factory],
      ),
    ).rejects.toThrow(/material_factory_code_version_uq/);
    await expect(
      client.query(
        `INSERT INTO material (factory_id, code, version, name_zh, name_en, cut_kind, unit, stock_sizes)
                    VALUES ($1, 'X', 1, 'x', 'x', 'linear', 'ft', '[]')`,
        [factory],
      ),
    ).rejects.toThrow(/material_unit_ck/);
    await app.close();
    app = undefined;

    // down keeps the latest version of each code, with its first size in the old columns
    const after = MIGRATIONS.length - at;
    expect(await migrateDown(url, MIGRATIONS, after)).toBe(after);
    expect(
      (await client.query(`SELECT code, stock_length FROM material WHERE code = 'LVL-40'`)).rows.map((r) => ({ ...r })),
    ).toEqual([{ code: 'LVL-40', stock_length: '2700' }]);
    expect(await migrateUp(url, MIGRATIONS)).toEqual(MIGRATIONS.slice(at).map((m) => m.name));
  });
});
