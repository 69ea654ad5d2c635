import { type CountsFrom, MACHINE_STATES, type MachineState, type ReasonState } from './equipment-codes';

/** A state change as a client sends it: `at` ISO 8601 with its offset (or a Date from an in-process caller). */
export interface StateInput {
  eventId?: string;
  at: string | Date;
  state: MachineState;
  reason?: string | null;
}

/** Units counted at `at`. */
export interface CountInput {
  eventId?: string;
  at: string | Date;
  good: number;
  scrap: number;
}

export interface StateEvent {
  eventId: string;
  at: Date;
  state: MachineState;
  reason: string | null;
}

export interface CountEvent {
  eventId: string;
  at: Date;
  good: number;
  scrap: number;
}

/** What a state's reason must be to be accepted: known, active, and made for that state. */
export interface ReasonRule {
  active: boolean;
  appliesTo: readonly ReasonState[];
}

export interface EventProblem {
  field: string;
  message: string;
}

export interface EventContext {
  /** Milliseconds since the epoch. */
  now: number;
  reasons: ReadonlyMap<string, ReasonRule>;
}

/** One request carries at most this many events (state and count together). */
export const MAX_EVENTS_PER_BATCH = 5000;
/** Clocks drift: a device a little ahead is accepted, one further ahead is wrong, not early. */
export const MAX_FUTURE_MS = 5 * 60_000;
/**
 * How far back an instant a person or device sends may lie: a year of late uploads and back-dated corrections,
 * with room. Further back is a wrong clock (1900, year 0), and would make one batch recompute decades of rollups.
 */
export const MAX_PAST_DAYS = 400;
export const MAX_PAST_MS = MAX_PAST_DAYS * 86_400_000;
/** Far above any machine's count in one event, far below int4's limit. */
export const MAX_COUNT = 1_000_000;
const MAX_EVENT_ID = 200;

// ISO 8601 date-time with an explicit offset: a time without one would be read in the server's zone
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const STATE_KEYS = new Set(['eventId', 'at', 'state', 'reason']);
const COUNT_KEYS = new Set(['eventId', 'at', 'good', 'scrap']);

/**
 * Why a machine takes no count events of its own, or null: one counting from station reports only would count
 * its units twice (or the wrong ones) if its PLC or tablet counted too.
 */
export function countEventRefusal(countsFrom: CountsFrom, machine: string): string | null {
  return countsFrom === 'reports'
    ? `machine ${machine} counts from station reports only (countsFrom: reports): no count events / ` +
        `设备 ${machine} 只按报工计数，不接收设备计数`
    : null;
}

/** Whether a station report's good and scrap on the machine become its counts (not when the machine counts itself). */
export function reportsCount(countsFrom: CountsFrom): boolean {
  return countsFrom !== 'machine';
}

/** The id of an event sent without one: the same instant again is then the same event (DESIGN §5). */
export function defaultEventId(kind: 'state' | 'count', at: Date): string {
  return `${kind}@${at.toISOString()}`;
}

/**
 * A state event checked whole: every problem goes to `problems` under `field` (`states[3]`, `events[7]`), so a
 * batch can list them all. Null when the event is refused.
 */
export function parseStateEvent(
  raw: unknown,
  field: string,
  context: EventContext,
  problems: EventProblem[],
  extraKeys: ReadonlySet<string> = new Set(),
): StateEvent | null {
  if (!isRecord(raw)) return refuse(problems, field || 'body', 'must be an object / 必须是对象');
  const before = problems.length;
  unknownKeys(raw, STATE_KEYS, extraKeys, field, problems);
  const eventId = parseEventId(raw.eventId, field, problems);
  const at = parseAt(raw.at, field, context.now, problems);
  const state = raw.state;
  let reason: string | null = null;
  if (typeof state !== 'string' || !(MACHINE_STATES as readonly string[]).includes(state)) {
    problems.push({
      field: subField(field, 'state'),
      message: `must be one of ${MACHINE_STATES.join(', ')} / 状态必须是 ${MACHINE_STATES.join('、')} 之一`,
    });
  } else {
    reason = checkReason(state as MachineState, raw.reason, subField(field, 'reason'), context.reasons, problems);
  }
  if (problems.length > before || at === null) return null;
  return { eventId: eventId ?? defaultEventId('state', at), at, state: state as MachineState, reason };
}

/** A count event checked whole, like parseStateEvent: whole units, never negative. */
export function parseCountEvent(
  raw: unknown,
  field: string,
  context: EventContext,
  problems: EventProblem[],
  extraKeys: ReadonlySet<string> = new Set(),
): CountEvent | null {
  if (!isRecord(raw)) return refuse(problems, field || 'body', 'must be an object / 必须是对象');
  const before = problems.length;
  unknownKeys(raw, COUNT_KEYS, extraKeys, field, problems);
  const eventId = parseEventId(raw.eventId, field, problems);
  const at = parseAt(raw.at, field, context.now, problems);
  const good = parseQuantity(raw.good, subField(field, 'good'), problems);
  const scrap = parseQuantity(raw.scrap, subField(field, 'scrap'), problems);
  if (problems.length > before || at === null || good === null || scrap === null) return null;
  return { eventId: eventId ?? defaultEventId('count', at), at, good, scrap };
}

/** Why a count (good or scrap) is not acceptable, or null: a whole number from 0 to MAX_COUNT. */
export function quantityProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number / 必须是数字';
  if (!Number.isInteger(value)) return 'must be a whole number / 必须是整数';
  if (value < 0) return 'must not be negative / 不能为负数';
  if (value > MAX_COUNT) return `must be at most ${MAX_COUNT} / 不能超过 ${MAX_COUNT}`;
  return null;
}

function parseQuantity(value: unknown, field: string, problems: EventProblem[]): number | null {
  const problem = quantityProblem(value);
  if (problem) return refuse(problems, field, problem);
  return value as number;
}

function checkReason(
  state: MachineState,
  reason: unknown,
  field: string,
  reasons: ReadonlyMap<string, ReasonRule>,
  problems: EventProblem[],
): string | null {
  if (reason === undefined || reason === null || reason === '') {
    if (state === 'down') refuse(problems, field, 'a down state needs a reason / 停机必须选择原因');
    return null;
  }
  if (typeof reason !== 'string') return refuse(problems, field, 'must be a reason code / 必须是原因编码');
  if (state === 'running' || state === 'off')
    return refuse(problems, field, `a ${state} state takes no reason / ${state} 状态不需要原因`);
  const rule = reasons.get(reason);
  if (!rule) return refuse(problems, field, `no downtime reason ${reason} in this factory / 停机原因 ${reason} 不存在`);
  if (!rule.active) return refuse(problems, field, `reason ${reason} is inactive / 停机原因 ${reason} 已停用`);
  if (!rule.appliesTo.includes(state))
    return refuse(
      problems,
      field,
      `reason ${reason} does not apply to ${state} (only ${rule.appliesTo.join(', ')}) / 该原因不适用于此状态`,
    );
  return reason;
}

function parseEventId(value: unknown, field: string, problems: EventProblem[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_EVENT_ID || hasControl(value))
    return refuse(
      problems,
      subField(field, 'eventId'),
      `must be a non-empty text of at most ${MAX_EVENT_ID} characters / 事件编号须为不超过 ${MAX_EVENT_ID} 字的文本`,
    );
  return value;
}

function parseAt(value: unknown, field: string, now: number, problems: EventProblem[]): Date | null {
  const at = value instanceof Date ? value : typeof value === 'string' && isIsoInstant(value) ? new Date(value) : null;
  if (at === null || Number.isNaN(at.getTime()))
    return refuse(
      problems,
      subField(field, 'at'),
      'must be an ISO 8601 date-time with its offset / 须为带时区的 ISO 8601 时间',
    );
  const problem = eventTimeProblem(at.getTime(), now);
  return problem ? refuse(problems, subField(field, 'at'), problem.message) : at;
}

/**
 * Why an event's instant (ms since the epoch) is out of the range events may have, or null: more than
 * MAX_FUTURE_MS ahead of `now`, or more than MAX_PAST_DAYS behind it. The HTTP routes and the MQTT gateway share it.
 */
export function eventTimeProblem(at: number, now: number): { kind: 'future' | 'past'; message: string } | null {
  if (at > now + MAX_FUTURE_MS)
    return {
      kind: 'future',
      message: `is more than ${MAX_FUTURE_MS / 60_000} minutes in the future (${new Date(now).toISOString()} now) / 时间超前超过 ${MAX_FUTURE_MS / 60_000} 分钟`,
    };
  const past = pastProblem(at, now);
  return past === null ? null : { kind: 'past', message: past };
}

/** Why an instant is too far back (more than MAX_PAST_DAYS before `now`), or null; the future is not checked. */
export function pastProblem(at: number, now: number): string | null {
  return at < now - MAX_PAST_MS
    ? `is more than ${MAX_PAST_DAYS} days in the past (${new Date(now).toISOString()} now) / 时间早于 ${MAX_PAST_DAYS} 天前`
    : null;
}

/**
 * ISO 8601 with an explicit offset or Z, naming a day the calendar has (Date would read 02-30 as 03-02) and a
 * real time: a time without its zone would be read in the server's zone.
 */
export function isIsoInstant(text: string): boolean {
  if (!ISO_INSTANT.test(text)) return false;
  const [year, month, day, hour, minute, second] = [0, 5, 8, 11, 14, 17].map((i) =>
    Number(text.slice(i, i + 2 + (i === 0 ? 2 : 0))),
  );
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    (Number.isNaN(second) || second < 60)
  );
}

function unknownKeys(
  raw: Record<string, unknown>,
  known: ReadonlySet<string>,
  extra: ReadonlySet<string>,
  field: string,
  problems: EventProblem[],
): void {
  for (const key of Object.keys(raw))
    if (!known.has(key) && !extra.has(key))
      problems.push({ field: subField(field, key), message: 'is not a field of this event / 不是该事件的字段' });
}

/**
 * What is wrong with the shape of a batch body (an object whose `arrays` keys, each optional unless `required`,
 * hold arrays, and nothing else): checked here rather than by a DTO because class-transformer would copy each of
 * up to 5,000 events first, which costs more than storing them.
 */
export function batchShapeProblems(
  body: unknown,
  arrays: readonly string[],
  required: readonly string[] = [],
): EventProblem[] {
  if (!isRecord(body)) return [{ field: 'body', message: 'must be a JSON object / 必须是 JSON 对象' }];
  const problems: EventProblem[] = [];
  for (const key of Object.keys(body))
    if (!arrays.includes(key))
      problems.push({ field: key, message: 'is not a field of this request / 不是该请求的字段' });
  for (const key of arrays) {
    const value = body[key];
    if (value === undefined ? required.includes(key) : !Array.isArray(value))
      problems.push({ field: key, message: 'must be an array / 必须是数组' });
  }
  return problems;
}

/** `states[2]` + `at` → `states[2].at`; an empty prefix (a single event) → `at`. */
export function subField(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`;
}

// an event id travels in logs and MQTT topics' payloads: no control characters
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20 || text.charCodeAt(i) === 0x7f) return true;
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(problems: EventProblem[], field: string, message: string): null {
  problems.push({ field, message });
  return null;
}

/** What one machine's accepted events of a batch were, and the stored states around them. */
export interface AcceptedSpan {
  /** Earliest and latest accepted state (null: no state accepted). */
  statesFrom: Date | null;
  statesTo: Date | null;
  /** The stored state just before `statesFrom`, and the one just after `statesTo`, from before the batch. */
  previousState: Date | null;
  nextState: Date | null;
  countsFrom: Date | null;
  countsTo: Date | null;
}

/**
 * The time range whose OEE the accepted events change: a new state cuts the interval it lands in, from the state
 * before it, and lasts until the state after it, or, being the last, stays open up to now; a count changes only
 * its own instant. [from, to) with `to` exclusive, hence the millisecond after the last instant. Null: nothing.
 */
export function affectedSpan(span: AcceptedSpan, now: number): { from: Date; to: Date } | null {
  const starts: number[] = [];
  const ends: number[] = [];
  if (span.statesFrom && span.statesTo) {
    starts.push((span.previousState ?? span.statesFrom).getTime());
    ends.push(span.nextState ? span.nextState.getTime() : Math.max(now, span.statesTo.getTime() + 1));
  }
  if (span.countsFrom && span.countsTo) {
    starts.push(span.countsFrom.getTime());
    ends.push(span.countsTo.getTime() + 1);
  }
  if (starts.length === 0) return null;
  return { from: new Date(Math.min(...starts)), to: new Date(Math.max(...ends)) };
}
