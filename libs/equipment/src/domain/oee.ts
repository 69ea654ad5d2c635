/** OEE per ISO 22400-2 and the six big losses, from summed rollup figures. Pure; the tests and the SQL path share it. */

import type { Loss } from './equipment-codes';

/** Seconds and counts summed over any set of rollup slots (a bucket of a machine, a process, the factory). */
export interface OeeTotals {
  /** PBT: planned busy time (shift − breaks − planned maintenance, from the machine's first state on). */
  planned: number;
  /** APT: running plus minor stops. */
  running: number;
  setup: number;
  down: number;
  idle: number;
  smallStop: number;
  good: number;
  scrap: number;
  /** Σ PRU × PQ. */
  idealSeconds: number;
  /** Σ PRU × scrap. */
  scrapSeconds: number;
  startupScrapSeconds: number;
  /** Seconds of setup, down and idle time by the loss of its reason (minor stops under small_stop). */
  lossSeconds: Partial<Record<Loss, number>>;
}

export interface SixBigLosses {
  breakdowns: number;
  setup: number;
  smallStops: number;
  slowCycles: number;
  startupRejects: number;
  productionRejects: number;
}

export interface OeeFigures {
  availability: number | null;
  performance: number | null;
  quality: number | null;
  oee: number | null;
  losses: SixBigLosses;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

export function emptyTotals(): OeeTotals {
  return {
    planned: 0,
    running: 0,
    setup: 0,
    down: 0,
    idle: 0,
    smallStop: 0,
    good: 0,
    scrap: 0,
    idealSeconds: 0,
    scrapSeconds: 0,
    startupScrapSeconds: 0,
    lossSeconds: {},
  };
}

/**
 * Availability = APT / PBT; performance (ISO "effectiveness") = Σ PRU×PQ / APT, which may exceed 1 when the
 * ideal cycle is set too slow; quality = GQ / PQ; OEE = their product. A ratio with a zero denominator is null,
 * and so is OEE then. Losses in seconds: slow cycles are what APT lost beyond minor stops to the ideal pace.
 */
export function oeeFigures(t: OeeTotals): OeeFigures {
  const availability = ratio(t.running, t.planned);
  const performance = ratio(t.idealSeconds, t.running);
  const quality = ratio(t.good, t.good + t.scrap);
  const oee =
    availability === null || performance === null || quality === null ? null : availability * performance * quality;
  return {
    availability,
    performance,
    quality,
    oee,
    losses: {
      breakdowns: t.lossSeconds.breakdown ?? 0,
      setup: t.lossSeconds.setup ?? 0,
      smallStops: t.smallStop,
      slowCycles: Math.max(0, t.running - t.smallStop - t.idealSeconds),
      startupRejects: t.startupScrapSeconds,
      productionRejects: t.scrapSeconds - t.startupScrapSeconds,
    },
  };
}
