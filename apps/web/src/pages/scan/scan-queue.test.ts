import { describe, expect, it } from 'vitest';
import {
  classifyAnswer,
  FallbackScanStore,
  MemoryScanStore,
  type QueuedScan,
  ScanQueue,
  type SendResult,
} from './scan-queue';

const OWNER = 'user-1';

function scan(n: number): Omit<QueuedScan, 'owner' | 'seq'> {
  const scanId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    scanId,
    target: { kind: 'move' },
    body: { scanId, type: 'receipt', item: `IT-${n}`, quantity: 1, to: 'RCV' },
    summary: { mode: 'receipt', item: `IT-${n}`, quantity: 1, to: 'RCV' },
  };
}

/** A fake api: records every send; `down` makes sends fail as a cut network does; `refuse` lists items it refuses. */
function fakeApi() {
  const api = {
    down: false,
    refuse: new Set<string>(),
    sent: [] as string[],
    inFlight: 0,
    maxInFlight: 0,
    send: async (queued: QueuedScan): Promise<SendResult> => {
      api.inFlight += 1;
      api.maxInFlight = Math.max(api.maxInFlight, api.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      api.inFlight -= 1;
      if (api.down) return { kind: 'unreachable' };
      api.sent.push(queued.body.item as string);
      if (api.refuse.has(queued.body.item as string))
        return { kind: 'refused', status: 404, problem: { code: 'resource.not_found' } };
      return { kind: 'ok', answer: { replayed: false } };
    },
  };
  return api;
}

describe(ScanQueue.name, () => {
  it('sends a scan at once when nothing waits', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    const queue = new ScanQueue(store, api.send, OWNER);
    await expect(queue.submit(scan(1))).resolves.toEqual({ kind: 'ok', answer: { replayed: false } });
    expect(api.sent).toEqual(['IT-1']);
    expect(store.scans.size).toBe(0);
  });

  it('saves a scan in the store before it sends it, and removes it once the api answered', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    const storedWhileSending: number[] = [];
    const send = (queued: QueuedScan) => {
      storedWhileSending.push(store.scans.has(queued.scanId) ? 1 : 0);
      return api.send(queued);
    };
    const queue = new ScanQueue(store, send, OWNER);
    api.refuse.add('IT-2');
    await queue.submit(scan(1));
    await queue.submit(scan(2));
    // a reload during either send would have found it in the store; once answered (ok or refused) it is gone
    expect(storedWhileSending).toEqual([1, 1]);
    expect(store.scans.size).toBe(0);
  });

  it('keeps scans made while the network is down and sends them in scan order when it is back', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    const counts: number[] = [];
    const settled: string[] = [];
    const queue = new ScanQueue(store, api.send, OWNER, {
      waiting: (n) => counts.push(n),
      settled: (s, r) => settled.push(`${s.body.item as string}:${r.kind}`),
    });
    api.down = true;
    for (const n of [1, 2, 3]) await expect(queue.submit(scan(n), 1000)).resolves.toEqual({ kind: 'queued' });
    expect((await queue.waiting()).map((s) => s.body.item)).toEqual(['IT-1', 'IT-2', 'IT-3']);
    expect(api.sent).toEqual([]);
    // a retry while still down changes nothing
    await expect(queue.flush()).resolves.toBe(3);
    api.down = false;
    await expect(queue.flush()).resolves.toBe(0);
    expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3']);
    expect(settled).toEqual(['IT-1:ok', 'IT-2:ok', 'IT-3:ok']);
    expect(counts.at(-1)).toBe(0);
    expect(store.scans.size).toBe(0);
  });

  it('puts a new scan behind those that wait, never before them', async () => {
    const api = fakeApi();
    const queue = new ScanQueue(new MemoryScanStore(), api.send, OWNER);
    api.down = true;
    await queue.submit(scan(1));
    api.down = false;
    // the network is back but no retry ran yet: the new scan goes out second, after the waiting one
    await expect(queue.submit(scan(2))).resolves.toEqual({ kind: 'ok', answer: { replayed: false } });
    expect(api.sent).toEqual(['IT-1', 'IT-2']);
  });

  it('reports a scan refused on resend and keeps it, marked refused, until dismissed, going on with the next', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    const settled: [string, string][] = [];
    const queue = new ScanQueue(store, api.send, OWNER, {
      settled: (s, r) => settled.push([s.body.item as string, r.kind]),
    });
    api.down = true;
    for (const n of [1, 2, 3]) await queue.submit(scan(n));
    api.down = false;
    api.refuse.add('IT-2');
    await expect(queue.flush()).resolves.toBe(0);
    expect(settled).toEqual([
      ['IT-1', 'ok'],
      ['IT-2', 'refused'],
      ['IT-3', 'ok'],
    ]);
    // a reload (a new queue on the same store) still has it, as refused with the api's reason, and never resends it
    const reloaded = new ScanQueue(store, api.send, OWNER);
    expect(await reloaded.waiting()).toEqual([]);
    const refused = await reloaded.refused();
    expect(refused.map((s) => [s.body.item, s.refused])).toEqual([
      ['IT-2', { status: 404, problem: { code: 'resource.not_found' } }],
    ]);
    await expect(reloaded.flush()).resolves.toBe(0);
    await reloaded.submit(scan(4));
    expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3', 'IT-4']);
    // dismissed, it is gone; a waiting scan is never removed by a dismiss
    api.down = true;
    await reloaded.submit(scan(5));
    await reloaded.dismiss([refused[0].scanId, scan(5).scanId]);
    expect([...store.scans.values()].map((s) => s.body.item)).toEqual(['IT-5']);
  });

  it('stops at the first scan that still cannot be sent, keeping it and all after it in order', async () => {
    const api = fakeApi();
    let calls = 0;
    const flaky = async (s: QueuedScan): Promise<SendResult> => {
      calls += 1;
      // the second send of the flush fails: the network dropped again
      if (calls === 2) return { kind: 'unreachable', status: 503 };
      return api.send(s);
    };
    const queue = new ScanQueue(new MemoryScanStore(), flaky, OWNER);
    api.down = true;
    for (const n of [1, 2, 3]) await queue.submit(scan(n));
    api.down = false;
    calls = 0;
    await expect(queue.flush()).resolves.toBe(2);
    expect((await queue.waiting()).map((s) => s.body.item)).toEqual(['IT-2', 'IT-3']);
    await expect(queue.flush()).resolves.toBe(0);
    expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3']);
  });

  it('never sends a scan twice when two flushes race, nor while a new scan is submitted', async () => {
    const api = fakeApi();
    const queue = new ScanQueue(new MemoryScanStore(), api.send, OWNER);
    api.down = true;
    for (const n of [1, 2, 3, 4]) await queue.submit(scan(n));
    api.down = false;
    const results = await Promise.all([queue.flush(), queue.flush(), queue.submit(scan(5)), queue.flush()]);
    expect(results[0]).toBe(0);
    expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3', 'IT-4', 'IT-5']);
    expect(api.maxInFlight).toBe(1);
  });

  it('keeps the queue in the store: a new queue on the same store (a reload) sends what waited', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    api.down = true;
    await new ScanQueue(store, api.send, OWNER).submit(scan(1));
    await new ScanQueue(store, api.send, OWNER).submit(scan(2));
    api.down = false;
    const reloaded = new ScanQueue(store, api.send, OWNER);
    expect(await reloaded.waiting()).toHaveLength(2);
    await reloaded.flush();
    expect(api.sent).toEqual(['IT-1', 'IT-2']);
  });

  it('reads the store once, not on every scan, while nothing waits', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    let reads = 0;
    const list = store.list.bind(store);
    store.list = (owner) => {
      reads += 1;
      return list(owner);
    };
    const queue = new ScanQueue(store, api.send, OWNER);
    for (const n of [1, 2, 3]) await queue.submit(scan(n));
    expect(reads).toBe(1);
    api.down = true;
    await queue.submit(scan(4));
    api.down = false;
    // something waits now: the next scan reads the store and goes out behind it
    await queue.submit(scan(5));
    expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3', 'IT-4', 'IT-5']);
  });

  it('writes a scan made while another is still in flight to the store at once, and answers it when sent', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async (s: QueuedScan): Promise<SendResult> => {
      if (s.body.item === 'IT-1') await gate;
      return api.send(s);
    };
    const settled: string[] = [];
    const queue = new ScanQueue(store, slow, OWNER, { settled: (s) => settled.push(s.scanId) });
    await queue.waiting();
    const first = queue.submit(scan(1));
    await Promise.resolve();
    const second = queue.submit(scan(2));
    const third = queue.submit(scan(3));
    await new Promise((resolve) => setTimeout(resolve, 5));
    // the first hangs: it and the two after it are already safe in the store (a reload now would send them)
    expect([...store.scans.values()].map((s) => s.body.item)).toEqual(['IT-1', 'IT-2', 'IT-3']);
    release();
    const answers = await Promise.all([first, second, third]);
    expect(answers.map((a) => a.kind)).toEqual(['ok', 'ok', 'ok']);
    expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3']);
    expect(settled).toEqual([]);
    expect(store.scans.size).toBe(0);
  });

  it('keeps scan order when the clock went back: a new scan goes after every stored one', async () => {
    for (const readFirst of [true, false]) {
      const api = fakeApi();
      const store = new MemoryScanStore();
      api.down = true;
      await new ScanQueue(store, api.send, OWNER).submit(scan(1), 5_000);
      // reloaded with the clock an hour behind
      const reloaded = new ScanQueue(store, api.send, OWNER);
      if (readFirst) await reloaded.waiting();
      await reloaded.submit(scan(2), 1_000);
      await reloaded.submit(scan(3), 1_000);
      expect((await reloaded.waiting()).map((s) => s.body.item)).toEqual(['IT-1', 'IT-2', 'IT-3']);
      api.down = false;
      await reloaded.flush();
      expect(api.sent).toEqual(['IT-1', 'IT-2', 'IT-3']);
    }
  });

  it('falls back to memory when the store cannot be opened, saying so once, and still takes scans', async () => {
    const api = fakeApi();
    const broken = {
      ready: () => Promise.reject(new Error('IndexedDB blocked')),
      list: () => Promise.reject(new Error('IndexedDB blocked')),
      put: () => Promise.reject(new Error('IndexedDB blocked')),
      remove: () => Promise.reject(new Error('IndexedDB blocked')),
    };
    const warnings: unknown[] = [];
    const queue = new ScanQueue(new FallbackScanStore(broken, (e) => warnings.push(e)), api.send, OWNER);
    await expect(queue.submit(scan(1))).resolves.toEqual({ kind: 'ok', answer: { replayed: false } });
    api.down = true;
    await expect(queue.submit(scan(2))).resolves.toEqual({ kind: 'queued' });
    api.down = false;
    await expect(queue.flush()).resolves.toBe(0);
    expect(api.sent).toEqual(['IT-1', 'IT-2']);
    expect(warnings).toHaveLength(1);
  });

  it('answers a booked scan as booked even when the store then fails to remove it (no "not saved")', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    store.remove = () => Promise.reject(new Error('QuotaExceededError'));
    const queue = new ScanQueue(store, api.send, OWNER);
    await expect(queue.submit(scan(1))).resolves.toEqual({ kind: 'ok', answer: { replayed: false } });
    api.down = true;
    await queue.submit(scan(2));
    api.down = false;
    await expect(queue.flush()).resolves.toBe(0);
  });

  it('sends only its own user’s scans', async () => {
    const api = fakeApi();
    const store = new MemoryScanStore();
    api.down = true;
    await new ScanQueue(store, api.send, 'someone-else').submit(scan(1));
    api.down = false;
    const mine = new ScanQueue(store, api.send, OWNER);
    await expect(mine.flush()).resolves.toBe(0);
    expect(api.sent).toEqual([]);
    expect(store.scans.size).toBe(1);
  });
});

describe(classifyAnswer.name, () => {
  it('keeps for later what may succeed later, and takes any other 4xx as final', () => {
    expect(classifyAnswer(201, { replayed: false }).kind).toBe('ok');
    expect(classifyAnswer(200, { replayed: true }).kind).toBe('ok');
    for (const status of [0, 500, 502, 503, 504, 401, 408, 429])
      expect(classifyAnswer(status, null).kind).toBe('unreachable');
    expect(classifyAnswer(409, { code: 'stock.scan_in_progress' }).kind).toBe('unreachable');
    expect(classifyAnswer(409, { code: 'stock.insufficient' }).kind).toBe('refused');
    expect(classifyAnswer(404, { code: 'resource.not_found' }).kind).toBe('refused');
    expect(classifyAnswer(400, { code: 'stock.lot_required' }).kind).toBe('refused');
  });
});
