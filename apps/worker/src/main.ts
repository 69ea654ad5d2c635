import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { PinoNestLogger, prepareRuntime } from '@mendao/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const runtime = await prepareRuntime('worker', false);
  if (!runtime.config.redisUrl) {
    process.stderr.write('worker needs REDIS_URL; without Redis the api runs jobs in-process\n');
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), {
    logger: new PinoNestLogger(runtime.logger),
  });
  app.enableShutdownHooks();
  await app.init();
  runtime.logger.info({ concurrency: runtime.config.jobs.concurrency }, 'worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
