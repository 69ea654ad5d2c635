import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type JobContext, PlatformModule, type Runtime, TenancyContext } from '@mendao/platform';
import { randomUUID } from 'node:crypto';
import { DEMO_MATERIALS, DEMO_PRODUCTS } from '../domain/demo-catalogue';
import { DEMO_PROCESS_ORDER, DEMO_PROCESSES } from '../domain/demo-processes';
import { MaterialsService } from '../materials.service';
import { ProcessesService } from '../processes.service';
import { ProductsService } from '../products.service';
import { SplittingModule } from '../splitting.module';

/**
 * The splitting services on a real database, without HTTP and without consuming jobs: an integration
 * test calls the processor itself, when it wants, as many times as it wants.
 */
export async function startSplittingContext(runtime: Runtime): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(
    {
      module: class SplittingTestModule {},
      imports: [PlatformModule.forRoot({ ...runtime, consumeJobs: false }), SplittingModule],
    },
    { logger: false },
  );
  await app.init();
  return app;
}

/** Runs `work` as a user of the factory (what the auth guard or the job runner does). */
export function asFactory<T>(app: INestApplicationContext, factoryId: string, work: () => Promise<T>): Promise<T> {
  return app.get(TenancyContext).run({ factoryId, userId: randomUUID() }, work);
}

/** The demo processes, door models and materials, saved through the services as a planner would. */
export async function loadDemoCatalogue(app: INestApplicationContext, factoryId: string): Promise<void> {
  await asFactory(app, factoryId, async () => {
    for (const process of DEMO_PROCESSES) await app.get(ProcessesService).create(process);
    await app.get(ProcessesService).reorder([...DEMO_PROCESS_ORDER]);
    for (const m of DEMO_MATERIALS) {
      await app.get(MaterialsService).create({
        ...m,
        stockLength: m.stockLength ?? undefined,
        sheetWidth: m.sheetWidth ?? undefined,
        sheetLength: m.sheetLength ?? undefined,
        thickness: m.thickness ?? undefined,
      });
    }
    for (const { code, ...body } of DEMO_PRODUCTS) await app.get(ProductsService).create(code, body);
  });
}

/** The context a job runner gives a processor, recording the progress it reports. */
export function fakeJobContext(factoryId: string, jobId = randomUUID()): JobContext & { reported: number[] } {
  const reported: number[] = [];
  return {
    jobId,
    factoryId,
    attempt: 1,
    reported,
    progress: (fraction: number) => {
      reported.push(fraction);
      return Promise.resolve();
    },
  };
}
