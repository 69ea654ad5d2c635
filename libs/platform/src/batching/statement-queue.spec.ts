import { type Queued, StatementQueue } from './statement-queue';

/** A queue whose batches finish when the test says, recording what each batch held. */
function queue(options: { limit?: number; inFlight?: number } = {}) {
  const batches: number[][] = [];
  const open: (() => void)[] = [];
  const unexpected: unknown[] = [];
  const q = new StatementQueue<number, string>({
    limit: options.limit ?? 3,
    inFlight: options.inFlight ?? 2,
    claimsOf: (n) => [`key ${n % 10}`],
    send: (batch: Queued<number, string>[]) => {
      batches.push(batch.map((b) => b.item));
      return new Promise<void>((resolve, reject) =>
        open.push(() => {
          if (batch.some((b) => b.item < 0)) return reject(new Error('batch failed'));
          batch.forEach((b) => b.resolve(`done ${b.item}`));
          resolve();
        }),
      );
    },
    onUnexpected: (error) => unexpected.push(error),
  });
  const finishNext = async () => {
    open.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { q, batches, finishNext, unexpected, inFlight: () => open.length };
}

/** The end of the event loop's turn, when what arrived in it goes. */
const endOfTurn = () => new Promise((r) => setImmediate(r));

describe(StatementQueue.name, () => {
  it('sends an item alone at the end of the turn it arrived in, while fewer than inFlight batches run', async () => {
    const { q, batches, finishNext } = queue();
    const answer = q.push(1);
    expect(batches).toEqual([]);
    await endOfTurn();
    expect(batches).toEqual([[1]]);
    await finishNext();
    await expect(answer).resolves.toBe('done 1');
  });

  it('sends what arrives in one turn together, as many batches as may run, each up to the limit', async () => {
    const { q, batches, inFlight } = queue({ limit: 3, inFlight: 2 });
    [1, 2, 3, 4, 5, 6, 7].map((n) => void q.push(n));
    await endOfTurn();
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(inFlight()).toBe(2);
  });

  it('holds what arrives while inFlight batches run, and sends it together (up to the limit) when one ends', async () => {
    const { q, batches, finishNext, inFlight } = queue({ limit: 3, inFlight: 2 });
    const first = [1, 2].map((n) => q.push(n));
    await endOfTurn();
    const second = [3].map((n) => q.push(n));
    await endOfTurn();
    expect(batches).toEqual([[1, 2], [3]]);
    expect(inFlight()).toBe(2);
    const held = [4, 5, 6, 7].map((n) => q.push(n));
    await endOfTurn();
    expect(batches).toHaveLength(2);
    await finishNext();
    expect(batches).toEqual([[1, 2], [3], [4, 5, 6]]);
    await finishNext();
    expect(batches).toEqual([[1, 2], [3], [4, 5, 6], [7]]);
    await finishNext();
    await finishNext();
    await expect(Promise.all([...first, ...second, ...held])).resolves.toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `done ${n}`),
    );
  });

  it('keeps two items claiming one key out of one batch, the second first in line for the next', async () => {
    const { q, batches, finishNext } = queue({ limit: 5, inFlight: 1 });
    const answers = [1, 2, 12, 3].map((n) => q.push(n));
    await endOfTurn();
    expect(batches).toEqual([[1, 2, 3]]);
    await finishNext();
    expect(batches).toEqual([[1, 2, 3], [12]]);
    await finishNext();
    await expect(Promise.all(answers)).resolves.toHaveLength(4);
  });

  it('rejects every item of a batch whose send fails outside them, says so, and goes on with the next', async () => {
    const { q, finishNext, unexpected } = queue({ limit: 2, inFlight: 1 });
    const first = q.push(1);
    await endOfTurn();
    const failing = [q.push(-2), q.push(3)];
    const after = q.push(4);
    await finishNext();
    await finishNext();
    await expect(first).resolves.toBe('done 1');
    for (const answer of failing) await expect(answer).rejects.toThrow('batch failed');
    expect(unexpected).toHaveLength(1);
    await finishNext();
    await expect(after).resolves.toBe('done 4');
  });
});
