/**
 * What the scan station keeps in the browser's storage (its known locations, its context across a reload) is
 * kept per factory and per user: the same browser may serve several people and, for a support user, factories.
 */

/** The part of localStorage / sessionStorage used here. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Whose data it is: the signed-in user's factory and id. */
export interface StorageScope {
  factory: string;
  user: string;
}

/** The key of `base` for this factory and user (`mendao.scan.state:<factory>:<user>`). */
export function scopedKey(base: string, scope: StorageScope): string {
  return `${base}:${scope.factory}:${scope.user}`;
}

/** The stored value, or undefined when absent, unreadable or the storage is blocked. */
export function readStored<T>(storage: () => KeyValueStorage, base: string, scope: StorageScope): T | undefined {
  try {
    const raw = storage().getItem(scopedKey(base, scope));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/** Stores the value; a full or blocked storage only loses this convenience copy. */
export function writeStored(storage: () => KeyValueStorage, base: string, scope: StorageScope, value: unknown): void {
  try {
    storage().setItem(scopedKey(base, scope), JSON.stringify(value));
  } catch {
    // a convenience only
  }
}
