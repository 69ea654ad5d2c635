import type { INestApplicationContext } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { Clock, FactoriesService, PlatformModule, type Runtime, TenancyContext } from '@mendao/platform';
import { WarehouseModule } from '../warehouse.module';

/**
 * The warehouse's services on a real database, without HTTP; `clock` replaces the real one when given,
 * `override` may replace other providers (e.g. the split runs a pick list reads).
 */
export async function startWarehouseContext(
  runtime: Runtime,
  clock?: Clock,
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
): Promise<INestApplicationContext> {
  let builder = Test.createTestingModule({
    imports: [PlatformModule.forRoot({ ...runtime, consumeJobs: false }), WarehouseModule],
  });
  if (clock) builder = builder.overrideProvider(Clock).useValue(clock);
  builder = override(builder);
  const app = await builder.compile();
  await app.init();
  return app;
}

/** A factory, and a function running work as its warehouse user (the tenancy context a request would open). */
export async function warehouseFactory(app: INestApplicationContext, code: string) {
  const { factory } = await app.get(FactoriesService).create({ code, name: `Factory ${code}` });
  const as = <T>(work: () => Promise<T>) =>
    app.get(TenancyContext).run({ factoryId: factory.id, username: 'warehouse' }, work);
  return { factoryId: factory.id, as };
}
