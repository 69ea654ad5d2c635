import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { connectAsync, MqttClient } from 'mqtt';
import { Client } from 'pg';
import type { Runtime } from '@mendao/platform';
import { createTestDatabase, eventually, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { GatewayModule } from '../apps/gateway/src/gateway.module';
import { gatewayRejected } from '../apps/gateway/src/gateway.metrics';
import { MqttGatewayService } from '../apps/gateway/src/mqtt-gateway.service';
import { MosquittoProcess } from '../apps/gateway/src/testing/mosquitto-process';
import { TestApi } from './support/api';

// the broker of this machine (CI starts one); the broker-restart suite below runs its own
const BROKER_URL = process.env.MQTT_URL ?? 'mqtt://127.0.0.1:1883';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const uniqueId = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** The gateway as `npm run start:gateway` builds it, in this process, on its own persistent session. */
async function startGateway(runtime: Runtime): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(GatewayModule.forRoot(runtime), { logger: false });
  await app.init();
  await eventually(() => app.get(MqttGatewayService).subscribed, { what: 'the gateway to subscribe' });
  return app;
}

/** Ends a gateway's session on the broker, so that test runs leave none behind. */
async function endSession(url: string, clientId: string): Promise<void> {
  const client = await connectAsync(url, {
    clientId,
    protocolVersion: 5,
    clean: true,
    properties: { sessionExpiryInterval: 0 },
    reconnectPeriod: 0,
  });
  await client.endAsync();
}

function publisher(url: string): Promise<MqttClient> {
  return connectAsync(url, { clientId: uniqueId('test-device'), reconnectPeriod: 200, connectTimeout: 5000 });
}

async function rejected(reason: string): Promise<number> {
  return (await gatewayRejected.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;
}

async function rejectedCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const v of (await gatewayRejected.get()).values) counts[String(v.labels.reason)] = v.value;
  return counts;
}

/** Machine events as the database holds them. */
class EventRows {
  private constructor(private readonly pg: Client) {}

  static async open(url: string): Promise<EventRows> {
    const pg = new Client({ connectionString: url });
    await pg.connect();
    return new EventRows(pg);
  }

  async states(factory: string, machine: string) {
    const { rows } = await this.pg.query(
      `SELECT e.event_id AS "eventId", e.at, e.state, e.reason, e.source
         FROM machine_state_event e JOIN machine m ON m.id = e.machine_id JOIN factory f ON f.id = e.factory_id
        WHERE f.code = $1 AND m.code = $2 ORDER BY e.at`,
      [factory, machine],
    );
    return rows as { eventId: string; at: Date; state: string; reason: string | null; source: string }[];
  }

  async counts(factory: string, machine: string) {
    const { rows } = await this.pg.query(
      `SELECT e.event_id AS "eventId", e.at, e.good, e.scrap, e.source
         FROM machine_count_event e JOIN machine m ON m.id = e.machine_id JOIN factory f ON f.id = e.factory_id
        WHERE f.code = $1 AND m.code = $2 ORDER BY e.at`,
      [factory, machine],
    );
    return rows as { eventId: string; at: Date; good: number; scrap: number; source: string }[];
  }

  close(): Promise<void> {
    return this.pg.end();
  }
}

async function factoryWithMachines(api: TestApi, code: string, machines: string[]) {
  const { tokens } = await api.factoryWithUsers(code, ['admin', 'manager']);
  for (const machine of machines) {
    const created = await api.request('POST', '/api/v1/machines', {
      token: tokens.manager,
      body: { code: machine, name: `开料锯 ${machine}`, process: 'cutting', countUnit: 'sheet', idealCycleSeconds: 60 },
    });
    expect(created.status).toBe(201);
  }
  return tokens;
}

describe('MQTT gateway (the broker at MQTT_URL)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let runtime: Runtime;
  let gateway: INestApplicationContext | undefined;
  let device: MqttClient;
  let rows: EventRows;
  let tokens: Awaited<ReturnType<typeof factoryWithMachines>>;
  // a factory of its own on the shared broker: other runs' gateways refuse its messages as an unknown factory
  const factory = `GW${randomBytes(3).toString('hex').toUpperCase()}`;
  const clientId = uniqueId('test-gateway');
  const topic = (machine: string, kind: 'state' | 'counts') => `mendao/${factory}/machines/${machine}/${kind}`;
  const publish = (t: string, payload: unknown) =>
    device.publishAsync(t, typeof payload === 'string' ? payload : JSON.stringify(payload), { qos: 1 });

  beforeAll(async () => {
    db = await createTestDatabase();
    runtime = testRuntime(db.url, { MQTT_URL: BROKER_URL, MQTT_CLIENT_ID: clientId });
    api = await TestApi.start(runtime);
    tokens = await factoryWithMachines(api, factory, ['SAW-1', 'CNC-1']);
    const reportsOnly = await api.request('POST', '/api/v1/machines', {
      token: tokens.manager,
      body: {
        code: 'ASM-1',
        name: '组装线',
        process: 'assembly',
        countUnit: 'part',
        idealCycleSeconds: 90,
        countsFrom: 'reports',
      },
    });
    expect(reportsOnly.status).toBe(201);
    // planned round the clock, so that every event of the tests is inside planned busy time
    const shift = await api.request('POST', '/api/v1/shifts', {
      token: tokens.manager,
      body: { code: 'all-day', name: '全天', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
    });
    expect(shift.status).toBe(201);
    rows = await EventRows.open(db.url);
    gateway = await startGateway(runtime);
    device = await publisher(BROKER_URL);
  });

  afterAll(async () => {
    await device?.endAsync();
    await gateway?.close();
    await endSession(BROKER_URL, clientId).catch(() => undefined);
    await rows?.close();
    await api?.close();
    await db?.drop();
  });

  it('writes published states and counts (one message or an array) as machine events, and they show in GET /oee', async () => {
    const from = minutesAgo(60);
    await publish(topic('SAW-1', 'state'), { eventId: 'saw-s1', at: minutesAgo(50), state: 'running' });
    await publish(topic('SAW-1', 'counts'), [
      { at: minutesAgo(45), good: 10, scrap: 1 },
      { eventId: 'saw-c2', at: minutesAgo(40), good: 5, scrap: 0 },
    ]);
    await publish(topic('SAW-1', 'state'), { at: minutesAgo(30), state: 'down', reason: 'blade_broken' });

    const states = await eventually(async () => {
      const found = await rows.states(factory, 'SAW-1');
      return found.length === 2 && found;
    });
    expect(states).toMatchObject([
      { eventId: 'saw-s1', state: 'running', reason: null, source: 'gateway' },
      { eventId: expect.stringMatching(/^state@/), state: 'down', reason: 'blade_broken', source: 'gateway' },
    ]);
    const counts = await eventually(async () => {
      const found = await rows.counts(factory, 'SAW-1');
      return found.length === 2 && found;
    });
    expect(counts).toMatchObject([
      { good: 10, scrap: 1, source: 'machine' },
      { eventId: 'saw-c2', good: 5, scrap: 0, source: 'machine' },
    ]);

    const to = new Date().toISOString();
    const oee = await api.request(
      'GET',
      `/api/v1/oee?machine=SAW-1&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&bucket=none`,
      { token: tokens.manager },
    );
    expect(oee.status).toBe(200);
    expect(oee.body.items).toHaveLength(1);
    const [item] = oee.body.items;
    expect(item).toMatchObject({ good: 15, scrap: 1, unplannedGood: 0, unplannedScrap: 0 });
    // running from 50 to 30 minutes ago, then down (blade broken) up to now
    expect(Math.abs(item.actualProductionTime - 20 * 60)).toBeLessThan(2);
    const down = item.downtimeByReason.find((r: { reason: string }) => r.reason === 'blade_broken');
    expect(down).toMatchObject({ stops: 1, loss: 'breakdown' });
    expect(Math.abs(down.seconds - (Date.parse(to) - Date.parse(states[1].at.toISOString())) / 1000)).toBeLessThan(2);
  });

  it('takes the same event again (a redelivery) once', async () => {
    const event = { eventId: 'cnc-dup', at: minutesAgo(20), good: 3, scrap: 0 };
    await publish(topic('CNC-1', 'counts'), event);
    await publish(topic('CNC-1', 'counts'), event);
    await publish(topic('CNC-1', 'counts'), { eventId: 'cnc-after', at: minutesAgo(19), good: 1, scrap: 0 });
    await eventually(async () => (await rows.counts(factory, 'CNC-1')).some((c) => c.eventId === 'cnc-after'));
    expect((await rows.counts(factory, 'CNC-1')).filter((c) => c.eventId === 'cnc-dup')).toHaveLength(1);
  });

  it('counts and skips a malformed payload, and writes the good message after it', async () => {
    const before = await rejected('bad_json');
    await publish(topic('SAW-1', 'state'), '{"at": "2026-');
    await publish(topic('SAW-1', 'state'), { eventId: 'after-bad-json', at: minutesAgo(10), state: 'idle' });
    await eventually(async () => (await rows.states(factory, 'SAW-1')).some((s) => s.eventId === 'after-bad-json'));
    expect(await rejected('bad_json')).toBe(before + 1);
  });

  it('refuses each bad message of a burst for its own reason and still writes the good ones around them', async () => {
    const before = await rejectedCounts();
    const delta = async (reason: string) => ((await rejectedCounts())[reason] ?? 0) - (before[reason] ?? 0);
    const good = (n: number) => ({ eventId: `burst-${n}`, at: minutesAgo(9 - n / 10), good: n, scrap: 0 });
    // sent together, so that they are written in one batch: the equipment service refuses a batch whole,
    // and the gateway has to isolate the bad ones (the unknown machine, the unknown reason) from the good
    await Promise.all([
      publish(topic('CNC-1', 'counts'), good(1)),
      publish(topic('NO-SUCH-MACHINE', 'counts'), { at: minutesAgo(9), good: 1, scrap: 0 }),
      publish(topic('CNC-1', 'counts'), good(2)),
      publish(topic('CNC-1', 'state'), { at: minutesAgo(8), state: 'down', reason: 'no_such_reason' }),
      publish(topic('CNC-1', 'counts'), { at: minutesAgo(8), good: -1, scrap: 0 }),
      publish(topic('CNC-1', 'counts'), { at: minutesAgo(8), good: 1.5, scrap: 0 }),
      publish(topic('CNC-1', 'state'), { at: minutesAgo(8), state: 'exploded' }),
      publish(topic('CNC-1', 'state'), { at: new Date(Date.now() + 3600_000).toISOString(), state: 'running' }),
      publish(topic('CNC-1', 'state'), { at: minutesAgo(8), state: 'down' }),
      publish(`mendao/NOFACTORY${factory}/machines/CNC-1/state`, { at: minutesAgo(8), state: 'running' }),
      publish(`mendao/${factory} 2/machines/CNC-1/state`, { at: minutesAgo(8), state: 'running' }),
      publish(topic('ASM-1', 'counts'), { at: minutesAgo(8), good: 2, scrap: 0 }),
      publish(topic('ASM-1', 'state'), { eventId: 'asm-state', at: minutesAgo(8), state: 'running' }),
      publish(topic('CNC-1', 'counts'), good(3)),
    ]);
    // its states are its own; its counts come from station reports only
    await eventually(async () => (await rows.states(factory, 'ASM-1')).some((s) => s.eventId === 'asm-state'));
    expect(await rows.counts(factory, 'ASM-1')).toEqual([]);
    await eventually(async () => {
      const ids = (await rows.counts(factory, 'CNC-1')).map((c) => c.eventId);
      return ['burst-1', 'burst-2', 'burst-3'].every((id) => ids.includes(id));
    });
    await eventually(async () => (await delta('unknown_factory')) === 1, { what: 'the unknown factory counted' });
    expect({
      unknownMachine: await delta('unknown_machine'),
      badReason: await delta('bad_reason'),
      badCount: await delta('bad_count'),
      unknownState: await delta('unknown_state'),
      future: await delta('future_timestamp'),
      unknownFactory: await delta('unknown_factory'),
      badTopic: await delta('bad_topic'),
      countsFromReports: await delta('counts_from_reports'),
    }).toEqual({
      unknownMachine: 1,
      badReason: 2,
      badCount: 2,
      unknownState: 1,
      future: 1,
      unknownFactory: 1,
      badTopic: 1,
      countsFromReports: 1,
    });
    // nothing of the refused messages was written
    expect((await rows.states(factory, 'CNC-1')).filter((s) => s.reason === 'no_such_reason')).toHaveLength(0);
    expect((await rows.counts(factory, 'CNC-1')).filter((c) => c.good < 0)).toHaveLength(0);
  });

  it('acknowledges a message only once written: while the database cannot take it, the gateway retries, and one stopped meanwhile gets it again', async () => {
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    try {
      // the table locked past the gateway's lock_timeout (3 s): its write fails and is retried
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE machine_state_event IN ACCESS EXCLUSIVE MODE');
      await publish(topic('SAW-1', 'state'), { eventId: 'while-locked', at: minutesAgo(7), state: 'running' });
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await blocker.query('COMMIT');
      await eventually(async () => (await rows.states(factory, 'SAW-1')).some((s) => s.eventId === 'while-locked'));

      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE machine_state_event IN ACCESS EXCLUSIVE MODE');
      await publish(topic('SAW-1', 'state'), { eventId: 'lost-if-acked', at: minutesAgo(6), state: 'idle' });
      // stopped with the write still failing: nothing was acknowledged, so the broker keeps the message
      await gateway!.close();
      gateway = undefined;
      await blocker.query('COMMIT');
      expect((await rows.states(factory, 'SAW-1')).some((s) => s.eventId === 'lost-if-acked')).toBe(false);
      gateway = await startGateway(runtime);
      await eventually(async () => (await rows.states(factory, 'SAW-1')).some((s) => s.eventId === 'lost-if-acked'));
    } finally {
      await blocker.end();
    }
  });

  it('dead-letters a message whose write keeps failing (not a refusal, the database answering) and writes the rest', async () => {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    try {
      // a row the database itself refuses, as a broken trigger or constraint would: no 4xx, the same every time
      await admin.query(`CREATE FUNCTION test_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.event_id LIKE 'poison%' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$`);
      await admin.query(
        'CREATE TRIGGER test_poison BEFORE INSERT ON machine_count_event FOR EACH ROW EXECUTE FUNCTION test_poison()',
      );
      const before = await rejected('write_failed');
      const count = (eventId: string, m: number) => ({ eventId, at: minutesAgo(m), good: 1, scrap: 0 });
      await Promise.all([
        publish(topic('CNC-1', 'counts'), count('dl-good-1', 6.5)),
        publish(topic('CNC-1', 'counts'), count('poison-1', 6.4)),
        publish(topic('SAW-1', 'counts'), count('dl-good-2', 6.3)),
      ]);
      const ids = async () =>
        [...(await rows.counts(factory, 'CNC-1')), ...(await rows.counts(factory, 'SAW-1'))].map((c) => c.eventId);
      await eventually(
        async () => {
          const all = await ids();
          return all.includes('dl-good-1') && all.includes('dl-good-2');
        },
        { what: 'the good messages around the poisoned one' },
      );
      // the good ones are committed while the poisoned one is still being isolated: its count comes just after
      await eventually(async () => (await rejected('write_failed')) === before + 1, {
        what: 'the dead letter counted',
      });
      expect(await ids()).not.toContain('poison-1');
      // acknowledged and counted once: the gateway goes on with what comes next
      await publish(topic('CNC-1', 'counts'), count('dl-after', 6.2));
      await eventually(async () => (await ids()).includes('dl-after'));
      expect(await rejected('write_failed')).toBe(before + 1);
    } finally {
      await admin.query('DROP TRIGGER IF EXISTS test_poison ON machine_count_event');
      await admin.query('DROP FUNCTION IF EXISTS test_poison()');
      await admin.end();
    }
  });

  it('acknowledged what it refused: a restarted gateway (same session) is not sent the refused messages again', async () => {
    const before = await rejectedCounts();
    await gateway!.close();
    gateway = undefined;
    await publish(topic('SAW-1', 'state'), { eventId: 'while-away', at: minutesAgo(5), state: 'running' });
    gateway = await startGateway(runtime);
    await eventually(async () => (await rows.states(factory, 'SAW-1')).some((s) => s.eventId === 'while-away'));
    await publish(topic('SAW-1', 'state'), { eventId: 'marker', at: minutesAgo(4), state: 'idle' });
    await eventually(async () => (await rows.states(factory, 'SAW-1')).some((s) => s.eventId === 'marker'));
    expect(await rejectedCounts()).toEqual(before);
  });
});

describe('MQTT gateway across a broker restart (a private Mosquitto)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let runtime: Runtime;
  let broker: MosquittoProcess;
  let gateway: INestApplicationContext | undefined;
  let device: MqttClient;
  let rows: EventRows;
  const factory = `GR${randomBytes(3).toString('hex').toUpperCase()}`;
  const clientId = uniqueId('test-gateway');
  const topic = `mendao/${factory}/machines/PRESS-1/state`;
  const stateIds = async () => (await rows.states(factory, 'PRESS-1')).map((s) => s.eventId);

  beforeAll(async () => {
    broker = await MosquittoProcess.start();
    db = await createTestDatabase();
    runtime = testRuntime(db.url, { MQTT_URL: broker.url, MQTT_CLIENT_ID: clientId });
    api = await TestApi.start(runtime);
    await factoryWithMachines(api, factory, ['PRESS-1']);
    rows = await EventRows.open(db.url);
    gateway = await startGateway(runtime);
    device = await publisher(broker.url);
  });

  afterAll(async () => {
    await device?.endAsync(true);
    await gateway?.close();
    await broker?.remove();
    await rows?.close();
    await api?.close();
    await db?.drop();
  });

  it('reconnects after the broker went away, and gets what devices published meanwhile', async () => {
    await device.publishAsync(topic, JSON.stringify({ eventId: 'before-cut', at: minutesAgo(30), state: 'running' }), {
      qos: 1,
    });
    await eventually(async () => (await stateIds()).includes('before-cut'));

    await broker.stop();
    const service = gateway!.get(MqttGatewayService);
    await eventually(() => !service.subscribed, { what: 'the gateway to see the broker gone' });
    // the device keeps it until the broker is back (QoS 1), as a machine's gateway buffers
    const sent = device.publishAsync(
      topic,
      JSON.stringify({ eventId: 'during-cut', at: minutesAgo(20), state: 'setup', reason: 'press_heat_up' }),
      { qos: 1 },
    );
    await broker.resume();
    await sent;
    await eventually(() => service.subscribed, { what: 'the gateway to reconnect', timeoutMs: 20_000 });
    await device.publishAsync(topic, JSON.stringify({ eventId: 'after-cut', at: minutesAgo(10), state: 'running' }), {
      qos: 1,
    });
    await eventually(async () => {
      const ids = await stateIds();
      return ids.includes('during-cut') && ids.includes('after-cut');
    });
  });

  it('gets, on its return, the QoS 1 messages published while it was stopped (its persistent session)', async () => {
    await gateway!.close();
    gateway = undefined;
    for (const [i, eventId] of ['away-1', 'away-2', 'away-3'].entries())
      await device.publishAsync(
        topic,
        JSON.stringify({ eventId, at: minutesAgo(9 - i), state: 'idle', reason: 'no_order' }),
        {
          qos: 1,
        },
      );
    gateway = await startGateway(runtime);
    await eventually(async () => {
      const ids = await stateIds();
      return ['away-1', 'away-2', 'away-3'].every((id) => ids.includes(id));
    });
  });
});
