import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { PinoNestLogger, prepareRuntime } from '@mendao/platform';
import { brokerUrlForLog } from './broker-url';
import { GatewayModule } from './gateway.module';

async function main(): Promise<void> {
  const runtime = await prepareRuntime('gateway', false);
  const app = await NestFactory.createApplicationContext(GatewayModule.forRoot(runtime), {
    logger: new PinoNestLogger(runtime.logger),
  });
  app.enableShutdownHooks();
  await app.init();
  runtime.logger.info(
    { broker: brokerUrlForLog(runtime.config.mqtt.url), clientId: runtime.config.mqtt.clientId },
    'gateway started',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
