/**
 * Reads in flight, by key: whoever asks for a key while its read runs shares that read instead of starting one of
 * their own. Fifty stations whose kept copy of a value expired in the same moment then make one query, not fifty
 * queued for the pool in front of the scans. Only reads in flight are held; what to keep afterwards, and for how long,
 * is the caller's business.
 */
export class SharedReads<V> {
  private readonly inFlight = new Map<string, Promise<V>>();

  read(key: string, read: () => Promise<V>): Promise<V> {
    const reading = this.inFlight.get(key);
    if (reading) return reading;
    // a read that throws at once rejects like one that fails later
    const started = new Promise<V>((resolve) => resolve(read())).finally(() => {
      if (this.inFlight.get(key) === started) this.inFlight.delete(key);
    });
    this.inFlight.set(key, started);
    return started;
  }

  /** What the read in flight returns may be out of date (a change committed meanwhile): later callers read anew. */
  forget(key: string): void {
    this.inFlight.delete(key);
  }
}
