/**
 * Scan benchmark (issue 5): 50 simulated scanners drive the real HTTP api (a separate process, as
 * deployed) with mixed receipts, issues and transfers over 500 items and 50 locations; in the same
 * run, pgbench runs the equivalent raw transaction (a ledger row plus a conditional balance update)
 * on the same database. Prints scans/s, p50/p99 latency, the ratio to pgbench's transactions/s, and
 * checks afterwards that the ledger sums equal the balances exactly.
 * `npm run bench:scan [-- --seconds 30 --scanners 50]`. Needs PostgreSQL (DATABASE_URL, default the
 * local one) and pgbench on PATH.
 */
import { FactoriesService, loadConfig, migrateUp, type Runtime } from '@mendao/platform';
import { ChildProcess, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { MIGRATIONS } from '../migrations';
import { createApiApp } from '../apps/api/src/create-api-app';
import { DATABASE_URL, dbUrl, freePort, withClient } from './support/local-services';
import { option, print, request, startBuiltApi } from './support/bench-io';
import { machineCpuMs, processCpuMs } from './support/processes';
import { ScannerConnection } from './support/scanner-connection';

const ITEMS = 500;
const LOCATIONS = 50;
const OPENING_STOCK = 20;
const TARGETS = { ratio: 0.33, p99Ms: 50 };

/** A factory with a warehouse user, 500 items (each with a barcode), 50 locations and opening stock everywhere. */
async function seed(url: string, code: string): Promise<{ factoryId: string; password: string }> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const runtime: Runtime = { config, logger: pino({ level: 'warn' }), databaseUrl: url, jwtSecret, embedded: false };
  const app = await createApiApp(runtime);
  const factories = app.get(FactoriesService);
  const { factory } = await factories.create({ code, name: `Scan bench ${code}` });
  const password = randomBytes(9).toString('base64url');
  await factories.createUser(factory.id, { username: 'scanner', password, roles: ['warehouse'] });
  await app.close();
  await withClient(url, async (c) => {
    const f = factory.id;
    await c.query(
      `INSERT INTO item (factory_id, code, name_zh, name_en, kind, unit, standard_cost)
       SELECT $1, 'IT-' || lpad(n::text, 4, '0'), '物料 ' || n, 'Item ' || n, 'hardware', 'piece', 10 FROM generate_series(1, $2) n`,
      [f, ITEMS],
    );
    await c.query(
      `INSERT INTO barcode (factory_id, code, item_id) SELECT $1, '69' || lpad(substr(code, 4), 11, '0'), id FROM item WHERE factory_id = $1`,
      [f],
    );
    await c.query(
      `INSERT INTO location (factory_id, code, name_zh, name_en, type)
       SELECT $1, 'L-' || lpad(n::text, 2, '0'), '库位 ' || n, 'Bin ' || n, 'storage' FROM generate_series(1, $2) n`,
      [f, LOCATIONS],
    );
    await c.query(
      `INSERT INTO barcode (factory_id, code, location_id) SELECT $1, 'LOC' || code, id FROM location WHERE factory_id = $1`,
      [f],
    );
    // opening stock through the ledger, so that ledger and balances agree from the start
    await c.query(
      `INSERT INTO stock_move (factory_id, scan_id, type, item_id, quantity, to_location_id, reference)
       SELECT $1, gen_random_uuid(), 'receipt', i.id, $2, l.id, 'opening'
         FROM item i CROSS JOIN location l WHERE i.factory_id = $1 AND l.factory_id = $1`,
      [f, OPENING_STOCK],
    );
    await c.query(
      `INSERT INTO stock_balance (factory_id, item_id, location_id, lot, quantity)
       SELECT $1, i.id, l.id, '', $2 FROM item i CROSS JOIN location l WHERE i.factory_id = $1 AND l.factory_id = $1`,
      [f, OPENING_STOCK],
    );
    await c.query('ANALYZE');
  });
  return { factoryId: factory.id, password };
}

/** A small seeded generator, so two runs send the same mix. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface ScanFigures {
  scans: number;
  byStatus: Map<number, number>;
  latencies: number[];
  seconds: number;
}

/**
 * `scanners` loops, each a scanner that scans, waits for the answer, and scans again; scanner s talks
 * to api instance s mod n, as a load balancer would spread them.
 */
async function driveScanners(ports: number[], token: string, scanners: number, seconds: number): Promise<ScanFigures> {
  const latencies: number[] = [];
  const byStatus = new Map<number, number>();
  const started = performance.now();
  const end = started + seconds * 1000;
  const itemCode = (n: number) => `69${String(n).padStart(11, '0')}`;
  const locationCode = (n: number) => `LOCL-${String(n).padStart(2, '0')}`;
  await Promise.all(
    Array.from({ length: scanners }, async (_, s) => {
      const random = lcg(s + 1);
      const connection = new ScannerConnection(ports[s % ports.length], token);
      const pick = (n: number) => 1 + Math.floor(random() * n);
      while (performance.now() < end) {
        const roll = random();
        const item = itemCode(pick(ITEMS));
        const a = pick(LOCATIONS);
        const b = 1 + (a % LOCATIONS);
        const body =
          roll < 0.4
            ? { type: 'receipt', item, quantity: pick(5), to: locationCode(a) }
            : roll < 0.8
              ? { type: 'issue', item, quantity: 1, from: locationCode(a) }
              : { type: 'transfer', item, quantity: 1, from: locationCode(a), to: locationCode(b) };
        const t0 = performance.now();
        const reply = await connection.post('/api/v1/stock/moves', { scanId: randomUUID(), ...body });
        latencies.push(performance.now() - t0);
        byStatus.set(reply.status, (byStatus.get(reply.status) ?? 0) + 1);
      }
      connection.close();
    }),
  );
  return { scans: latencies.length, byStatus, latencies, seconds: (performance.now() - started) / 1000 };
}

/** pgbench with the raw equivalent of a scan: a ledger row and a conditional balance update in one transaction. */
function runPgbench(url: string, factoryId: string, clients: number, seconds: number): number {
  const script = join(tmpdir(), `mendao-scan-${randomBytes(4).toString('hex')}.sql`);
  writeFileSync(
    script,
    `\\set i random(1, ${ITEMS})
\\set l random(1, ${LOCATIONS})
BEGIN;
UPDATE stock_balance SET quantity = quantity + 1, updated_at = now()
 WHERE factory_id = '${factoryId}' AND lot = ''
   AND item_id = (SELECT id FROM item WHERE factory_id = '${factoryId}' AND code = 'IT-' || lpad(:i::text, 4, '0'))
   AND location_id = (SELECT id FROM location WHERE factory_id = '${factoryId}' AND code = 'L-' || lpad(:l::text, 2, '0'))
   AND quantity >= 0;
INSERT INTO stock_move (factory_id, scan_id, type, item_id, quantity, to_location_id)
 SELECT '${factoryId}', gen_random_uuid(), 'receipt', i.id, 1, l.id FROM item i, location l
  WHERE i.factory_id = '${factoryId}' AND i.code = 'IT-' || lpad(:i::text, 4, '0')
    AND l.factory_id = '${factoryId}' AND l.code = 'L-' || lpad(:l::text, 2, '0');
END;
`,
  );
  const result = spawnSync(
    'pgbench',
    ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, url],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`pgbench failed: ${result.stderr || result.error?.message}`);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(result.stdout);
  if (!tps) throw new Error(`pgbench printed no tps:\n${result.stdout}`);
  return Number(tps[1]);
}

async function ledgerMismatches(url: string, factoryId: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `WITH flows AS (
         SELECT item_id, to_location_id AS location_id, lot, quantity FROM stock_move WHERE factory_id = $1 AND to_location_id IS NOT NULL
         UNION ALL
         SELECT item_id, from_location_id, lot, -quantity FROM stock_move WHERE factory_id = $1 AND from_location_id IS NOT NULL
       ), ledger AS (SELECT item_id, location_id, lot, sum(quantity) AS quantity FROM flows GROUP BY 1, 2, 3),
       balances AS (SELECT item_id, location_id, lot, quantity FROM stock_balance WHERE factory_id = $1)
       SELECT count(*) AS n FROM ledger l FULL JOIN balances b USING (item_id, location_id, lot)
        WHERE COALESCE(l.quantity, 0) <> COALESCE(b.quantity, 0)`,
      [factoryId],
    );
    return Number(rows[0].n);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const seconds = option('seconds', 30);
  const scanners = option('scanners', 50);
  // served mode may run several stateless api instances behind a load balancer; on this 2-core
  // machine a second one only competes with Postgres and the scanners for the same cores
  const instances = option('api-instances', 1);
  const name = `mendao_bench_scan_${randomBytes(4).toString('hex')}`;
  const url = dbUrl(name);
  print(`Mendao scan benchmark — ${new Date().toISOString()}, node ${process.version}`);
  print(
    `${scanners} scanners × ${seconds} s over ${ITEMS} items and ${LOCATIONS} locations, ${instances} api instance(s); database ${name}`,
  );
  await withClient(DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  let apis: ChildProcess[] = [];
  try {
    await migrateUp(url, MIGRATIONS);
    const scan = await seed(url, 'SCAN');
    const raw = await seed(url, 'PGB');
    const jwtSecret = randomBytes(32).toString('hex');
    const ports: number[] = [];
    for (let k = 0; k < instances; k += 1) ports.push(await freePort());
    apis = await Promise.all(ports.map((port) => startBuiltApi(url, port, jwtSecret)));
    const port = ports[0];
    const agent = new http.Agent({ keepAlive: true });
    const login = await request(agent, port, 'POST', '/api/v1/auth/login', {
      factory: 'SCAN',
      username: 'scanner',
      password: scan.password,
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.body}`);
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
    agent.destroy();
    // a short warm-up so the JIT and the connection pool are ready, as on a shop floor after start
    await driveScanners(ports, token, scanners, 3);
    const apiCpuMs = () => apis.reduce((sum, api) => sum + processCpuMs(api.pid), 0);
    const cpuBefore = { bench: process.cpuUsage(), api: apiCpuMs(), total: machineCpuMs() };
    const figures = await driveScanners(ports, token, scanners, seconds);
    const benchCpu = process.cpuUsage(cpuBefore.bench);
    const cpu = {
      bench: (benchCpu.user + benchCpu.system) / 1000,
      api: apiCpuMs() - cpuBefore.api,
      total: machineCpuMs() - cpuBefore.total,
    };
    apis.forEach((api) => api.kill('SIGTERM'));
    apis = [];
    const tps = runPgbench(url, raw.factoryId, scanners, seconds);
    const mismatches = await ledgerMismatches(url, scan.factoryId);

    const sorted = [...figures.latencies].sort((a, b) => a - b);
    const scansPerSecond = figures.scans / figures.seconds;
    const p50 = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    const ratio = scansPerSecond / tps;
    const statuses = [...figures.byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`);
    const unexpected = [...figures.byStatus].filter(([s]) => s !== 201 && s !== 409).reduce((n, [, c]) => n + c, 0);
    print();
    print('measure                               value');
    print('------------------------------------  ------------------');
    print(`scans answered                        ${figures.scans} in ${figures.seconds.toFixed(1)} s`);
    print(`answers by status                     ${statuses.join(', ')}  (409 = not enough stock, refused)`);
    print(`scans/s (HTTP api)                    ${scansPerSecond.toFixed(0)}`);
    print(`latency p50 / p99                     ${p50.toFixed(1)} ms / ${p99.toFixed(1)} ms`);
    print(
      `latency p90 / p99.9 / max             ${[90, 99.9, 100].map((q) => percentile(sorted, q).toFixed(1)).join(' / ')} ms`,
    );
    print(`pgbench transactions/s (same work)    ${tps.toFixed(0)}`);
    print(`ratio scans/s ÷ pgbench tps           ${ratio.toFixed(2)}`);
    print(`ledger rows ≠ balances afterwards     ${mismatches}`);
    const perScan = (ms: number) => `${((ms * 1000) / figures.scans).toFixed(0)} µs`;
    print(
      `CPU per scan: api / load generator / rest (Postgres)  ${perScan(cpu.api)} / ${perScan(cpu.bench)} / ${perScan(cpu.total - cpu.api - cpu.bench)}`,
    );
    print();
    print('target                         result                status');
    print('-----------------------------  --------------------  ------');
    const row = (target: string, result: string, pass: boolean) =>
      print(`${target.padEnd(29)}  ${result.padEnd(20)}  ${pass ? 'PASS' : 'FAIL'}`);
    row(`ratio ≥ ${TARGETS.ratio}`, ratio.toFixed(2), ratio >= TARGETS.ratio);
    row(`p99 ≤ ${TARGETS.p99Ms} ms`, `${p99.toFixed(1)} ms`, p99 <= TARGETS.p99Ms);
    row('ledger sums = balances', `${mismatches} mismatched rows`, mismatches === 0);
    row('no 5xx or other errors', `${unexpected} unexpected`, unexpected === 0);
  } finally {
    apis.forEach((api) => api.kill('SIGTERM'));
    await withClient(DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
