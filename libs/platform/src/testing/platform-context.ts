import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Runtime } from '../boot/runtime';
import { FactoriesService } from '../auth/factories.service';
import { PlatformModule } from '../platform.module';

/**
 * The platform's services on a real database, without HTTP: the integration tier's app. It has no
 * domain lib, so when it consumes jobs it runs the platform's own (the probe) only.
 */
export async function startPlatformContext(runtime: Runtime, consumeJobs = false): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(
    PlatformModule.forRoot({ ...runtime, consumeJobs, jobTypes: ['platform.probe'] }),
    {
      logger: false,
    },
  );
  app.enableShutdownHooks();
  await app.init();
  return app;
}

export async function makeFactory(app: INestApplicationContext, code: string): Promise<{ id: string; code: string }> {
  const { factory } = await app.get(FactoriesService).create({ code, name: `Factory ${code}` });
  return { id: factory.id, code: factory.code };
}
