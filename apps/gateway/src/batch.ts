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
