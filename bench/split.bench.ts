/**
 * Split benchmark (issue 4): seeded synthetic orders over the demo door models, split in served mode:
 * the api in this process (with Redis, so it only enqueues) and one separate worker process consuming
 * BullMQ. Measures enqueue → succeeded for 100, 1,000 and 10,000 doors and prints doors/s, parts,
 * bars and sheets, yield and the worker's peak memory. `npm run bench:split [-- --doors 100,1000]`.
 * Needs PostgreSQL and Redis: DATABASE_URL / REDIS_URL, default the local ones.
 */
import { Random } from '@mendao/cutting';
import { FactoriesService, loadConfig, migrateUp, type Runtime } from '@mendao/platform';
import { DEMO_MATERIALS, DEMO_PROCESS_ORDER, DEMO_PROCESSES, DEMO_PRODUCTS } from '@mendao/splitting';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import pino from 'pino';
import { MIGRATIONS } from '../migrations';
import { createApiApp } from '../apps/api/src/create-api-app';
import { print } from './support/bench-io';
import { startBuiltWorker } from './support/processes';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TARGETS: Record<number, number> = { 1000: 5, 10000: 60 };
const PEAK_MEMORY_TARGET_MB = 1536;
const LINES_PER_ORDER = 40;

function dbUrl(name: string): string {
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Http {
  call(method: string, path: string, body?: unknown): Promise<any>;
}

/**
 * Seeded synthetic order lines over the two demo series: realistic sizes within their process ranges, and the
 * order-form choices a dealer makes (door type, handing, finish, transom, floor thickness, glass), so every rule
 * family — pairs packed leaf by leaf, 子母门, sliding, 垭口, transoms, veneer and paint — is in the run.
 */
function syntheticLines(doors: number, seed: number) {
  const random = new Random(seed);
  const pick = <T>(values: readonly T[]): T => values[random.int(values.length)];
  const swinging = ['左内开', '右内开', 'left-out', 'right-out'] as const;
  const lines: any[] = [];
  let left = doors;
  while (left > 0) {
    const kind = random.next();
    const quantity = Math.min(left, 1 + random.int(4));
    left -= quantity;
    const base = { quantity, wallThickness: 90 + 10 * random.int(20) };
    const lvl = {
      ...base,
      productCode: 'PD-LVL01',
      finish: pick(['OAK', 'WALNUT', 'WHITE', 'GREY']),
    };
    const floorT = 5 * random.int(5);
    if (kind < 0.55) {
      // one single door in seven has a transom above a leaf of the usual height
      const transom = random.next() < 0.15;
      lines.push({
        ...lvl,
        swing: pick(swinging),
        width: 700 + 10 * random.int(31),
        height: (transom ? 2400 : 2000) + 10 * random.int(31),
        options: { doorType: 'single', transom, floorT },
      });
    } else if (kind < 0.67)
      lines.push({
        ...lvl,
        swing: pick(swinging),
        width: 1300 + 20 * random.int(31),
        height: 2000 + 10 * random.int(31),
        options: { doorType: 'double', floorT },
      });
    else if (kind < 0.77)
      lines.push({
        ...lvl,
        swing: pick(swinging),
        width: 1100 + 10 * random.int(31),
        height: 2000 + 10 * random.int(31),
        masterWidth: 800 + 10 * random.int(11),
        options: { doorType: 'unequal_pair', floorT },
      });
    else if (kind < 0.85)
      lines.push({
        ...lvl,
        swing: pick(['左推拉', 'right-sliding']),
        width: 1400 + 20 * random.int(31),
        height: 2100 + 10 * random.int(21),
        options: { doorType: 'sliding' },
      });
    else if (kind < 0.9)
      lines.push({
        ...lvl,
        swing: '无',
        width: 800 + 20 * random.int(51),
        height: 2000 + 10 * random.int(41),
        options: { doorType: 'cased_opening' },
      });
    else {
      const double = random.next() < 0.3;
      lines.push({
        ...base,
        productCode: 'PD-MY01',
        finish: pick(['WHITE', 'GREY']),
        swing: pick(swinging),
        width: double ? 1300 + 20 * random.int(21) : 700 + 10 * random.int(31),
        height: 2000 + 10 * random.int(31),
        options: { doorType: double ? 'double' : 'single', glass: random.next() < 0.5 },
      });
    }
  }
  return lines;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  const sizes = (
    process.argv.includes('--doors') ? process.argv[process.argv.indexOf('--doors') + 1] : '100,1000,10000'
  )
    .split(',')
    .map(Number);
  const name = `mendao_bench_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = dbUrl(name);
  let worker: ChildProcess | undefined;
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  try {
    await migrateUp(url, MIGRATIONS);
    const jwtSecret = randomBytes(32).toString('hex');
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      REDIS_URL,
      JWT_SECRET: jwtSecret,
      QUEUE_PREFIX: name,
      LOG_LEVEL: 'warn',
    });
    const runtime: Runtime = { config, logger: pino({ level: 'warn' }), databaseUrl: url, jwtSecret, embedded: false };
    app = await createApiApp(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const { adminPassword } = await app.get(FactoriesService).create({ code: 'BENCH', name: 'Bench factory' });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ factory: 'BENCH', username: 'admin', password: adminPassword }),
    });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const http: Http = {
      async call(method, path, body) {
        const res = await fetch(base + path, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        const json = await res.json();
        if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
        return json;
      },
    };
    for (const m of DEMO_MATERIALS)
      await http.call('POST', '/api/v1/materials', Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null)));
    // the demo routes name the demo factory's own steps (养生, 精裁, 组框)
    for (const p of DEMO_PROCESSES) await http.call('POST', '/api/v1/processes', p);
    await http.call('PUT', '/api/v1/processes/order', { codes: DEMO_PROCESS_ORDER });
    for (const p of DEMO_PRODUCTS) await http.call('POST', '/api/v1/products', p);
    worker = await startBuiltWorker(runtime, REDIS_URL);
    const pid = worker.pid ?? 0;

    print(
      `Mendao split benchmark — ${new Date().toISOString()}, node ${process.version}, served mode (BullMQ, 1 worker)`,
    );
    print();
    print(
      'doors   orders  lines  seconds  doors/s  part rows  parts   bars   sheets  yield 1D  yield 2D  worker peak MB  target',
    );
    const rows: { doors: number; seconds: number }[] = [];
    for (const doors of sizes) {
      const lines = syntheticLines(doors, doors);
      const orderIds: string[] = [];
      for (let i = 0; i < lines.length; i += LINES_PER_ORDER) {
        const order = await http.call('POST', '/api/v1/orders', {
          orderNo: `B${doors}-${i / LINES_PER_ORDER + 1}`,
          customer: 'bench',
          lines: lines.slice(i, i + LINES_PER_ORDER),
        });
        await http.call('POST', `/api/v1/orders/${order.id}/confirm`);
        orderIds.push(order.id);
      }
      const started = performance.now();
      const run = await http.call('POST', '/api/v1/split-runs', { orderIds });
      let view: any;
      for (;;) {
        view = await http.call('GET', `/api/v1/split-runs/${run.id}`);
        if (view.status === 'succeeded' || view.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const seconds = (performance.now() - started) / 1000;
      if (view.status !== 'succeeded') throw new Error(`split of ${doors} doors failed: ${view.error}`);
      const s = view.summary;
      const target = TARGETS[doors];
      rows.push({ doors, seconds });
      print(
        [
          String(doors).padEnd(7),
          String(orderIds.length).padStart(6),
          String(lines.length).padStart(6),
          seconds.toFixed(2).padStart(8),
          (doors / seconds).toFixed(0).padStart(8),
          String(s.partRows).padStart(10),
          String(s.parts).padStart(7),
          String(s.bars).padStart(6),
          String(s.sheets).padStart(7),
          (s.yield.linear === null ? '-' : `${(s.yield.linear * 100).toFixed(1)} %`).padStart(9),
          (s.yield.sheet === null ? '-' : `${(s.yield.sheet * 100).toFixed(1)} %`).padStart(9),
          peakRssMb(pid).toFixed(0).padStart(15),
          target === undefined ? '  (info)' : `  ≤ ${target} s ${seconds <= target ? 'PASS' : 'FAIL'}`,
        ].join(' '),
      );
    }
    const peak = peakRssMb(pid);
    print();
    print(
      `worker peak memory ${peak.toFixed(0)} MB (target ≤ ${PEAK_MEMORY_TARGET_MB} MB): ${peak <= PEAK_MEMORY_TARGET_MB ? 'PASS' : 'FAIL'}`,
    );
    if (rows.length >= 2) {
      const [a, b] = [rows[rows.length - 2], rows[rows.length - 1]];
      const growth = b.seconds / a.seconds / (b.doors / a.doors);
      const verdict = growth <= 1.1 ? 'PASS' : 'FAIL';
      print(
        `cost growth ${a.doors}→${b.doors} doors: ${growth.toFixed(2)}× linear (target ≤ 1.10, linear within timing noise): ${verdict}`,
      );
    }
  } finally {
    worker?.kill('SIGTERM');
    await app?.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
