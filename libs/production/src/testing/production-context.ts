import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock, FactoriesService, PlatformModule, type Runtime, TenancyContext } from '@mendao/platform';
import { ProductionModule } from '../production.module';

/**
 * Production's services on a real database, without HTTP, with split runs executed in-process (as the embedded
 * mode does) and `clock` in place of the real one, so a test can let a waiting time (养生) pass.
 */
export async function startProductionContext(runtime: Runtime, clock: Clock): Promise<INestApplicationContext> {
  const app = await Test.createTestingModule({
    imports: [PlatformModule.forRoot({ ...runtime, consumeJobs: true, jobTypes: ['splitting.run'] }), ProductionModule],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  await app.init();
  return app;
}

/** A factory, and a function running work as its user `username` (what a request's tenancy context does). */
export async function productionFactory(app: INestApplicationContext, code: string, username = 'operator') {
  const { factory } = await app.get(FactoriesService).create({ code, name: `Factory ${code}` });
  const as = <T>(work: () => Promise<T>) => app.get(TenancyContext).run({ factoryId: factory.id, username }, work);
  return { factoryId: factory.id, as };
}
