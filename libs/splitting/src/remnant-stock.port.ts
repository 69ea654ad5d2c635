import type { EntityManager } from 'typeorm';
import type { CutKind } from './domain/product';
import type { RemnantOffer, RemnantUse } from './domain/split-plan';

export type { RemnantOffer, RemnantUse };

/**
 * The stores' remnants (余料) as a split sees them. Splitting defines this port and the warehouse implements it
 * (splitting never imports warehouse code); without a warehouse nothing is bound and a split uses new stock only.
 *
 * A run claims before it plans: every remnant of its materials that no other run holds is reserved for it, so two
 * runs planning at once never count on the same piece; settling keeps what its plan used and releases the rest.
 */
export abstract class RemnantStock {
  /**
   * Reserves for `runId` the available remnants of these materials and offers them. `supersedes` are the earlier
   * runs this one replaces whole (no order outside this run still has them as its last split): what they hold is
   * this run's to use again.
   */
  abstract claim(request: {
    runId: string;
    supersedes: string[];
    materials: { code: string; cutKind: CutKind }[];
  }): Promise<RemnantOffer[]>;

  /**
   * Keeps `runId`'s reservations of what its plan used and releases the rest; with the run's result saved in
   * `manager`'s transaction, the reservations of `supersedes` go too (the caller names only runs no order has as its
   * last split any more, decided under the orders' locks). `used` empty releases everything (a failed run).
   */
  abstract settle(
    request: { runId: string; supersedes: string[]; used: RemnantUse[] },
    manager?: EntityManager,
  ): Promise<void>;
}
