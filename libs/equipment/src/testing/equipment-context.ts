import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock, FactoriesService, PlatformModule, type Runtime, TenancyContext } from '@mendao/platform';
import { EquipmentModule } from '../equipment.module';

/** The equipment services on a real database, without HTTP; `clock` replaces the real one when given. */
export async function startEquipmentContext(runtime: Runtime, clock?: Clock): Promise<INestApplicationContext> {
  let builder = Test.createTestingModule({
    imports: [PlatformModule.forRoot({ ...runtime, consumeJobs: false }), EquipmentModule],
  });
  if (clock) builder = builder.overrideProvider(Clock).useValue(clock);
  const app = await builder.compile();
  await app.init();
  return app;
}

/** A factory, and a function running work as one of its managers (the tenancy context a request would open). */
export async function equipmentFactory(app: INestApplicationContext, code: string) {
  const { factory } = await app.get(FactoriesService).create({ code, name: `Factory ${code}` });
  const as = <T>(work: () => Promise<T>) =>
    app.get(TenancyContext).run({ factoryId: factory.id, username: 'manager' }, work);
  return { factoryId: factory.id, as };
}
