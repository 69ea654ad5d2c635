import { eventTimeProblem, MACHINE_STATES, type MachineState } from '@mendao/equipment';

/**
 * What the gateway accepts from the broker, checked without I/O (docs/mqtt-gateway.md documents it):
 *   mendao/{factory code}/machines/{machine code}/state   {eventId?, at, state, reason?} or an array of them
 *   mendao/{factory code}/machines/{machine code}/counts  {eventId?, at, good, scrap} or an array of them
 * A message is taken or refused whole, like a batch of the HTTP route: one bad event refuses its message.
 * What needs the database (the factory, the machine, the reason codes) is checked by the equipment service.
 */

export const GATEWAY_TOPICS = ['mendao/+/machines/+/state', 'mendao/+/machines/+/counts'] as const;

/** The largest message, in events: the HTTP batch limit, so that one message is at most one batch. */
export const MAX_EVENTS_PER_MESSAGE = 5000;
const MAX_EVENT_ID_LENGTH = 200;
const MAX_REASON_LENGTH = 64;
/** The equipment service's own bound (far above a machine's count in one event). */
const MAX_COUNT = 1_000_000;

/** Why a message was refused: the `reason` label of mendao_gateway_rejected_total (a closed list). */
export const REJECT_REASONS = [
  'bad_topic',
  'bad_json',
  'bad_payload',
  'too_many_events',
  'bad_timestamp',
  'future_timestamp',
  'past_timestamp',
  'unknown_state',
  'bad_reason',
  'bad_count',
  'unknown_factory',
  'unknown_machine',
  'counts_from_reports',
  'refused',
  // written again and again and failing for a reason that is not a refusal: dead-lettered, so as not to block the rest
  'write_failed',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type MessageKind = 'state' | 'counts';

export interface MachineTopic {
  /** The factory's code, upper-cased as factory codes are stored. */
  factory: string;
  machine: string;
  kind: MessageKind;
}

export interface StateEvent {
  eventId?: string;
  at: string;
  state: MachineState;
  reason?: string;
}

export interface CountEvent {
  eventId?: string;
  at: string;
  good: number;
  scrap: number;
}

export type ParsedMessage =
  { ok: true; kind: 'state'; states: StateEvent[] } | { ok: true; kind: 'counts'; counts: CountEvent[] } | Refusal;

export interface Refusal {
  ok: false;
  reason: RejectReason;
  /** For the log: which event and field, in the words of a problem's errors[].field. */
  field: string;
  message: string;
}

const FACTORY_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
// no MQTT wildcards or control characters; the equipment service says whether such a machine exists
// eslint-disable-next-line no-control-regex
const MACHINE_CODE = /^[^\u0000-\u001f+#/]{1,64}$/;
// a date, a time and a zone: a timestamp without a zone would be read in the gateway's own zone
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):?[0-5]\d)$/i;

/** The factory, machine and kind a topic names, or null when it is not one of GATEWAY_TOPICS. */
export function parseTopic(topic: string): MachineTopic | null {
  const parts = topic.split('/');
  if (parts.length !== 5 || parts[0] !== 'mendao' || parts[2] !== 'machines') return null;
  const [, factory, , machine, kind] = parts;
  if (kind !== 'state' && kind !== 'counts') return null;
  if (!FACTORY_CODE.test(factory) || !MACHINE_CODE.test(machine)) return null;
  return { factory: factory.toUpperCase(), machine, kind };
}

/** Reads one message's payload; `now` is the gateway's clock, for the future-timestamp rule. */
export function parseMessage(kind: MessageKind, payload: Buffer | string, now: Date): ParsedMessage {
  let body: unknown;
  try {
    body = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'));
  } catch {
    return refuse('bad_json', '', 'is not JSON');
  }
  const items = Array.isArray(body) ? body : [body];
  if (items.length === 0) return refuse('bad_payload', '', 'is an empty array');
  if (items.length > MAX_EVENTS_PER_MESSAGE)
    return refuse('too_many_events', '', `has ${items.length} events; at most ${MAX_EVENTS_PER_MESSAGE}`);
  const at = (i: number) => (Array.isArray(body) ? `[${i}]` : '');
  if (kind === 'state') {
    const states: StateEvent[] = [];
    for (const [i, item] of items.entries()) {
      const event = readState(item, at(i), now);
      if ('ok' in event) return event;
      states.push(event);
    }
    return { ok: true, kind, states };
  }
  const counts: CountEvent[] = [];
  for (const [i, item] of items.entries()) {
    const event = readCount(item, at(i), now);
    if ('ok' in event) return event;
    counts.push(event);
  }
  return { ok: true, kind, counts };
}

function readState(item: unknown, path: string, now: Date): StateEvent | Refusal {
  const common = readCommon(item, path, ['eventId', 'at', 'state', 'reason'], now);
  if ('ok' in common) return common;
  const { state, reason } = item as Record<string, unknown>;
  if (typeof state !== 'string' || !(MACHINE_STATES as readonly string[]).includes(state))
    return refuse('unknown_state', field(path, 'state'), `must be one of ${MACHINE_STATES.join(', ')}`);
  if (reason !== undefined && (typeof reason !== 'string' || reason.length === 0 || reason.length > MAX_REASON_LENGTH))
    return refuse('bad_reason', field(path, 'reason'), `must be a reason code of 1–${MAX_REASON_LENGTH} characters`);
  if (state === 'down' && reason === undefined)
    return refuse('bad_reason', field(path, 'reason'), 'is required when the state is down');
  // running and off are not stops: a reason would qualify nothing (the table refuses one too)
  if ((state === 'running' || state === 'off') && reason !== undefined)
    return refuse('bad_reason', field(path, 'reason'), `is not allowed when the state is ${state}`);
  return { ...common, state: state as MachineState, ...(reason === undefined ? {} : { reason }) };
}

function readCount(item: unknown, path: string, now: Date): CountEvent | Refusal {
  const common = readCommon(item, path, ['eventId', 'at', 'good', 'scrap'], now);
  if ('ok' in common) return common;
  const { good, scrap } = item as Record<string, unknown>;
  for (const [name, value] of [
    ['good', good],
    ['scrap', scrap],
  ] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_COUNT)
      return refuse('bad_count', field(path, name), 'must be a whole number ≥ 0');
  }
  return { ...common, good: good as number, scrap: scrap as number };
}

function readCommon(
  item: unknown,
  path: string,
  allowed: string[],
  now: Date,
): { eventId?: string; at: string } | Refusal {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return refuse('bad_payload', path, 'must be an object');
  const unknown = Object.keys(item).find((key) => !allowed.includes(key));
  if (unknown !== undefined) return refuse('bad_payload', field(path, unknown), 'is not a known field');
  const { eventId, at } = item as Record<string, unknown>;
  if (
    eventId !== undefined &&
    (typeof eventId !== 'string' || eventId.length === 0 || eventId.length > MAX_EVENT_ID_LENGTH)
  )
    return refuse('bad_payload', field(path, 'eventId'), `must be a string of 1–${MAX_EVENT_ID_LENGTH} characters`);
  if (typeof at !== 'string' || !isInstant(at))
    return refuse('bad_timestamp', field(path, 'at'), 'must be an ISO 8601 date and time with its zone');
  // the equipment service's own rule: ahead of the clock more than drift, or further back than any late upload
  const range = eventTimeProblem(Date.parse(at), now.getTime());
  if (range)
    return refuse(range.kind === 'future' ? 'future_timestamp' : 'past_timestamp', field(path, 'at'), range.message);
  // one spelling per instant, so that the default event id (state@<at>) is the same however a device wrote it
  return { ...(eventId === undefined ? {} : { eventId }), at: new Date(Date.parse(at)).toISOString() };
}

/** An ISO 8601 date-time with its zone, on a day the calendar has (Date.parse takes 30 February for 2 March). */
function isInstant(at: string): boolean {
  const match = ISO_INSTANT.exec(at);
  if (!match || Number.isNaN(Date.parse(at))) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function field(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function refuse(reason: RejectReason, fieldName: string, message: string): Refusal {
  return { ok: false, reason, field: fieldName, message };
}
