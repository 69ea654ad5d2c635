/**
 * How many imports parse at once: installation-wide and per factory. Past the bound an import is refused
 * at once (429 with Retry-After) rather than queued: a queued upload would hold its buffered file in the
 * api's memory while it waits, which is what the bound is there to prevent.
 */
export class ImportGate {
  private running = 0;
  private readonly byFactory = new Map<string, number>();

  constructor(readonly bounds: { total: number; perFactory: number }) {}

  /** A release function, or undefined when a bound is reached. */
  tryEnter(factoryId: string): (() => void) | undefined {
    const ours = this.byFactory.get(factoryId) ?? 0;
    if (this.running >= this.bounds.total || ours >= this.bounds.perFactory) return undefined;
    this.running += 1;
    this.byFactory.set(factoryId, ours + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = (this.byFactory.get(factoryId) ?? 1) - 1;
      if (left > 0) this.byFactory.set(factoryId, left);
      else this.byFactory.delete(factoryId);
    };
  }
}

/** The api's one gate: two parses at a time (each in its own bounded thread), one per factory. */
export const ORDER_IMPORT_GATE = new ImportGate({ total: 2, perFactory: 1 });
