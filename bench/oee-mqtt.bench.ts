/**
 * MQTT ingestion benchmark (issue 16): simulated machines publish their state changes (about every 10 minutes)
 * and counts (every 5 minutes) over a few days of history with QoS 1, one event per message as a machine's
 * controller sends them; the built gateway (dist/, its own process, as deployed) writes them through the
 * equipment service. Timed from the first publish until every event is a row in the database; prints events/s.
 * `npm run bench:oee` runs it after bench/oee.bench.ts; alone: `node dist/bench/oee-mqtt.bench.js
 * [-- --machines 20 --days 3 --per-message 1 --window 200]`. Needs PostgreSQL (DATABASE_URL, default the local one) and Mosquitto
 * (/usr/sbin/mosquitto, started on a free port with docker-compose.yml's settings), or a broker at MQTT_URL: its
 * queue per client must hold a backlog (Mosquitto's default max_queued_messages, 1000, drops the rest).
 */
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectAsync, MqttClient } from 'mqtt';
import pino from 'pino';
import { EquipmentModule, MachinesService } from '@mendao/equipment';
import {
  FactoriesService,
  loadConfig,
  migrateUp,
  PlatformModule,
  type Runtime,
  TenancyContext,
} from '@mendao/platform';
import { MIGRATIONS } from '../migrations';
import { MosquittoProcess } from '../apps/gateway/src/testing/mosquitto-process';
import { option, print } from './support/bench-io';
import { DATABASE_URL, dbUrl, withClient } from './support/local-services';

// a broker of the benchmark's own (configured as docker-compose.yml's) unless one is named
const MQTT_URL = process.env.MQTT_URL;
/** Rows not growing for this long means messages were lost: the run fails rather than waits. */
const STALL_MS = 30_000;
const FACTORY = 'MQTTB';
const STATE_EVERY_MS = 10 * 60_000;
const COUNT_EVERY_MS = 5 * 60_000;
// a door plant's day: mostly running, with the stops a reason tree names
const CYCLE = [
  { state: 'running' },
  { state: 'running' },
  { state: 'setup', reason: 'tool_change' },
  { state: 'running' },
  { state: 'running' },
  { state: 'down', reason: 'blade_broken' },
  { state: 'running' },
  { state: 'idle', reason: 'no_order' },
] as const;

@Module({})
class SeedModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: SeedModule,
      imports: [PlatformModule.forRoot({ ...runtime, consumeJobs: false, poolSize: 2 }), EquipmentModule],
    };
  }
}

async function seed(url: string, machines: string[]): Promise<void> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const runtime: Runtime = { config, logger: pino({ level: 'warn' }), databaseUrl: url, jwtSecret, embedded: false };
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(runtime), { logger: false });
  const { factory } = await app.get(FactoriesService).create({ code: FACTORY, name: 'MQTT bench' });
  await app.get(TenancyContext).run({ factoryId: factory.id }, async () => {
    for (const code of machines)
      await app
        .get(MachinesService)
        .create({ code, name: `封边机 ${code}`, process: 'edge_banding', countUnit: 'm', idealCycleSeconds: 2 });
  });
  await app.close();
}

/** One machine's history, oldest first: a state every 10 minutes, a count every 5. */
function history(days: number, end: number): { kind: 'state' | 'counts'; body: object }[] {
  const start = end - days * 24 * 3600_000;
  const events: { kind: 'state' | 'counts'; body: object }[] = [];
  for (let at = start, n = 0; at < end; at += COUNT_EVERY_MS, n += 1) {
    const k = (at - start) / STATE_EVERY_MS;
    if (Number.isInteger(k))
      events.push({ kind: 'state', body: { at: new Date(at).toISOString(), ...CYCLE[k % CYCLE.length] } });
    events.push({
      kind: 'counts',
      body: { at: new Date(at).toISOString(), good: 100 + (n % 7), scrap: n % 5 === 0 ? 1 : 0 },
    });
  }
  return events;
}

/** The built gateway, resolved once it has subscribed. */
function startGateway(url: string, broker: string, clientId: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../apps/gateway/src/main.js')], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: url,
      MQTT_URL: broker,
      MQTT_CLIENT_ID: clientId,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      // its warnings and errors (refused messages, failed writes) on our stderr; the figures stay on stdout
      for (const line of chunk.toString().split('\n'))
        if (/"level":(40|50|60)/.test(line)) process.stderr.write(`gateway: ${line.slice(0, 2000)}\n`);
      output += chunk.toString();
      if (output.includes('"msg":"subscribed"')) resolve(child);
      if (output.length > 100_000) output = output.slice(-1000);
    });
  });
}

/**
 * Publishes one machine's events in order, `perMessage` consecutive events of a kind to a message (an array when
 * more than one), with up to `window` QoS 1 messages awaiting the broker's PUBACK.
 */
async function publishAll(
  client: MqttClient,
  machine: string,
  events: ReturnType<typeof history>,
  perMessage: number,
  window: number,
): Promise<void> {
  const messages: { kind: 'state' | 'counts'; bodies: object[] }[] = [];
  for (const event of events) {
    const last = messages.at(-1);
    if (last && last.kind === event.kind && last.bodies.length < perMessage) last.bodies.push(event.body);
    else messages.push({ kind: event.kind, bodies: [event.body] });
  }
  const inFlight = new Set<Promise<unknown>>();
  for (const { kind, bodies } of messages) {
    const payload = JSON.stringify(perMessage === 1 ? bodies[0] : bodies);
    const sent = client.publishAsync(`mendao/${FACTORY}/machines/${machine}/${kind}`, payload, { qos: 1 });
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
    if (inFlight.size >= window) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

async function rowCount(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT (SELECT count(*) FROM machine_state_event) + (SELECT count(*) FROM machine_count_event) AS n`,
    );
    return Number(rows[0].n);
  });
}

async function main(): Promise<void> {
  const machineCount = option('machines', 20);
  const days = option('days', 3);
  const window = option('window', 200);
  // 1: each event its own message, as a controller sends them live; more: a device's backlog after an outage
  const perMessage = option('per-message', 1);
  const name = `mendao_bench_mqtt_${randomBytes(4).toString('hex')}`;
  const url = dbUrl(name);
  const clientId = `mendao-bench-${randomBytes(4).toString('hex')}`;
  const machines = Array.from({ length: machineCount }, (_, i) => `EB-${String(i + 1).padStart(2, '0')}`);
  const end = Math.floor(Date.now() / COUNT_EVERY_MS) * COUNT_EVERY_MS - COUNT_EVERY_MS;
  const events = history(days, end);
  const total = events.length * machineCount;
  print(`Mendao MQTT ingestion benchmark — ${new Date().toISOString()}, node ${process.version}`);
  print(
    `${machineCount} machines × ${days} days (a state every 10 min, a count every 5 min): ${total} events, ` +
      `${perMessage === 1 ? 'one per message' : `up to ${perMessage} per message`}, QoS 1; database ${name}`,
  );
  await withClient(DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  const mosquitto = MQTT_URL ? undefined : await MosquittoProcess.start();
  const broker = MQTT_URL ?? mosquitto!.url;
  let gateway: ChildProcess | undefined;
  const devices: MqttClient[] = [];
  try {
    await migrateUp(url, MIGRATIONS);
    await seed(url, machines);
    print(`broker: ${mosquitto ? `a Mosquitto of its own, configured as docker-compose.yml's (${broker})` : broker}`);
    gateway = await startGateway(url, broker, clientId);
    for (const machine of machines)
      devices.push(await connectAsync(broker, { clientId: `${clientId}-${machine}`, reconnectPeriod: 500 }));

    const started = performance.now();
    const publishing = Promise.all(machines.map((m, i) => publishAll(devices[i], m, events, perMessage, window)));
    await publishing;
    const published = performance.now();
    let rows = 0;
    let progressAt = Date.now();
    for (let last = -1; (rows = await rowCount(url)) < total; last = rows) {
      if (rows > last) progressAt = Date.now();
      if (Date.now() - progressAt > STALL_MS)
        throw new Error(`${rows} of ${total} events in the database, none more for ${STALL_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const finished = performance.now();
    if (rows !== total) throw new Error(`${rows} rows for ${total} events`);

    const seconds = (finished - started) / 1000;
    print(`published (broker PUBACKs) in ${((published - started) / 1000).toFixed(1)} s`);
    print(`all ${total} events in the database in ${seconds.toFixed(1)} s`);
    print(`MQTT ingestion: ${Math.round(total / seconds)} events/s (publish → Mosquitto → gateway → rows and rollups)`);
    print('(issue 16 sets no MQTT target; the batched HTTP route is held to ≥ 20,000 events/s by bench/oee.bench.ts)');
  } finally {
    await Promise.all(devices.map((d) => d.endAsync()));
    if (gateway && gateway.exitCode === null) {
      const exited = new Promise((resolve) => gateway!.once('exit', resolve));
      gateway.kill('SIGTERM');
      await exited;
    }
    // the gateway's persistent session is of no use after the run
    const session = await connectAsync(broker, {
      clientId,
      protocolVersion: 5,
      clean: true,
      properties: { sessionExpiryInterval: 0 },
      reconnectPeriod: 0,
    }).catch(() => undefined);
    await session?.endAsync();
    await mosquitto?.remove();
    await withClient(DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
