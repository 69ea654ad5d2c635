import { Clock } from '../time/clock';

/** A clock that moves only when the test says so. */
export class ManualClock extends Clock {
  constructor(private current = Date.UTC(2026, 0, 5, 8, 0, 0)) {
    super();
  }

  override now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
