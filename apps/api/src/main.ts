import 'reflect-metadata';
import { DemoSeedService, DEMO_FACTORY_CODE, DEMO_PASSWORD, migrateUp, prepareRuntime, ROLES } from '@mendao/platform';
import { MIGRATIONS } from '../../../migrations';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const runtime = await prepareRuntime('api', true);
  const { config, logger } = runtime;
  // Served mode migrates as a release step (npm run db:migrate); embedded mode does it here.
  if (runtime.embedded) await migrateUp(runtime.databaseUrl, MIGRATIONS);
  const app = await createApiApp(runtime);
  const seeded = runtime.embedded ? await app.get(DemoSeedService).seed() : undefined;
  if (runtime.stopEmbedded) {
    const stop = runtime.stopEmbedded;
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', async () => stop());
  }
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `  门道 Mendao api is up at ${url}`,
    `  API docs:  ${url}/api/docs`,
    `  Mode:      ${runtime.embedded ? `embedded PostgreSQL (data in ${config.dataDir})` : 'served (DATABASE_URL)'}, jobs ${config.redisUrl ? 'on BullMQ (Redis)' : 'in-process'}`,
    ...(runtime.embedded
      ? [
          `  Demo login: factory ${DEMO_FACTORY_CODE}, users ${ROLES.join(' | ')}, password ${DEMO_PASSWORD}`,
          seeded?.created ? '  (demo factory created on this first start)' : '  (existing data reused)',
        ]
      : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  logger.info({ url }, 'api listening');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
