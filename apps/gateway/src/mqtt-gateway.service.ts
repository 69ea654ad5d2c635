import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { connect, IClientOptions, IConnackPacket, IPublishPacket, MqttClient } from 'mqtt';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, Clock, FactoriesService, LOGGER, TenancyContext, toProblem } from '@mendao/platform';
import { MachineEventsService } from '@mendao/equipment';
import { DataSource } from 'typeorm';
import {
  AcceptedMessage,
  eventCount,
  isTransientFailure,
  machineBatches,
  MAX_WRITE_ATTEMPTS,
  shardByMachine,
  writeIsolatingRefusals,
} from './batch';
import { brokerUrlForLog } from './broker-url';
import { gatewayEvents, gatewayRejected } from './gateway.metrics';
import {
  GATEWAY_TOPICS,
  MAX_EVENTS_PER_MESSAGE,
  MachineTopic,
  parseMessage,
  parseTopic,
  RejectReason,
} from './payload';

/** Messages are written together: after FLUSH_MS, or at once when FLUSH_EVENTS events wait. */
export const FLUSH_MS = 200;
export const FLUSH_EVENTS = 500;
/** Transactions one batch is written in at once, each for other machines (per-machine locks: they never wait on each other). */
export const WRITE_CONCURRENCY = 2;
/** QoS 1 messages the broker may have outstanding with us (MQTT 5 Receive Maximum): the batch's upper bound. */
const RECEIVE_MAXIMUM = 10_000;
/** How long the broker keeps our session (subscriptions, unacknowledged messages) while we are away. */
const SESSION_EXPIRY_SECONDS = 7 * 24 * 3600;
const RETRY_MS = { first: 500, max: 30_000 };
const UNKNOWN_FACTORY_TTL_MS = 60_000;

interface Received {
  topic: string;
  /** The broker's packet id, for the PUBACK (QoS 1); undefined at QoS 0, which is never acknowledged. */
  messageId?: number;
  /** The connection it came on: an acknowledgement only means something on that same connection. */
  connection: number;
  target: MachineTopic | null;
  accepted?: AcceptedMessage;
  /** Written, or refused and counted: done with, whatever a retry of its batch does. */
  settled: boolean;
}

/**
 * A refusal of the input by the equipment service (retrying cannot help). Anything else, a 409 included (two
 * writers meeting on a unique key, a lock held too long), is the moment's, not the message's: tried again.
 */
function isRefusal(error: unknown): boolean {
  const status = toProblem(error)?.status;
  return status === 400 || status === 404 || status === 413 || status === 422;
}

/** The metric label of a refusal the equipment service gave for one message. */
function refusalReason(error: unknown): RejectReason {
  const problem = toProblem(error);
  const fields = (problem?.errors ?? []).map((e) => e.field);
  if (problem?.code.startsWith('machine.') || fields.some((f) => /(^|\.)machine$/.test(f))) return 'unknown_machine';
  if (fields.some((f) => f.endsWith('.reason'))) return 'bad_reason';
  const at = (problem?.errors ?? []).find((e) => e.field.endsWith('.at'));
  // the service's clock may differ a little from the gateway's, which checked the same range first
  if (at) return at.message.includes('in the past') ? 'past_timestamp' : 'future_timestamp';
  if (fields.some((f) => f.endsWith('.good') || f.endsWith('.scrap'))) return 'bad_count';
  // a machine that counts from station reports only takes no count events (one source of counts)
  if (fields.some((f) => /(^|\.)counts\[\d+\]$/.test(f))) return 'counts_from_reports';
  return 'refused';
}

/**
 * Subscribes to the machines' topics and writes what arrives through MachineEventsService, in batches.
 *
 * QoS 1 with a persistent session: a message is acknowledged (PUBACK) only once its batch committed (or once it
 * was refused and counted), so a gateway that dies or loses the broker mid-batch gets the message again. mqtt.js
 * acknowledges when `handleMessage` calls back, and takes the next message only then, which would make every
 * message its own transaction; so `handleMessage` keeps the message, calls back with an error (mqtt.js then sends
 * no PUBACK and goes on reading), and the PUBACKs are sent after the commit, in the order the messages came, as
 * MQTT requires. Writes are idempotent (event ids), so a message received twice is written once.
 */
@Injectable()
export class MqttGatewayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private client?: MqttClient;
  private connection = 0;
  private subscribedOn = -1;
  private pending: Received[] = [];
  private pendingEvents = 0;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private stopping = false;
  private readonly factoryIds = new Map<string, { id: string | null; until: number }>();
  private readonly log: Logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly tenancy: TenancyContext,
    private readonly factories: FactoriesService,
    private readonly events: MachineEventsService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {
    this.log = logger.child({ component: 'mqtt-gateway' });
  }

  /** True once the broker confirmed the subscriptions of the live connection: messages published now reach us. */
  get subscribed(): boolean {
    return (this.client?.connected ?? false) && this.subscribedOn === this.connection;
  }

  onApplicationBootstrap(): void {
    const { url: brokerUrl, clientId } = this.config.mqtt;
    const url = brokerUrlForLog(brokerUrl);
    const options: IClientOptions = {
      clientId,
      protocolVersion: 5,
      clean: false,
      properties: { sessionExpiryInterval: SESSION_EXPIRY_SECONDS, receiveMaximum: RECEIVE_MAXIMUM },
      reconnectPeriod: 1000,
      connectTimeout: 10_000,
      keepalive: 30,
      // subscribed again on every connect below, so that a broker that lost our session gets it back
      resubscribe: false,
    };
    const client = connect(brokerUrl, options);
    this.client = client;
    client.handleMessage = (packet, callback) => this.receive(packet, callback);
    client.on('connect', (connack) => this.onConnect(client, connack));
    client.on('reconnect', () => this.log.info({ url }, 'reconnecting to the MQTT broker'));
    client.on('close', () =>
      this.stopping
        ? this.log.info({ url }, 'MQTT connection closed')
        : this.log.warn({ url }, 'MQTT connection closed'),
    );
    client.on('offline', () => this.log.warn({ url }, 'MQTT broker unreachable; retrying'));
    client.on('error', (error) => this.log.error({ url, err: error }, 'MQTT error'));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.drain();
    await this.draining;
    // not a clean session: the broker keeps our subscriptions and queues messages until we are back
    await this.client?.endAsync();
  }

  private onConnect(client: MqttClient, connack: IConnackPacket): void {
    this.connection += 1;
    this.log.info(
      {
        url: brokerUrlForLog(this.config.mqtt.url),
        clientId: this.config.mqtt.clientId,
        sessionPresent: connack.sessionPresent,
      },
      'connected to the MQTT broker',
    );
    const connection = this.connection;
    client.subscribe([...GATEWAY_TOPICS], { qos: 1 }, (error, granted) => {
      if (error) return this.log.error({ err: error }, 'MQTT subscribe failed');
      const refused = (granted ?? []).filter((g) => g.qos > 1);
      if (refused.length > 0) return this.log.error({ refused }, 'the broker refused a subscription');
      this.subscribedOn = connection;
      this.log.info({ topics: GATEWAY_TOPICS }, 'subscribed');
    });
  }

  /** mqtt.js's hook per message, one at a time: keep it and let mqtt.js read on (no PUBACK yet, see above). */
  private receive(packet: IPublishPacket, callback: (error?: Error) => void): void {
    // stopping: left unacknowledged, for the broker to send again when the gateway is back
    if (this.stopping) return callback(new Error('the gateway is stopping'));
    const message = this.read(packet);
    this.pending.push(message);
    this.pendingEvents += message.accepted ? eventCount(message.accepted) : 0;
    if (this.pendingEvents >= FLUSH_EVENTS) this.drain();
    else this.timer ??= setTimeout(() => this.drain(), FLUSH_MS);
    if (packet.qos === 0) callback();
    else callback(new Error('acknowledged once written'));
  }

  private read(packet: IPublishPacket): Received {
    const message: Received = {
      topic: packet.topic,
      messageId: packet.qos > 0 ? packet.messageId : undefined,
      connection: this.connection,
      target: parseTopic(packet.topic),
      settled: false,
    };
    if (!message.target) {
      this.reject(message, 'bad_topic', 'topic', 'is not mendao/{factory}/machines/{machine}/state|counts');
      return message;
    }
    try {
      const parsed = parseMessage(message.target.kind, packet.payload, new Date(this.clock.now()));
      if (!parsed.ok) this.reject(message, parsed.reason, parsed.field, parsed.message);
      else
        message.accepted =
          parsed.kind === 'state'
            ? { machine: message.target.machine, states: parsed.states }
            : { machine: message.target.machine, counts: parsed.counts };
    } catch (error) {
      // whatever a payload does to the parser, it costs that message only, never the gateway
      this.reject(message, 'refused', '', String(error));
    }
    return message;
  }

  /** Writes what waits, batch after batch (one at a time, so PUBACKs keep the order messages came in). */
  private drain(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.draining) return;
    this.draining = (async () => {
      while (this.pending.length > 0) {
        const batch = this.takeBatch();
        const started = performance.now();
        const written = await this.writeUntilDone(batch);
        if (!written) return;
        this.acknowledge(batch);
        this.log.debug({ messages: batch.length, ms: Math.round(performance.now() - started) }, 'batch written');
      }
    })()
      .catch((error: unknown) =>
        this.log.error(
          { err: error },
          'MQTT batch loop failed; its unacknowledged messages come again after a reconnect',
        ),
      )
      .finally(() => {
        this.draining = undefined;
        if (this.pending.length > 0 && !this.stopping) this.timer ??= setTimeout(() => this.drain(), FLUSH_MS);
      });
  }

  /** The oldest messages, up to one HTTP batch's worth of events (at least one message). */
  private takeBatch(): Received[] {
    let events = 0;
    let n = 0;
    while (n < this.pending.length) {
      const size = this.pending[n].accepted ? eventCount(this.pending[n].accepted!) : 0;
      if (n > 0 && events + size > MAX_EVENTS_PER_MESSAGE) break;
      events += size;
      n += 1;
    }
    this.pendingEvents -= events;
    return this.pending.splice(0, n);
  }

  /**
   * Tries until the database takes the batch; false when the gateway stops first (nothing acknowledged). After
   * MAX_WRITE_ATTEMPTS failures that do not pass by themselves, and with the database answering, the batch is
   * written isolating the failing messages like refusals, and those are dead-lettered: the rest goes on.
   */
  private async writeUntilDone(batch: Received[]): Promise<boolean> {
    let delay = RETRY_MS.first;
    let failures = 0;
    for (;;) {
      try {
        await this.write(batch, failures >= MAX_WRITE_ATTEMPTS);
        return true;
      } catch (error) {
        // a lock, a deadlock, the database away: the moment's, retried however long it lasts
        const counted = !isTransientFailure(error);
        if (counted) failures += 1;
        this.log.error(
          { err: error, messages: batch.length, failures, retryInMs: delay },
          'writing MQTT events failed',
        );
        if (this.stopping) return false;
        // the last plain attempt failed: isolating the culprit is a different write, no reason to wait for it
        if (counted && failures === MAX_WRITE_ATTEMPTS) continue;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, RETRY_MS.max);
      }
    }
  }

  /** `isolateFailures`: any failure but a transient one is isolated to its message and dead-lettered (see above). */
  private async write(batch: Received[], isolateFailures = false): Promise<void> {
    // with the database away every message would fail alone: that is no reason to dead-letter any
    if (isolateFailures) await this.assertDatabaseAnswers();
    const isolate = isolateFailures ? (e: unknown) => isRefusal(e) || !isTransientFailure(e) : isRefusal;
    const byFactory = new Map<string, Received[]>();
    for (const message of batch) {
      if (message.settled || !message.accepted || !message.target) continue;
      const list = byFactory.get(message.target.factory) ?? [];
      list.push(message);
      byFactory.set(message.target.factory, list);
    }
    for (const [code, messages] of byFactory) {
      const factoryId = await this.factoryId(code);
      if (!factoryId) {
        for (const m of messages) this.reject(m, 'unknown_factory', 'topic', `no factory ${code}`);
        continue;
      }
      const shards = shardByMachine(
        messages,
        WRITE_CONCURRENCY,
        (m) => m.accepted!.machine,
        (m) => eventCount(m.accepted!),
      );
      // every shard settles before a failure is thrown, so that a retry never overlaps a write still running
      const outcomes = await Promise.allSettled(
        shards.map((shard) => writeIsolatingRefusals(shard, (group) => this.ingest(factoryId, group), isolate)),
      );
      const failedAlone: { item: Received; error: unknown }[] = [];
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') continue;
        for (const { item, error } of outcome.value.refused) {
          if (!isRefusal(error)) {
            failedAlone.push({ item, error });
            continue;
          }
          const problem = toProblem(error);
          this.reject(item, refusalReason(error), problem?.errors?.[0]?.field ?? '', problem?.detail ?? String(error));
        }
      }
      if (failedAlone.length > 0) {
        // the database went away while isolating: the messages are not the culprits, and stay for a retry
        await this.assertDatabaseAnswers();
        for (const { item, error } of failedAlone) this.deadLetter(item, error);
      }
      const failed = outcomes.find((o) => o.status === 'rejected');
      if (failed) throw failed.reason;
    }
  }

  private async ingest(factoryId: string, group: Received[]): Promise<void> {
    const result = await this.tenancy.run({ factoryId }, () =>
      this.events.ingest(machineBatches(group.map((m) => m.accepted!)), 'gateway'),
    );
    for (const m of group) m.settled = true;
    gatewayEvents.inc({ outcome: 'accepted' }, result.accepted);
    gatewayEvents.inc({ outcome: 'duplicate' }, result.duplicates);
  }

  private async factoryId(code: string): Promise<string | null> {
    const known = this.factoryIds.get(code);
    if (known && known.until > this.clock.now()) return known.id;
    const factory = await this.factories.findByCode(code);
    // a factory never changes its id; one not there yet may be created, so that answer is kept a minute only
    this.factoryIds.set(code, {
      id: factory?.id ?? null,
      until: factory ? Number.POSITIVE_INFINITY : this.clock.now() + UNKNOWN_FACTORY_TTL_MS,
    });
    return factory?.id ?? null;
  }

  /** Throws when the database does not answer a trivial query. */
  private async assertDatabaseAnswers(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /**
   * A message that failed alone after every retry, with the database answering: logged whole (its events, to be
   * sent again once the cause is fixed), counted, and acknowledged, so that the messages after it are written.
   */
  private deadLetter(message: Received, error: unknown): void {
    message.settled = true;
    gatewayRejected.inc({ reason: 'write_failed' });
    this.log.error(
      { topic: message.topic, reason: 'write_failed', err: error, events: message.accepted },
      `MQTT message dead-lettered: its write failed ${MAX_WRITE_ATTEMPTS} times and again alone`,
    );
  }

  private reject(message: Received, reason: RejectReason, field: string, detail: string): void {
    message.settled = true;
    gatewayRejected.inc({ reason });
    this.log.warn({ topic: message.topic, reason, field, detail }, 'MQTT message refused');
  }

  /** PUBACKs, in order, for what came on the live connection; the broker resends the rest after a reconnect. */
  private acknowledge(batch: Received[]): void {
    const client = this.client;
    if (!client) return;
    for (const message of batch) {
      if (message.messageId === undefined || message.connection !== this.connection || !client.connected) continue;
      // mqtt.js has no public call for a deferred PUBACK; this is the one its own handler makes
      (client as unknown as PacketSender)._sendPacket({ cmd: 'puback', messageId: message.messageId, reasonCode: 0 });
    }
  }
}

interface PacketSender {
  _sendPacket(packet: { cmd: 'puback'; messageId: number; reasonCode: number }, callback?: () => void): void;
}
