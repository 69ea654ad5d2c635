import type { AnyQueued, QueuedScan, ScanStore } from './scan-queue';

const STORE = 'queue';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * The waiting scans in IndexedDB (one object store keyed by scanId): they outlive a reload or a closed tab. Each
 * outbox has its own database (the scan station's `mendao-scan`, the production station's `mendao-station`).
 */
export class IdbScanStore<Q extends AnyQueued = QueuedScan> implements ScanStore<Q> {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly dbName = 'mendao-scan') {}

  /** Resolves once the database is open; rejects when this browser cannot open it. */
  ready(): Promise<IDBDatabase> {
    return this.open();
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(this.dbName, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore(STORE, { keyPath: 'scanId' });
        store.createIndex('owner', 'owner');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
    });
    return this.db;
  }

  async list(owner: string): Promise<Q[]> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readonly');
    const scans = await request(tx.objectStore(STORE).index('owner').getAll(owner) as IDBRequest<Q[]>);
    return scans.sort((a, b) => a.seq - b.seq);
  }

  async put(scan: Q): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(scan);
    await done(tx);
  }

  async remove(scanId: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(scanId);
    await done(tx);
  }
}
