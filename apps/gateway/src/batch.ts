import type { CountEvent, StateEvent } from './payload';

/** One machine's share of a write: the shape MachineEventsService.ingest takes. */
export interface MachineBatch {
  machine: string;
  states: StateEvent[];
  counts: CountEvent[];
}

export interface AcceptedMessage {
  machine: string;
  states?: StateEvent[];
  counts?: CountEvent[];
}

/** Several messages of one factory as one write: one entry per machine, events in the order they arrived. */
export function machineBatches(messages: AcceptedMessage[]): MachineBatch[] {
  const byMachine = new Map<string, MachineBatch>();
  for (const message of messages) {
    let batch = byMachine.get(message.machine);
    if (!batch) {
      batch = { machine: message.machine, states: [], counts: [] };
      byMachine.set(message.machine, batch);
    }
    batch.states.push(...(message.states ?? []));
    batch.counts.push(...(message.counts ?? []));
  }
  return [...byMachine.values()];
}

export function eventCount(message: AcceptedMessage): number {
  return (message.states?.length ?? 0) + (message.counts?.length ?? 0);
}

/**
 * Splits items into at most `n` groups that share no machine, balanced by events (the heaviest machine goes to the
 * lightest group first), so that the groups can be written at once: their transactions lock different machines.
 */
export function shardByMachine<T>(
  items: T[],
  n: number,
  machine: (item: T) => string,
  weight: (item: T) => number,
): T[][] {
  const byMachine = new Map<string, { items: T[]; weight: number }>();
  for (const item of items) {
    const entry = byMachine.get(machine(item)) ?? { items: [], weight: 0 };
    entry.items.push(item);
    entry.weight += weight(item);
    byMachine.set(machine(item), entry);
  }
  const shards = Array.from({ length: Math.max(1, Math.min(n, byMachine.size)) }, () => ({
    items: [] as T[],
    weight: 0,
  }));
  for (const entry of [...byMachine.values()].sort((a, b) => b.weight - a.weight)) {
    const lightest = shards.reduce((min, shard) => (shard.weight < min.weight ? shard : min));
    lightest.items.push(...entry.items);
    lightest.weight += entry.weight;
  }
  return shards.map((shard) => shard.items).filter((shard) => shard.length > 0);
}

export interface IsolatedWrite<T> {
  /** The groups of items written together (one write each). */
  written: T[][];
  refused: { item: T; error: unknown }[];
}

/**
 * Writes items together and, when the write refuses them (the whole batch is refused for one bad event),
 * halves the batch until each refusal is one item alone, so that every good item is still written. With one
 * bad item among n this costs about 2·log2(n) extra writes. An error that is not a refusal (the database is
 * away) is thrown as it is: nothing was written by the failing write, and the caller tries again later.
 */
export async function writeIsolatingRefusals<T>(
  items: T[],
  write: (items: T[]) => Promise<void>,
  isRefusal: (error: unknown) => boolean,
): Promise<IsolatedWrite<T>> {
  const result: IsolatedWrite<T> = { written: [], refused: [] };
  const attempt = async (group: T[]): Promise<void> => {
    if (group.length === 0) return;
    try {
      await write(group);
      result.written.push(group);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      if (group.length === 1) {
        result.refused.push({ item: group[0], error });
        return;
      }
      const half = Math.ceil(group.length / 2);
      await attempt(group.slice(0, half));
      await attempt(group.slice(half));
    }
  };
  await attempt(items);
  return result;
}

/**
 * A write that failed this many times for a reason that does not pass (see isTransientFailure) is written again
 * message by message, and a message that still fails alone is dead-lettered: one poisoned message must not hold
 * back every message after it forever.
 */
export const MAX_WRITE_ATTEMPTS = 5;

// SQLSTATE classes of failures that are the moment's, never the message's: connection (08), rollback
// (40: serialization, deadlock), resources (53), operator intervention (57: statement timeout, shutdown),
// system (58), and a lock not obtained in time (55P03)
const TRANSIENT_SQLSTATE = /^(08|40|53|57|58)...$|^55P03$/;

/**
 * Whether a failed write is sure to pass once the database is itself again (retried for as long as it takes,
 * never dead-lettered). Anything else (a constraint or trigger refusing a row, a bug) may fail again and again.
 */
export function isTransientFailure(error: unknown): boolean {
  const code = sqlState(error);
  return code !== null && TRANSIENT_SQLSTATE.test(code);
}

function sqlState(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  for (const candidate of [code, driverError?.code])
    if (typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate)) return candidate;
  return null;
}
