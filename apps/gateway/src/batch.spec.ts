import { eventCount, isTransientFailure, machineBatches, shardByMachine, writeIsolatingRefusals } from './batch';

describe(machineBatches.name, () => {
  it('merges the messages of a machine, in arrival order, one entry per machine', () => {
    const s = (at: string) => ({ at, state: 'running' as const });
    const c = (at: string) => ({ at, good: 1, scrap: 0 });
    expect(
      machineBatches([
        { machine: 'SAW-1', states: [s('a'), s('b')] },
        { machine: 'CNC-1', counts: [c('x')] },
        { machine: 'SAW-1', counts: [c('y')] },
        { machine: 'SAW-1', states: [s('c')] },
      ]),
    ).toEqual([
      { machine: 'SAW-1', states: [s('a'), s('b'), s('c')], counts: [c('y')] },
      { machine: 'CNC-1', states: [], counts: [c('x')] },
    ]);
  });

  it('counts the events of a message', () => {
    expect(eventCount({ machine: 'M', states: [{ at: 'a', state: 'idle' }] })).toBe(1);
    expect(eventCount({ machine: 'M', counts: [] })).toBe(0);
  });
});

describe(writeIsolatingRefusals.name, () => {
  class Refused extends Error {}
  const isRefusal = (error: unknown) => error instanceof Refused;

  /** A store that, like the equipment service, refuses a whole batch holding any bad item. */
  function store(bad: (n: number) => boolean) {
    const rows: number[] = [];
    const writes: number[][] = [];
    const write = (items: number[]) => {
      writes.push(items);
      if (items.some(bad)) return Promise.reject(new Refused(`bad in ${items.join(',')}`));
      rows.push(...items);
      return Promise.resolve();
    };
    return { rows, writes, write };
  }

  it('writes a good batch at once', async () => {
    const s = store(() => false);
    const result = await writeIsolatingRefusals([1, 2, 3], s.write, isRefusal);
    expect(result).toEqual({ written: [[1, 2, 3]], refused: [] });
    expect(s.writes).toHaveLength(1);
  });

  it('still writes every good item around the bad ones, and names each bad one', async () => {
    const items = Array.from({ length: 64 }, (_, i) => i);
    const s = store((n) => n === 5 || n === 40);
    const result = await writeIsolatingRefusals(items, s.write, isRefusal);
    expect(result.refused.map((r) => r.item)).toEqual([5, 40]);
    expect(s.rows.sort((a, b) => a - b)).toEqual(items.filter((n) => n !== 5 && n !== 40));
    // halving: far fewer writes than one per item
    expect(s.writes.length).toBeLessThanOrEqual(2 * 2 * Math.log2(64) + 1);
  });

  it('refuses a lone bad item and an all-bad batch item by item', async () => {
    expect((await writeIsolatingRefusals([7], store(() => true).write, isRefusal)).refused).toHaveLength(1);
    const all = await writeIsolatingRefusals([1, 2, 3], store(() => true).write, isRefusal);
    expect(all).toMatchObject({ written: [], refused: [{ item: 1 }, { item: 2 }, { item: 3 }] });
  });

  it('throws an error that is not a refusal (the database away), for the caller to try again', async () => {
    const down = () => Promise.reject(new Error('connection refused'));
    await expect(writeIsolatingRefusals([1, 2], down, isRefusal)).rejects.toThrow('connection refused');
  });
});

describe(shardByMachine.name, () => {
  const item = (machine: string, events: number, n = 0) => ({ machine, events, n });
  const shard = (items: ReturnType<typeof item>[], n: number) =>
    shardByMachine(
      items,
      n,
      (i) => i.machine,
      (i) => i.events,
    );

  it('keeps each machine in one group, in arrival order, and balances the groups by events', () => {
    const items = [item('A', 10, 1), item('B', 4), item('A', 10, 2), item('C', 7), item('D', 5), item('B', 4)];
    const groups = shard(items, 2);
    expect(groups).toHaveLength(2);
    for (const machine of ['A', 'B', 'C', 'D'])
      expect(groups.filter((g) => g.some((i) => i.machine === machine))).toHaveLength(1);
    expect(
      groups
        .flat()
        .filter((i) => i.machine === 'A')
        .map((i) => i.n),
    ).toEqual([1, 2]);
    const weights = groups.map((g) => g.reduce((sum, i) => sum + i.events, 0)).sort((a, b) => a - b);
    expect(weights).toEqual([20, 20]);
  });

  it('makes no more groups than machines, and none empty', () => {
    expect(shard([item('A', 1), item('A', 1)], 4)).toEqual([[item('A', 1), item('A', 1)]]);
    expect(shard([], 2)).toEqual([]);
  });
});

describe(isTransientFailure.name, () => {
  const failure = (code: unknown) => Object.assign(new Error('failed'), { code });

  it.each(['08006', '40001', '40P01', '53300', '57014', '57P01', '58030', '55P03'])(
    'takes SQLSTATE %s for the moment’s (retried as long as it takes)',
    (code) => {
      expect(isTransientFailure(failure(code))).toBe(true);
      expect(isTransientFailure({ driverError: { code } })).toBe(true);
    },
  );

  it.each([
    ['a trigger’s exception', failure('P0001')],
    ['a check constraint', failure('23514')],
    ['a value out of range', failure('22008')],
    ['a bug', new TypeError('x is undefined')],
    ['a system error of node', failure('ECONNRESET')],
    ['nothing at all', undefined],
  ])('takes %s for one that may fail again (dead-lettered in the end)', (_, error) => {
    expect(isTransientFailure(error)).toBe(false);
  });
});
