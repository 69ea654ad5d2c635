import { SharedReads } from './shared-reads';

/** A read that ends when the test says, counting how often it was started. */
function gate<V>(value: V) {
  let started = 0;
  let open: (() => void) | undefined;
  const read = () => {
    started += 1;
    return new Promise<V>((resolve) => (open = () => resolve(value)));
  };
  return { read, started: () => started, open: () => open?.() };
}

describe(SharedReads.name, () => {
  it('shares one read among those who ask for a key while it runs, and reads again once it has ended', async () => {
    const reads = new SharedReads<string>();
    const g = gate('v1');
    const asked = [reads.read('a', g.read), reads.read('a', g.read), reads.read('a', g.read)];
    expect(g.started()).toBe(1);
    g.open();
    await expect(Promise.all(asked)).resolves.toEqual(['v1', 'v1', 'v1']);
    const again = reads.read('a', g.read);
    expect(g.started()).toBe(2);
    g.open();
    await expect(again).resolves.toBe('v1');
  });

  it('keeps the reads of different keys apart', async () => {
    const reads = new SharedReads<string>();
    const a = gate('a');
    const b = gate('b');
    const asked = [reads.read('a', a.read), reads.read('b', b.read)];
    a.open();
    b.open();
    await expect(Promise.all(asked)).resolves.toEqual(['a', 'b']);
    expect([a.started(), b.started()]).toEqual([1, 1]);
  });

  it('gives its failure to all who shared a read, thrown at once or later, and reads again next time', async () => {
    const reads = new SharedReads<string>();
    const throwing = () => {
      throw new Error('no connection');
    };
    await expect(Promise.all([reads.read('a', throwing), reads.read('a', throwing)])).rejects.toThrow('no connection');
    const later = [reads.read('a', () => Promise.reject(new Error('timeout'))), reads.read('a', throwing)];
    for (const r of later) await expect(r).rejects.toThrow('timeout');
    await expect(reads.read('a', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });

  it('starts a read of its own for whoever asks after a forget, the read before it still answering its callers', async () => {
    const reads = new SharedReads<string>();
    const before = gate('before');
    const after = gate('after');
    const first = reads.read('a', before.read);
    reads.forget('a');
    const second = reads.read('a', after.read);
    // the first read ending does not drop the second from the reads in flight
    before.open();
    await expect(first).resolves.toBe('before');
    const third = reads.read('a', after.read);
    expect(after.started()).toBe(1);
    after.open();
    await expect(Promise.all([second, third])).resolves.toEqual(['after', 'after']);
  });
});
