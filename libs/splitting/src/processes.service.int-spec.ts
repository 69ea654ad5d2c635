import type { INestApplicationContext } from '@nestjs/common';
import { FactoryScope } from '@mendao/platform';
import { createTestDatabase, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { DEFAULT_PROCESSES } from './domain/processes';
import { ProcessesService } from './processes.service';
import { asFactory, startSplittingContext } from './testing';

describe(ProcessesService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    a = (await makeFactory(app, 'PA')).id;
    b = (await makeFactory(app, 'PB')).id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const service = () => app.get(ProcessesService);
  const rows = (factory: string) =>
    app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM process WHERE factory_id = $1', [factory])
      .then(([{ n }]) => n);

  it('gives a factory created after the migration the nine defaults on first use, once, under concurrent first uses', async () => {
    expect(await rows(a)).toBe(0);
    const catalogues = await Promise.all(
      Array.from({ length: 6 }, () => asFactory(app, a, () => service().catalogue())),
    );
    expect(await rows(a)).toBe(DEFAULT_PROCESSES.length);
    for (const catalogue of catalogues) {
      expect([...catalogue.keys()]).toEqual(DEFAULT_PROCESSES.map((p) => p.code));
      expect(catalogue.get('cutting')).toEqual({
        nameZh: '开料',
        nameEn: 'Cutting',
        minWaitMinutes: 0,
        sort: 1,
        active: true,
      });
    }
  });

  it('catalogues switched-off processes too, flagged, and only the caller factory’s, inside the caller’s transaction', async () => {
    await asFactory(app, a, async () => {
      await service().create({ code: '养生', nameZh: '养生', nameEn: 'Curing', minWaitMinutes: 1440 });
      await service().update('veneering', { active: false });
    });
    await asFactory(app, b, () => service().create({ code: '雕刻', nameZh: '雕刻', nameEn: 'Carving' }));
    const catalogue = await asFactory(app, a, () =>
      app.get(FactoryScope).transaction((manager) => service().catalogue(manager)),
    );
    expect(catalogue.get('养生')).toEqual({
      nameZh: '养生',
      nameEn: 'Curing',
      minWaitMinutes: 1440,
      sort: 10,
      active: true,
    });
    expect(catalogue.get('veneering')).toMatchObject({ active: false });
    expect(catalogue.has('雕刻')).toBe(false);
    expect((await asFactory(app, b, () => service().catalogue())).get('雕刻')).toMatchObject({ sort: 10 });
  });
});
