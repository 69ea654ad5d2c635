/**
 * How many imports run at once, in two places. A factory has one import at a time, taken before its
 * upload is read: a refused upload is never parsed (Node discards its body), so one factory sending many
 * files costs the api little. The installation reads two files at a time (each in its own bounded
 * thread), taken only for the parse, so a slow upload holds no reading slot. Past either bound the
 * import is refused at once (429 with Retry-After) rather than queued: a queued file would sit in the
 * api's memory while it waits, which is what the bound is there to prevent.
 */
export class ImportGate {
  /** One per application (a provider of SplittingModule): apps sharing a process do not share slots. */
  static create(): ImportGate {
    return new ImportGate({ reading: IMPORT_READING_SLOTS });
  }

  private reading = 0;
  private readonly admitted = new Set<string>();

  constructor(readonly bounds: { reading: number }) {}

  /** The factory's one import slot: a release function, or undefined when it is taken. */
  admit(factoryId: string): (() => void) | undefined {
    if (this.admitted.has(factoryId)) return undefined;
    this.admitted.add(factoryId);
    return once(() => this.admitted.delete(factoryId));
  }

  /** One of the installation's reading slots: a release function, or undefined when all are taken. */
  read(): (() => void) | undefined {
    if (this.reading >= this.bounds.reading) return undefined;
    this.reading += 1;
    return once(() => (this.reading -= 1));
  }
}

function once(release: () => unknown): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    release();
  };
}

/** Files read at once over the whole installation (each thread takes up to SHEET_THREAD_LIMITS' memory). */
export const IMPORT_READING_SLOTS = 2;
