import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  CliCommandRegistry,
  CliIo,
  CliUsageError,
  DomainError,
  migrateDown,
  migrateUp,
  prepareRuntime,
  Runtime,
} from '@mendao/platform';
import { MIGRATIONS } from '../../../migrations';
import { CliModule } from './cli.module';

async function runCommand(runtime: Runtime, name: string, argv: string[], io: CliIo): Promise<void> {
  if (name === 'db:migrate') {
    const applied = await migrateUp(runtime.databaseUrl, MIGRATIONS);
    io.out(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date');
    return;
  }
  if (name === 'db:revert') {
    const steps = argv[0] === '--steps' ? argv[1] : '1';
    const reverted = await migrateDown(runtime.databaseUrl, MIGRATIONS, steps === 'all' ? Infinity : Number(steps));
    io.out(`reverted ${reverted} migration(s)`);
    return;
  }
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), { logger: ['error'] });
  try {
    const registry = app.get(CliCommandRegistry);
    if (!name || name === 'help' || name === '--help') io.out(registry.usage());
    else await registry.run(name, argv, io);
  } finally {
    await app.close();
  }
}

/** The commands that need configuration and a database (and, but for db:*, the Nest application). */
export async function runAppCommand(name: string, argv: string[], io: CliIo): Promise<number> {
  const runtime = await prepareRuntime('cli', true);
  runtime.logger.level = 'warn'; // commands print their own results; only problems are logged
  try {
    await runCommand(runtime, name, argv, io);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof DomainError) {
      process.stderr.write(`${error.message}\n`);
      if (error instanceof DomainError)
        error.errors.forEach((e) => process.stderr.write(`  ${e.field}: ${e.message}\n`));
      return 2;
    }
    throw error;
  } finally {
    await runtime.stopEmbedded?.();
  }
}
