import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { Runtime } from '../boot/runtime';
import { loadConfig } from '../config/app-config';

/** A runtime for one test file: its own database, a silent logger and, when Redis is used, its own queue prefix. */
export function testRuntime(databaseUrl: string, env: Record<string, string | undefined> = {}): Runtime {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    QUEUE_PREFIX: `mendao-test-${randomBytes(4).toString('hex')}`,
    JOB_RETRY_BASE_DELAY_MS: '50',
    ...env,
  });
  return { config, logger: pino({ level: 'silent' }), databaseUrl, jwtSecret, embedded: false };
}

/** Redis for tests: the runner sets REDIS_URL when it has one; MENDAO_REQUIRE_REDIS makes its absence a failure. */
export function testRedisUrl(): string | undefined {
  const { REDIS_URL, MENDAO_REQUIRE_REDIS } = process.env;
  if (!REDIS_URL && MENDAO_REQUIRE_REDIS === '1') throw new Error('MENDAO_REQUIRE_REDIS=1 but REDIS_URL is not set');
  if (!REDIS_URL)
    process.stderr.write('\n*** REDIS_URL not set: Redis suites are NOT run. Install redis-server. ***\n\n');
  return REDIS_URL;
}
