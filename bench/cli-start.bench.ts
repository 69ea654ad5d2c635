/**
 * Start-up benchmark (issue 11): how long the built commands take before they answer. Runs, each several
 * times (median and max): `node dist/apps/cli/src/main.js cut:linear < small request` (target 0.5 s),
 * `… help`, `npm run cli -- cut:linear` (npm and the staleness check on top), and the time from starting
 * the api in served mode to its first 200 on /health: `node dist/apps/api/src/main.js`, `npm run start:api`
 * and, for comparison, the old start:api (`tsc` before every start, even with nothing to compile).
 * `npm run bench:cli [-- --runs 5 --old-runs 2]`. Uses DATABASE_URL (default the local PostgreSQL); it
 * creates, migrates and drops its own database.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_URL, dbUrl, freePort, withClient } from './support/local-services';
import { option, print } from './support/bench-io';

const ROOT = join(__dirname, '..', '..');
const CLI = 'dist/apps/cli/src/main.js';
const API = 'dist/apps/api/src/main.js';
const TARGET_CUT_S = 0.5;

async function admin(sql: string): Promise<void> {
  await withClient(DATABASE_URL, (c) => c.query(sql));
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** Wall seconds of one command run to its end, stdin from a file when given. */
async function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv, stdinFile?: string) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: [stdinFile ? openSync(stdinFile, 'r') : 'ignore', 'ignore', 'inherit'],
  });
  const code = await exited(child);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
  return (performance.now() - started) / 1000;
}

/** Wall seconds from starting the api (its own process group) to its first 200 on /health. */
async function timeToHealth(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  const done = exited(child);
  let finished = false;
  void done.then(() => (finished = true));
  try {
    for (;;) {
      if (finished) throw new Error(`${command} ${args.join(' ')} exited before answering /health`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) return (performance.now() - started) / 1000;
      if (performance.now() - started > 120_000) throw new Error('no answer on /health within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    if (!finished) process.kill(-(child.pid as number), 'SIGTERM');
    await done;
  }
}

async function measure(label: string, runs: number, once: () => Promise<number>, target?: number) {
  if (runs === 0) return;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)];
  const max = times[times.length - 1];
  const verdict = target === undefined ? '' : median <= target ? `  ≤ ${target} s: ok` : `  > ${target} s: MISSED`;
  print(
    `${label.padEnd(58)} ${String(runs).padStart(4)} ${median.toFixed(3).padStart(8)} ${max.toFixed(3).padStart(8)}${verdict}`,
  );
}

async function main(): Promise<void> {
  const runs = option('runs', 5, { min: 0 });
  const oldRuns = option('old-runs', 2, { min: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'mendao-cli-bench-'));
  const small = join(dir, 'small.json');
  writeFileSync(
    small,
    JSON.stringify({
      stock: [{ length: 6000 }],
      kerf: 3,
      items: [
        { id: 'stile', length: 2100, quantity: 4 },
        { id: 'rail', length: 800, quantity: 6 },
      ],
    }),
  );
  const database = `mendao_bench_cli_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${database}`);
  const served: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl(database),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
  };
  const node = process.execPath;
  try {
    const migrate = await timeCommand(node, [CLI, 'db:migrate'], served);
    print(
      `start-up times, wall seconds (node ${process.version}); db:migrate of an empty database: ${migrate.toFixed(2)} s`,
    );
    print();
    print(`${'command'.padEnd(58)} ${'runs'.padStart(4)} ${'median'.padStart(8)} ${'max'.padStart(8)}`);
    await measure(
      'node cli cut:linear < small.json',
      runs,
      () => timeCommand(node, [CLI, 'cut:linear'], served, small),
      TARGET_CUT_S,
    );
    await measure('node cli help (served: Nest and the database)', runs, () =>
      timeCommand(node, [CLI, 'help'], served),
    );
    await measure('npm run cli -- cut:linear < small.json (fresh build)', runs, () =>
      timeCommand('npm', ['run', 'cli', '--silent', '--', 'cut:linear'], served, small),
    );
    await measure('node api → first 200 on /health (served)', runs, () => timeToHealth(node, [API], served));
    await measure('npm run start:api → first /health (fresh build)', runs, () =>
      timeToHealth('npm', ['run', 'start:api', '--silent'], served),
    );
    await measure('before: tsc + tsc-alias, then node api → first /health', oldRuns, () =>
      timeToHealth('sh', ['-c', `npm run build:server --silent && exec node ${API}`], served),
    );
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
