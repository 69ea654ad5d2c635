/**
 * OEE benchmark (issue 16): loads 100 machines × 30 days of events (a state change about every 10 minutes, counts
 * every 5 minutes: about 1.3 million events) through the factory-wide batch route POST /api/v1/machine-events of
 * the built api (its own process, as deployed), with a few concurrent clients, each batch one machine's stretch
 * of history (a gateway uploading what it buffered); the OEE rollups are kept up to date in the same
 * transactions. Prints events/s, then the p95 of the factory OEE by shift over 30 days, one machine by hour over
 * 7 days and the dashboard's queries, each against its target, PASS or FAIL.
 * `npm run bench:oee` (then the MQTT benchmark); alone: `node dist/bench/oee.bench.js [-- --machines 100 --days 30
 * --clients 4 --batch 5000 --runs 40]`. Needs PostgreSQL (DATABASE_URL, default the local one).
 */
import { FactoriesService, loadConfig, migrateUp, type Runtime } from '@mendao/platform';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { MIGRATIONS } from '../migrations';
import { createApiApp } from '../apps/api/src/create-api-app';
import { option, print, request, startBuiltApi, type Reply } from './support/bench-io';
import { DATABASE_URL, dbUrl, freePort, withClient } from './support/local-services';

const TARGETS = { eventsPerSecond: 20_000, p95Ms: 200 };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FACTORY = 'OEEB';
const PROCESSES = ['cutting', 'edge_banding', 'cnc', 'pressing', 'sanding', 'painting', 'assembly', 'packing'];
// a door plant's stops between stretches of running, by the seeded reason tree's codes
const STOPS = [
  { state: 'setup', reason: 'tool_change' },
  { state: 'down', reason: 'blade_broken' },
  { state: 'idle', reason: 'no_order' },
  { state: 'down', reason: 'no_material' },
  { state: 'setup', reason: 'colour_change' },
  { state: 'down', reason: 'jam' },
  { state: 'idle', reason: 'waiting_qc' },
  { state: 'down', reason: 'motor_bearing' },
] as const;

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

async function expectOk(reply: Promise<Reply>, what: string): Promise<Reply> {
  const r = await reply;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.body.slice(0, 300)}`);
  return r;
}

/** A small seeded generator, so two runs send the same history. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type FactoryEvent =
  | { machine: string; kind: 'state'; at: string; state: string; reason?: string }
  | { machine: string; kind: 'count'; at: string; good: number; scrap: number };

/**
 * One machine's history over [from, to): a state change every 10 minutes give or take 3 (mostly running, a stop
 * from the list every few changes, now and then one shorter than 2 minutes), counts every 5 minutes.
 */
function history(code: string, seed: number, from: number, to: number): FactoryEvent[] {
  const random = lcg(seed);
  const events: FactoryEvent[] = [];
  let t = from + Math.floor(random() * 5 * MINUTE);
  let k = 0;
  while (t < to) {
    const running = k % 3 !== 2;
    const stop = STOPS[Math.floor(random() * STOPS.length)];
    events.push(
      running
        ? { machine: code, kind: 'state', at: new Date(t).toISOString(), state: 'running' }
        : { machine: code, kind: 'state', at: new Date(t).toISOString(), state: stop.state, reason: stop.reason },
    );
    // a stop is sometimes a minor one: back to running after 30-110 s
    const next = !running && random() < 0.25 ? 30_000 + random() * 80_000 : 7 * MINUTE + random() * 6 * MINUTE;
    t += Math.round(next / 1000) * 1000;
    k++;
  }
  for (let c = from + 5 * MINUTE; c < to; c += 5 * MINUTE) {
    const good = 5 + Math.floor(random() * 20);
    events.push({ machine: code, kind: 'count', at: new Date(c).toISOString(), good, scrap: random() < 0.2 ? 1 : 0 });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function seed(url: string): Promise<string> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const runtime: Runtime = { config, logger: pino({ level: 'warn' }), databaseUrl: url, jwtSecret, embedded: false };
  const app = await createApiApp(runtime);
  const factories = app.get(FactoriesService);
  const { factory } = await factories.create({ code: FACTORY, name: 'OEE bench' });
  const password = randomBytes(9).toString('base64url');
  await factories.createUser(factory.id, { username: 'lead', password, roles: ['manager', 'operator'] });
  await app.close();
  return password;
}

async function main(): Promise<void> {
  const machineCount = option('machines', 100);
  const days = option('days', 30);
  const clients = option('clients', 4);
  const batchSize = option('batch', 5000);
  const runs = option('runs', 40);
  // --keep 1: leave the database behind (its name is printed) to look into the queries
  const keep = option('keep', 0, { min: 0 }) > 0;
  const name = `mendao_bench_oee_${randomBytes(4).toString('hex')}`;
  const url = dbUrl(name);
  print(`Mendao OEE benchmark — ${new Date().toISOString()}, node ${process.version}`);
  print(
    `${machineCount} machines × ${days} days through POST /api/v1/machine-events, ${clients} clients, ${batchSize} events per batch`,
  );
  await withClient(DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  let api: ChildProcess | undefined;
  try {
    await migrateUp(url, MIGRATIONS);
    const password = await seed(url);
    const port = await freePort();
    api = await startBuiltApi(url, port, randomBytes(32).toString('hex'));
    const login = await expectOk(
      request(agent, port, 'POST', '/api/v1/auth/login', { factory: FACTORY, username: 'lead', password }),
      'login',
    );
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;

    // the calendar first (a change to it recomputes the history): two shifts Monday to Saturday, with breaks
    const shifts = [
      {
        code: 'DAY',
        name: '白班',
        nameEn: 'Day',
        start: '08:00',
        end: '20:00',
        breaks: [{ start: '12:00', end: '13:00' }],
      },
      {
        code: 'NIGHT',
        name: '夜班',
        nameEn: 'Night',
        start: '20:00',
        end: '08:00',
        breaks: [{ start: '00:00', end: '00:30' }],
      },
    ];
    for (const s of shifts)
      await expectOk(
        request(agent, port, 'POST', '/api/v1/shifts', { ...s, days: [1, 2, 3, 4, 5, 6] }, token),
        'shift',
      );
    const codes = Array.from({ length: machineCount }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);
    for (const [i, code] of codes.entries())
      await expectOk(
        request(
          agent,
          port,
          'POST',
          '/api/v1/machines',
          {
            code,
            name: `设备 ${i + 1}`,
            process: PROCESSES[i % PROCESSES.length],
            countUnit: 'part',
            idealCycleSeconds: 10 + (i % 5) * 2,
          },
          token,
        ),
        'machine',
      );

    const now = Math.floor(Date.now() / MINUTE) * MINUTE - MINUTE;
    const from = now - days * DAY;
    const batches: FactoryEvent[][] = [];
    let total = 0;
    for (const [i, code] of codes.entries()) {
      const events = history(code, i + 1, from, now);
      total += events.length;
      for (let b = 0; b < events.length; b += batchSize) batches.push(events.slice(b, b + batchSize));
    }
    // the batches of all machines interleaved, as clients would send them
    batches.sort((a, b) => a[0].at.localeCompare(b[0].at));
    print(`${total} events in ${batches.length} batches`);

    let next = 0;
    let accepted = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          const r = await expectOk(
            request(agent, port, 'POST', '/api/v1/machine-events', { events: batch }, token),
            'events',
          );
          accepted += (JSON.parse(r.body) as { accepted: number }).accepted;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const eventsPerSecond = total / seconds;
    const [rows] = await withClient(url, async (c) => {
      await c.query('ANALYZE');
      return (
        await c.query<{ states: number; counts: number; slots: number }>(
          `SELECT (SELECT count(*)::int FROM machine_state_event) AS states,
                  (SELECT count(*)::int FROM machine_count_event) AS counts,
                  (SELECT count(*)::int FROM oee_rollup) AS slots`,
        )
      ).rows;
    });

    const iso = (t: number) => encodeURIComponent(new Date(t).toISOString());
    const qNow = Date.now();
    // the factory's local midnight and the current shift's start (Asia/Shanghai, UTC+8, no DST)
    const localMidnight = Math.floor((qNow + 8 * 3600_000) / DAY) * DAY - 8 * 3600_000;
    const localHour = new Date(qNow + 8 * 3600_000).getUTCHours();
    const shiftStart =
      localHour >= 8 && localHour < 20
        ? localMidnight + 8 * 3600_000
        : localHour >= 20
          ? localMidnight + 20 * 3600_000
          : localMidnight - 4 * 3600_000;
    const oee = (q: string) => `/api/v1/oee?${q}`;
    const queries: [string, string][] = [
      [
        'factory OEE by shift, 30 days',
        oee(`groupBy=factory&bucket=shift&from=${iso(qNow - 30 * DAY)}&to=${iso(qNow)}`),
      ],
      ['one machine by hour, 7 days', oee(`machine=M001&bucket=hour&from=${iso(qNow - 7 * DAY)}&to=${iso(qNow)}`)],
      ['dashboard: factory today', oee(`groupBy=factory&bucket=none&from=${iso(localMidnight)}&to=${iso(qNow)}`)],
      ['dashboard: machines today', oee(`groupBy=machine&bucket=none&from=${iso(localMidnight)}&to=${iso(qNow)}`)],
      ['dashboard: factory this shift', oee(`groupBy=factory&bucket=none&from=${iso(shiftStart)}&to=${iso(qNow)}`)],
      [
        'dashboard: factory today by hour',
        oee(`groupBy=factory&bucket=hour&from=${iso(localMidnight)}&to=${iso(qNow)}`),
      ],
      ['dashboard: machines 7 days', oee(`groupBy=machine&bucket=none&from=${iso(qNow - 7 * DAY)}&to=${iso(qNow)}`)],
      ['dashboard: machines 30 days', oee(`groupBy=machine&bucket=none&from=${iso(qNow - 30 * DAY)}&to=${iso(qNow)}`)],
      [
        'dashboard: trend by day, 30 days',
        oee(`groupBy=factory&bucket=day&from=${iso(qNow - 30 * DAY)}&to=${iso(qNow)}`),
      ],
      [
        'dashboard: downtime Pareto, 7 days',
        oee(`groupBy=factory&bucket=none&from=${iso(qNow - 7 * DAY)}&to=${iso(qNow)}`),
      ],
      ['dashboard: timeline, 24 h', `/api/v1/machines/M001/timeline?from=${iso(qNow - DAY)}&to=${iso(qNow)}`],
    ];
    const timings: { label: string; p50: number; p95: number }[] = [];
    for (const [label, path] of queries) {
      for (let w = 0; w < 3; w++) await expectOk(request(agent, port, 'GET', path, undefined, token), label);
      const ms: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t = performance.now();
        await expectOk(request(agent, port, 'GET', path, undefined, token), label);
        ms.push(performance.now() - t);
      }
      timings.push({ label, p50: percentile(ms, 50), p95: percentile(ms, 95) });
    }

    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    const pad = (s: string, n: number) => s.padEnd(n);
    print();
    print(`${pad('measure', 40)}${pad('value', 26)}${pad('target', 14)}result`);
    print(`${'-'.repeat(40)}${'-'.repeat(26)}${'-'.repeat(14)}------`);
    print(
      `${pad('events sent / accepted', 40)}${pad(`${total} / ${accepted}`, 26)}${pad('all', 14)}${verdict(accepted === total)}`,
    );
    print(
      `${pad('rows: states + counts', 40)}${pad(`${rows.states} + ${rows.counts}`, 26)}${pad('= sent', 14)}${verdict(rows.states + rows.counts === total)}`,
    );
    print(`${pad('rollup slots', 40)}${rows.slots}`);
    print(
      `${pad('ingestion events/s (HTTP, rollups incl.)', 40)}${pad(`${eventsPerSecond.toFixed(0)} (${seconds.toFixed(1)} s)`, 26)}${pad(`≥ ${TARGETS.eventsPerSecond}`, 14)}${verdict(eventsPerSecond >= TARGETS.eventsPerSecond)}`,
    );
    for (const t of timings)
      print(
        `${pad(`${t.label} p95`, 40)}${pad(`${t.p95.toFixed(1)} ms (p50 ${t.p50.toFixed(1)})`, 26)}${pad(`≤ ${TARGETS.p95Ms} ms`, 14)}${verdict(t.p95 <= TARGETS.p95Ms)}`,
      );
  } finally {
    api?.kill();
    agent.destroy();
    await new Promise((r) => setTimeout(r, 500));
    if (keep) print(`kept database ${name}`);
    else await withClient(DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
