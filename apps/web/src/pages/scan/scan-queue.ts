/**
 * The scan station's outbox. A scan is sent at once when nothing waits before it; when the network or the api
 * is down it is kept (with its scanId, made when it was scanned) in a store that survives a reload, and sent
 * later in the order it was scanned. The api replays a scanId it has seen, so a resend never doubles a move;
 * this module's part is never to lose a scan, never to reorder them, and never to send one twice at once.
 */

/** What a scan asks of the api: a stock move, or a count scan of one open count. */
export type ScanTarget = { kind: 'move' } | { kind: 'count'; countId: string };

/** What the last-scans list shows of a scan while it waits (the request body holds codes, not names). */
export interface ScanSummary {
  mode: 'receipt' | 'issue' | 'transfer' | 'count';
  item: string;
  quantity: number;
  from?: string;
  to?: string;
  location?: string;
  lot?: string;
}

/**
 * A request kept in the outbox. `Target` says where it goes and `Summary` what a list shows of it while it waits:
 * the scan station's by default; the production station (pages/station) keeps its reports and machine taps here too.
 */
export interface QueuedScan<Target = ScanTarget, Summary = ScanSummary> {
  scanId: string;
  /** The user who scanned (their id): another user signing in on this browser never sends it. */
  owner: string;
  /** Scan order: ms since the epoch when scanned, made unique by the queue. */
  seq: number;
  target: Target;
  body: Record<string, unknown>;
  summary: Summary;
  /**
   * Set when the api refused it on a resend (the user was no longer looking at it): it stays in the store, never
   * sent again, until the user dismisses it, so a refusal seen by nobody is never lost.
   */
  refused?: { status: number; problem: unknown };
}

/** Any outbox entry, whatever its target and summary. */
export type AnyQueued = QueuedScan<unknown, unknown>;

/** Where waiting (and refused, not yet dismissed) scans live: IndexedDB in the browser, a Map in tests. */
export interface ScanStore<Q extends AnyQueued = QueuedScan> {
  /** The owner's scans (waiting and refused), in seq order. */
  list(owner: string): Promise<Q[]>;
  put(scan: Q): Promise<void>;
  remove(scanId: string): Promise<void>;
}

/** How a send ended: the api's answer, its refusal (4xx, final), or no answer worth keeping (try again later). */
export type SendResult =
  | { kind: 'ok'; answer: unknown }
  | { kind: 'refused'; status: number; problem: unknown }
  | { kind: 'unreachable'; status?: number };

export type Sender<Q extends AnyQueued = QueuedScan> = (scan: Q) => Promise<SendResult>;

/** What the queue answers to a new scan: sent (ok or refused), or kept to be sent later. */
export type SubmitOutcome = Exclude<SendResult, { kind: 'unreachable' }> | { kind: 'queued' };

/** The problem codes that say "the same request may succeed later": a scan refused with them stays queued. */
const RETRY_CODES = new Set([
  'stock.scan_in_progress',
  'production.scan_in_progress',
  'request.too_many',
  'service.busy',
  'service.unavailable',
]);

/**
 * An HTTP answer as a send result: 2xx ok; no answer, 5xx, 401 (the user signs in again and it goes then),
 * 408, 429 and "still being recorded" kept for later; any other 4xx is the api's final word.
 */
export function classifyAnswer(status: number, body: unknown): SendResult {
  if (status >= 200 && status < 300) return { kind: 'ok', answer: body };
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  if (status === 0 || status >= 500 || status === 401 || status === 408 || status === 429)
    return { kind: 'unreachable', status };
  if (typeof code === 'string' && RETRY_CODES.has(code)) return { kind: 'unreachable', status };
  return { kind: 'refused', status, problem: body };
}

export interface QueueEvents<Q extends AnyQueued = QueuedScan> {
  /** The number of scans waiting changed. */
  waiting?: (count: number) => void;
  /** A scan that had waited was sent: its final result. */
  settled?: (scan: Q, result: Exclude<SendResult, { kind: 'unreachable' }>) => void;
}

export class ScanQueue<Q extends AnyQueued = QueuedScan> {
  /** Every send and store change runs on this chain, one at a time, in the order asked. */
  private chain: Promise<unknown> = Promise.resolve();
  private flushing: Promise<number> | null = null;
  /** The last seq given, at least the highest in the store once read: a clock put back never reorders scans. */
  private lastSeq = 0;
  /** Whether the store was read (and `lastSeq` continues from what it holds). */
  private read = false;
  /**
   * How many of the owner's scans wait, as this queue last saw the store (null: not read yet). When it is 0 a
   * scan goes out without reading the store first, the hot path of every scan. Another tab's scans are that
   * tab's to send, and a resend of one by both would only be replayed.
   */
  private known: number | null = null;
  /** Tasks on the chain (running or waiting their turn). */
  private running = 0;
  /** Scans whose submit call is still pending, with their result once a drain sent them. */
  private readonly claimed = new Map<string, SubmitOutcome | undefined>();

  constructor(
    private readonly store: ScanStore<Q>,
    private readonly send: Sender<Q>,
    private readonly owner: string,
    private readonly events: QueueEvents<Q> = {},
  ) {}

  /** This owner's scans that wait to be sent, in scan order. */
  async waiting(): Promise<Q[]> {
    const scans = (await this.list()).filter((s) => !s.refused);
    this.known = scans.length;
    return scans;
  }

  /** The owner's scans; the next seq continues from the highest stored (a clock that went back keeps order). */
  private async list(): Promise<Q[]> {
    const scans = await this.store.list(this.owner);
    for (const s of scans) this.lastSeq = Math.max(this.lastSeq, s.seq);
    this.read = true;
    return scans;
  }

  private stamp(scan: Omit<Q, 'owner' | 'seq'>, now: number): Q {
    this.lastSeq = Math.max(now, this.lastSeq + 1);
    return { ...scan, owner: this.owner, seq: this.lastSeq } as Q;
  }

  /** This owner's scans refused on a resend and not yet dismissed, in scan order. */
  async refused(): Promise<Q[]> {
    return (await this.list()).filter((s) => s.refused);
  }

  /**
   * The user has seen these refused scans: they leave the store (never a waiting one). Not queued behind a
   * hanging send: a drain never touches a refused scan (it marks them, and skips them when it reads the store).
   */
  async dismiss(scanIds: readonly string[]): Promise<void> {
    const refused = new Set((await this.refused()).map((s) => s.scanId));
    for (const scanId of scanIds) if (refused.has(scanId)) await this.store.remove(scanId);
  }

  /**
   * A new scan: written to the store, then sent now when none waits before it, else put behind those that
   * wait (which are then tried, in order, with it); removed from the store once the api answered (ok or
   * refused). Its outcome is `queued` when it could not be sent now. While another send is still in flight (a
   * slow or dead network holds it up to its time-out) the scan is written to the store at once, so that a
   * reload meanwhile cannot lose it.
   */
  submit(scan: Omit<Q, 'owner' | 'seq'>, now = Date.now()): Promise<SubmitOutcome> {
    // its seq is given once the store was read (at start), so that it comes after every scan stored before
    let queued = this.running > 0 && this.read ? this.stamp(scan, now) : undefined;
    const early = queued ? this.store.put(queued) : undefined;
    // whichever drain sends it, its result is this call's answer, not a `settled` event
    this.claimed.set(scan.scanId, undefined);
    return this.serial(async () => {
      try {
        if (!this.read) await this.waiting();
        queued ??= this.stamp(scan, now);
        if (early) {
          await early;
          // an earlier drain may have sent it already: its answer is then waiting here
          const sent = this.claimed.get(queued.scanId);
          if (sent) return sent;
          await this.drain();
          return this.claimed.get(queued.scanId) ?? { kind: 'queued' };
        }
        this.known ??= (await this.waiting()).length;
        if (this.known === 0) {
          // saved before it is sent: a reload or a closed tab while the send is under way cannot lose it
          await this.store.put(queued);
          const result = await this.send(queued);
          if (result.kind !== 'unreachable') {
            await this.forget(queued.scanId);
            return result;
          }
          this.known = 1;
          this.events.waiting?.(1);
          return { kind: 'queued' } as const;
        }
        await this.store.put(queued);
        await this.drain();
        return this.claimed.get(queued.scanId) ?? { kind: 'queued' };
      } finally {
        this.claimed.delete(scan.scanId);
      }
    });
  }

  /**
   * Sends what waits, oldest first, stopping at the first that cannot be sent; resolves to how many still wait.
   * Two calls at once share one run, so no scan is ever in flight twice from this queue.
   */
  flush(): Promise<number> {
    this.flushing ??= this.serial(() => this.drain()).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<number> {
    const waiting = (await this.list()).filter((s) => !s.refused);
    for (let n = 0; n < waiting.length; n++) {
      const scan = waiting[n];
      const result = await this.send(scan);
      if (result.kind === 'unreachable') {
        this.known = waiting.length - n;
        this.events.waiting?.(this.known);
        return this.known;
      }
      // settled in the store before it is reported: a reload after this point cannot send it again (it would only
      // replay). One refused with nobody waiting for its answer stays, marked refused, until the user dismisses it.
      const unseen = result.kind === 'refused' && !this.claimed.has(scan.scanId);
      if (unseen) await this.keep({ ...scan, refused: { status: result.status, problem: result.problem } });
      else await this.forget(scan.scanId);
      this.known = waiting.length - n - 1;
      this.events.waiting?.(this.known);
      if (this.claimed.has(scan.scanId)) this.claimed.set(scan.scanId, result);
      else this.events.settled?.(scan, result);
    }
    this.known = 0;
    return 0;
  }

  /**
   * Removes a scan the api answered. Should the store fail to, the answer still stands (the scan was booked or
   * refused): it is not reported as unsaved, which would invite a second scan; left in the store, it is sent
   * again later and the api replays it.
   */
  private async forget(scanId: string): Promise<void> {
    try {
      await this.store.remove(scanId);
    } catch {
      // see above
    }
  }

  /** Marks a scan refused in the store; should that fail it stays waiting, and its resend is refused again. */
  private async keep(scan: Q): Promise<void> {
    try {
      await this.store.put(scan);
    } catch {
      // see above
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    const run = this.chain.then(work, work).finally(() => {
      this.running -= 1;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}
/** An in-memory store (tests, and a browser without IndexedDB, where the queue then lasts as long as the tab). */
export class MemoryScanStore<Q extends AnyQueued = QueuedScan> implements ScanStore<Q> {
  readonly scans = new Map<string, Q>();

  list(owner: string): Promise<Q[]> {
    return Promise.resolve([...this.scans.values()].filter((s) => s.owner === owner).sort((a, b) => a.seq - b.seq));
  }

  put(scan: Q): Promise<void> {
    this.scans.set(scan.scanId, structuredClone(scan));
    return Promise.resolve();
  }

  remove(scanId: string): Promise<void> {
    this.scans.delete(scanId);
    return Promise.resolve();
  }
}

/**
 * A store that may fail to open (IndexedDB blocked or missing, a private window): the scans then live in memory
 * for as long as the tab, and `onFallback` says so once, so the page can warn, rather than refuse every scan.
 */
export class FallbackScanStore<Q extends AnyQueued = QueuedScan> implements ScanStore<Q> {
  private readonly active: Promise<ScanStore<Q>>;

  constructor(primary: ScanStore<Q> & { ready(): Promise<unknown> }, onFallback: (error: unknown) => void) {
    this.active = Promise.resolve()
      .then(() => primary.ready())
      .then(
        () => primary,
        (error: unknown) => {
          onFallback(error);
          return new MemoryScanStore<Q>();
        },
      );
  }

  async list(owner: string): Promise<Q[]> {
    return (await this.active).list(owner);
  }

  async put(scan: Q): Promise<void> {
    return (await this.active).put(scan);
  }

  async remove(scanId: string): Promise<void> {
    return (await this.active).remove(scanId);
  }
}
