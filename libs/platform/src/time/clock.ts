import { Injectable } from '@nestjs/common';

/**
 * The time as services see it (milliseconds since the epoch). Injected rather than read from `Date.now()`,
 * so a test can move it forward instead of sleeping (see ManualClock in @mendao/platform/testing).
 */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}
