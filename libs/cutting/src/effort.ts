/**
 * Search effort counted in work units rather than milliseconds, so the same input and seed stop at the
 * same point (and give the same plan) however loaded the machine is. The deadline is only a safety net.
 */
export class Effort {
  private used = 0;

  constructor(
    readonly limit: number,
    readonly deadline: number,
    private readonly parent?: Effort,
  ) {}

  /** Records `units` of work; false once the budget (or, as a safety net, the clock) is exhausted. */
  spend(units: number): boolean {
    this.used += units;
    this.parent?.spend(units);
    return !this.exhausted();
  }

  /** Units recorded so far. */
  spent(): number {
    return this.used;
  }

  exhausted(): boolean {
    return this.used >= this.limit || (this.parent?.exhausted() ?? false) || Date.now() >= this.deadline;
  }

  /** A sub-budget of `fraction` of what is left here; its spending counts here too. */
  share(fraction: number): Effort {
    return new Effort(Math.max(0, this.limit - this.used) * fraction, this.deadline, this);
  }
}

/** Work units per millisecond of `timeLimitMs`, calibrated so that searches end on effort well before the clock. */
export const WORK_UNITS_PER_MS = 80_000;
