/**
 * Abuse benchmark (issue 12, point 1): while a planner of factory A sends hostile order imports, five
 * at once and again as soon as each is refused (a 320,000-row .xlsx, the same with lying zip sizes, a
 * 1.2 MB zip bomb that inflates to 1.2 GB, with true and with lying sizes, and a 180,000-row .csv),
 * another factory B keeps probing `/health` and scanning (`POST /api/v1/stock/moves`) every 50 ms.
 * Prints p50/p99/max of those probes, how each import was refused and how long that took, and the api's
 * peak RSS (VmHWM, the worker threads included), against the targets: 200 ms and 600 MB.
 * `npm run bench:abuse [-- --seconds 20]`. Needs PostgreSQL (DATABASE_URL, default the local one).
 */
import { FactoriesService, loadConfig, migrateUp, type Runtime } from '@mendao/platform';
import { manyRowsCsv, manyRowsXlsx, zipBomb } from '@mendao/splitting/testing';
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import pino from 'pino';
import { MIGRATIONS } from '../migrations';
import { createApiApp } from '../apps/api/src/create-api-app';
import { DATABASE_URL, dbUrl, freePort, withClient } from './support/local-services';
import { option, print, startBuiltApi } from './support/bench-io';
import { processCpuMs } from './support/processes';

const TARGETS = { latencyMs: 200, rssMb: 600 };
const PROBE_EVERY_MS = 50;
const REQUEST_TIMEOUT_MS = 120_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Factory A with a planner; factory B with a warehouse user, an item with a barcode, a location and stock. */
async function seed(url: string): Promise<{ planner: string; scanner: string }> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const runtime: Runtime = { config, logger: pino({ level: 'warn' }), databaseUrl: url, jwtSecret, embedded: false };
  const app = await createApiApp(runtime);
  const factories = app.get(FactoriesService);
  const password = randomBytes(9).toString('base64url');
  const a = await factories.create({ code: 'ABUSER', name: 'Abuse bench A' });
  await factories.createUser(a.factory.id, { username: 'planner', password, roles: ['planner'] });
  const b = await factories.create({ code: 'VICTIM', name: 'Abuse bench B' });
  await factories.createUser(b.factory.id, { username: 'scanner', password, roles: ['warehouse'] });
  await app.close();
  await withClient(url, async (c) => {
    const f = b.factory.id;
    await c.query(
      `INSERT INTO item (factory_id, code, name_zh, name_en, kind, unit, standard_cost)
       VALUES ($1, 'IT-0001', '物料', 'Item', 'hardware', 'piece', 10)`,
      [f],
    );
    await c.query(
      `INSERT INTO barcode (factory_id, code, item_id) SELECT $1, '6900000000001', id FROM item WHERE factory_id = $1`,
      [f],
    );
    await c.query(
      `INSERT INTO location (factory_id, code, name_zh, name_en, type) VALUES ($1, 'L-01', '库位', 'Bin', 'storage')`,
      [f],
    );
    await c.query(
      `INSERT INTO barcode (factory_id, code, location_id) SELECT $1, 'LOCL-01', id FROM location WHERE factory_id = $1`,
      [f],
    );
  });
  return { planner: password, scanner: password };
}

/** VmRSS or VmHWM of a process in MB, from /proc (Linux); NaN elsewhere. */
function memoryMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Answer {
  status: number;
  code: string;
  ms: number;
}

async function send(base: string, path: string, init: RequestInit): Promise<Answer> {
  const t0 = performance.now();
  try {
    const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    let code = '';
    try {
      code = String((JSON.parse(text) as { code?: string }).code ?? '');
    } catch {
      // not JSON
    }
    return { status: res.status, code, ms: performance.now() - t0 };
  } catch (error) {
    return { status: 0, code: error instanceof Error ? error.name : 'error', ms: performance.now() - t0 };
  }
}

async function login(base: string, factory: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ factory, username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${factory}/${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

interface Probes {
  health: number[];
  scan: number[];
  failures: number;
}

/** /health and a scan of factory B every 50 ms until `until`, each timed. */
async function probe(base: string, token: string, until: number): Promise<Probes> {
  const figures: Probes = { health: [], scan: [], failures: 0 };
  let next = performance.now();
  while (performance.now() < until) {
    const [health, scan] = await Promise.all([
      send(base, '/health', {}),
      send(base, '/api/v1/stock/moves', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          scanId: randomUUID(),
          type: 'receipt',
          item: '6900000000001',
          quantity: 1,
          to: 'LOCL-01',
        }),
      }),
    ]);
    figures.health.push(health.ms);
    figures.scan.push(scan.ms);
    if (health.status !== 200 || scan.status !== 201) figures.failures += 1;
    next += PROBE_EVERY_MS;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    else next = performance.now();
  }
  return figures;
}

/**
 * The probes run in a thread of their own: the uploads keep this process's event loop busy, and a probe
 * timed there would measure the load generator, not the api.
 */
function probeInThread(base: string, token: string, durationMs: number): Promise<Probes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { base, token, durationMs } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const seconds = option('seconds', 20);
  const name = `mendao_bench_abuse_${randomBytes(4).toString('hex')}`;
  const url = dbUrl(name);
  print(`Mendao abuse benchmark (hostile order imports) — ${new Date().toISOString()}, node ${process.version}`);
  print('building the hostile files…');
  const files = [
    { label: '320,000-row .xlsx', name: 'rows.xlsx', type: XLSX, content: manyRowsXlsx(320_000) },
    {
      label: '320,000-row .xlsx, lying zip sizes',
      name: 'rows-lying.xlsx',
      type: XLSX,
      content: manyRowsXlsx(320_000, { lieAboutSizes: true }),
    },
    { label: 'zip bomb → 1.2 GB', name: 'bomb.xlsx', type: XLSX, content: zipBomb(1200) },
    {
      label: 'zip bomb → 1.2 GB, lying sizes',
      name: 'bomb-lying.xlsx',
      type: XLSX,
      content: zipBomb(1200, { lieAboutSizes: true }),
    },
    { label: '180,000-row .csv', name: 'rows.csv', type: 'text/csv', content: manyRowsCsv(180_000) },
  ];
  for (const f of files) print(`  ${f.label.padEnd(36)} ${(f.content.length / 1024 / 1024).toFixed(2)} MB`);
  print(`database ${name}; ${seconds} s of hostile imports, probes every ${PROBE_EVERY_MS} ms`);
  await withClient(DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  let api: ChildProcess | undefined;
  try {
    await migrateUp(url, MIGRATIONS);
    const passwords = await seed(url);
    const port = await freePort();
    api = await startBuiltApi(url, port, randomBytes(32).toString('hex'));
    const base = `http://127.0.0.1:${port}`;
    const planner = await login(base, 'ABUSER', 'planner', passwords.planner);
    const scanner = await login(base, 'VICTIM', 'scanner', passwords.scanner);

    const quiet = await probeInThread(base, scanner, 3000); // warm-up and the quiet baseline
    const rssBefore = memoryMb(api.pid, 'VmRSS');
    let rssPeakSampled = rssBefore;
    const sampler = setInterval(() => {
      rssPeakSampled = Math.max(rssPeakSampled, memoryMb(api?.pid, 'VmRSS'));
    }, 50);

    const cpuBefore = processCpuMs(api.pid);
    const until = performance.now() + seconds * 1000;
    const upload = (file: (typeof files)[number]) => {
      const form = new FormData();
      form.append('file', new Blob([file.content], { type: file.type }), file.name);
      return send(base, '/api/v1/orders/import', {
        method: 'POST',
        headers: { authorization: `Bearer ${planner}` },
        body: form,
      });
    };
    const firstRound: Answer[] = [];
    const answers = files.map(() => [] as Answer[]);
    const attacks = files.map(async (file, i) => {
      firstRound[i] = await upload(file);
      answers[i].push(firstRound[i]);
      while (performance.now() < until) answers[i].push(await upload(file)); // again, at once, as a script would
    });
    const [underAttack] = await Promise.all([probeInThread(base, scanner, seconds * 1000), ...attacks]);
    clearInterval(sampler);
    const hwm = memoryMb(api.pid, 'VmHWM');
    const apiCpuShare = (processCpuMs(api.pid) - cpuBefore) / (seconds * 1000);

    print();
    print('the five imports sent at once            answer                                  time');
    print('---------------------------------------  --------------------------------------  ----------');
    files.forEach((f, i) =>
      print(
        `${f.label.padEnd(39)}  ${`${firstRound[i].status} ${firstRound[i].code}`.padEnd(38)}  ${ms(firstRound[i].ms)}`,
      ),
    );
    print();
    print(`then each again as soon as answered, for ${seconds} s:`);
    print('file                                     answers (count)                                         p50 / max');
    files.forEach((f, i) => {
      const byCode = new Map<string, number>();
      for (const a of answers[i]) byCode.set(`${a.status} ${a.code}`, (byCode.get(`${a.status} ${a.code}`) ?? 0) + 1);
      const times = stats(answers[i].map((a) => a.ms));
      const summary = [...byCode].map(([k, n]) => `${k} ×${n}`).join(', ');
      print(`${f.label.padEnd(39)}  ${summary.padEnd(54)}  ${ms(times.p50)} / ${ms(times.max)}`);
    });
    const refusedOk = answers.flat().every((a) => [413, 422, 429].includes(a.status));

    print();
    print('factory B, every 50 ms                   p50        p99        max        probes');
    print('---------------------------------------  ---------  ---------  ---------  ------');
    const line = (label: string, values: number[]) => {
      const s = stats(values);
      print(
        `${label.padEnd(39)}  ${ms(s.p50).padEnd(9)}  ${ms(s.p99).padEnd(9)}  ${ms(s.max).padEnd(9)}  ${values.length}`,
      );
    };
    line('GET /health, quiet', quiet.health);
    line('POST /stock/moves, quiet', quiet.scan);
    line('GET /health, under the imports', underAttack.health);
    line('POST /stock/moves, under the imports', underAttack.scan);
    print(`probes not answered 200/201: ${underAttack.failures}`);
    print();
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
    print(
      `api CPU under the imports: ${(apiCpuShare * 100).toFixed(0)}% of one core (its threads included); ` +
        `machine load average ${load} on ${availableParallelism()} cores`,
    );
    print(
      `api RSS: ${rssBefore.toFixed(0)} MB before, ${rssPeakSampled.toFixed(0)} MB sampled peak, ${hwm.toFixed(0)} MB VmHWM`,
    );

    print();
    print('target                                    result                status');
    print('----------------------------------------  --------------------  ------');
    const row = (target: string, result: string, pass: boolean) =>
      print(`${target.padEnd(40)}  ${result.padEnd(20)}  ${pass ? 'PASS' : 'FAIL'}`);
    const health = stats(underAttack.health);
    const scan = stats(underAttack.scan);
    row(`/health max ≤ ${TARGETS.latencyMs} ms`, ms(health.max), health.max <= TARGETS.latencyMs);
    row(`scan of factory B max ≤ ${TARGETS.latencyMs} ms`, ms(scan.max), scan.max <= TARGETS.latencyMs);
    row(`api peak RSS ≤ ${TARGETS.rssMb} MB`, `${hwm.toFixed(0)} MB`, hwm <= TARGETS.rssMb);
    row('every import refused 413/422/429', refusedOk ? 'yes' : 'no', refusedOk);
    row('every probe answered', `${underAttack.failures} failed`, underAttack.failures === 0);
  } finally {
    api?.kill('SIGTERM');
    await withClient(DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

if (!isMainThread) {
  const job = workerData as { base: string; token: string; durationMs: number };
  void probe(job.base, job.token, performance.now() + job.durationMs).then((figures) =>
    parentPort?.postMessage(figures),
  );
} else
  main().then(
    // the api is stopped and the database dropped: leave now, whatever keep-alive sockets linger
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
