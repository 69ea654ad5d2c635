import { describe, expect, it } from 'vitest';
import { type KeyValueStorage, readStored, writeStored } from './scan-storage';

function memoryStorage(): KeyValueStorage & { keys: () => string[] } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    keys: () => [...map.keys()],
  };
}

describe('scan storage', () => {
  it('keeps each user’s and each factory’s copy apart in one browser', () => {
    const storage = memoryStorage();
    const at = () => storage;
    writeStored(at, 'mendao.scan.locations', { factory: 'f1', user: 'u1' }, { 'A-01': 'u1 in f1' });
    writeStored(at, 'mendao.scan.locations', { factory: 'f2', user: 'u1' }, { 'A-01': 'u1 in f2' });
    writeStored(at, 'mendao.scan.locations', { factory: 'f1', user: 'u2' }, { 'A-01': 'u2 in f1' });
    expect(readStored(at, 'mendao.scan.locations', { factory: 'f1', user: 'u1' })).toEqual({ 'A-01': 'u1 in f1' });
    expect(readStored(at, 'mendao.scan.locations', { factory: 'f2', user: 'u1' })).toEqual({ 'A-01': 'u1 in f2' });
    expect(readStored(at, 'mendao.scan.locations', { factory: 'f1', user: 'u2' })).toEqual({ 'A-01': 'u2 in f1' });
    expect(readStored(at, 'mendao.scan.locations', { factory: 'f2', user: 'u2' })).toBeUndefined();
    expect(storage.keys()).not.toContain('mendao.scan.locations');
  });

  it('reads nothing, and writes nothing, when the storage is blocked or holds garbage', () => {
    const blocked = () => {
      throw new Error('SecurityError');
    };
    expect(() => writeStored(blocked, 'k', { factory: 'f', user: 'u' }, 1)).not.toThrow();
    expect(readStored(blocked, 'k', { factory: 'f', user: 'u' })).toBeUndefined();
    const storage = memoryStorage();
    storage.setItem('k:f:u', '{not json');
    expect(readStored(() => storage, 'k', { factory: 'f', user: 'u' })).toBeUndefined();
  });
});
