/**
 * Slicing a machine's state intervals and counts into rollup slots: one per UTC hour ∩ shift occurrence, with
 * the seconds of planned busy time per category and per reason, and the counts with their ideal time (PRU × PQ).
 * The refresh stores these rows; the OEE query sums them and adds what it computes live the same way. Pure.
 */
import { localDate, PlannedWindow } from './calendar';
import type { Loss } from './equipment-codes';
import type { StateInterval } from './state-intervals';

export const HOUR = 3_600_000;
/** Scrap within this long after a setup ends is a start-up reject (six big losses); later scrap, a production reject. */
export const STARTUP_SECONDS = 600;

export interface CountEvent {
  at: number;
  good: number;
  scrap: number;
}

export interface CycleTime {
  validFrom: number;
  seconds: number;
}

export interface ReasonSeconds {
  /** The reason's code, or the state itself ('off', 'idle', 'setup') when none was given. */
  reason: string;
  loss: Loss;
  seconds: number;
  stops: number;
}

export interface RollupSlot {
  slotStart: number;
  /** '' for counts outside planned busy time. */
  shiftCode: string;
  /** The local date the shift occurrence started on (outside shifts: the slot's local day). */
  shiftDate: string;
  localDay: string;
  planned: number;
  running: number;
  setup: number;
  down: number;
  idle: number;
  smallStop: number;
  smallStops: number;
  stops: number;
  good: number;
  scrap: number;
  unplannedGood: number;
  unplannedScrap: number;
  /** Σ PRU × (good + scrap), seconds. */
  idealSeconds: number;
  /** Σ PRU × scrap, seconds: quality losses in time. */
  scrapSeconds: number;
  startupScrapSeconds: number;
  reasons: ReasonSeconds[];
}

export interface SliceInput {
  intervals: StateInterval[];
  windows: PlannedWindow[];
  counts: CountEvent[];
  cycleTimes: CycleTime[];
  /** The loss each reason code counts as. */
  reasonLoss: ReadonlyMap<string, Loss>;
  timeZone: string;
  /**
   * What to keep: time in [from, to), and counts in (from, to] (a count belongs to the instant before it). Intervals are given whole (from their true start), so that a
   * stop is counted where it began and a minor stop is judged on its whole length.
   */
  from: number;
  to: number;
  /** Closed intervals only (what the refresh stores); the open one is left to the query. */
  closedOnly?: boolean;
}

/** The ideal seconds per unit valid at `at`: the newest cycle time valid from at or before it. */
export function idealCycleAt(cycleTimes: CycleTime[], at: number): number {
  let best: CycleTime | undefined;
  for (const c of cycleTimes) if (c.validFrom <= at && (!best || c.validFrom > best.validFrom)) best = c;
  return (best ?? [...cycleTimes].sort((a, b) => a.validFrom - b.validFrom)[0])?.seconds ?? 0;
}

function categoryOf(iv: StateInterval, reasonLoss: ReadonlyMap<string, Loss>) {
  const known = iv.reason ? reasonLoss.get(iv.reason) : undefined;
  switch (iv.state) {
    case 'running':
      return { category: 'running' as const, reason: null, loss: null };
    case 'down':
      if (iv.smallStop) return { category: 'small' as const, reason: iv.reason ?? 'down', loss: 'small_stop' as const };
      return { category: 'down' as const, reason: iv.reason ?? 'down', loss: known ?? 'breakdown' };
    case 'off':
      return { category: 'down' as const, reason: 'off', loss: 'breakdown' as const };
    case 'setup':
      return { category: 'setup' as const, reason: iv.reason ?? 'setup', loss: known ?? 'setup' };
    case 'idle':
      return { category: 'idle' as const, reason: iv.reason ?? 'idle', loss: known ?? 'no_order' };
    case 'unknown':
      return null;
  }
}

export function sliceIntoSlots(input: SliceInput): RollupSlot[] {
  const slots = new Map<string, RollupSlot>();
  const slot = (at: number, w: PlannedWindow | null): RollupSlot => {
    const slotStart = Math.floor(at / HOUR) * HOUR;
    const key = `${slotStart}|${w?.shiftCode ?? ''}|${w?.shiftDate ?? ''}`;
    let s = slots.get(key);
    if (!s) {
      const localDay = localDate(slotStart, input.timeZone);
      s = {
        slotStart,
        shiftCode: w?.shiftCode ?? '',
        shiftDate: w?.shiftDate ?? localDay,
        localDay,
        planned: 0,
        running: 0,
        setup: 0,
        down: 0,
        idle: 0,
        smallStop: 0,
        smallStops: 0,
        stops: 0,
        good: 0,
        scrap: 0,
        unplannedGood: 0,
        unplannedScrap: 0,
        idealSeconds: 0,
        scrapSeconds: 0,
        startupScrapSeconds: 0,
        reasons: [],
      };
      slots.set(key, s);
    }
    return s;
  };
  const addReason = (s: RollupSlot, reason: string, loss: Loss, seconds: number, stops: number) => {
    const row = s.reasons.find((r) => r.reason === reason && r.loss === loss);
    if (row) {
      row.seconds += seconds;
      row.stops += stops;
    } else s.reasons.push({ reason, loss, seconds, stops });
  };

  const { windows } = input;
  let w0 = 0;
  for (const iv of input.intervals) {
    if (input.closedOnly && iv.open) continue;
    const c = categoryOf(iv, input.reasonLoss);
    if (!c) continue;
    while (w0 < windows.length && windows[w0].to <= iv.from) w0++;
    let first = true;
    for (let w = w0; w < windows.length && windows[w].from < iv.to; w++) {
      const a = Math.max(iv.from, windows[w].from);
      const b = Math.min(iv.to, windows[w].to);
      for (let t = a; t < b;) {
        const cut = Math.min(b, (Math.floor(t / HOUR) + 1) * HOUR);
        const keptFrom = Math.max(t, input.from);
        const keptTo = Math.min(cut, input.to);
        if (keptTo > keptFrom) {
          const seconds = (keptTo - keptFrom) / 1000;
          const s = slot(keptFrom, windows[w]);
          // a stop counts once, in the slot of its first planned second (if the range keeps that second)
          const stops = first && keptFrom === t ? 1 : 0;
          s.planned += seconds;
          if (c.category === 'running') s.running += seconds;
          else if (c.category === 'small') {
            s.running += seconds;
            s.smallStop += seconds;
            s.smallStops += stops;
          } else {
            s[c.category] += seconds;
            if (c.category === 'down') s.stops += stops;
          }
          if (c.reason !== null && c.loss !== null) addReason(s, c.reason, c.loss, seconds, stops);
        }
        first = false;
        t = cut;
      }
    }
  }

  const setupEnds = input.intervals.filter((iv) => iv.state === 'setup' && !iv.open).map((iv) => iv.to);
  let w = 0;
  for (const count of [...input.counts].sort((a, b) => a.at - b.at)) {
    // a count reports production up to its timestamp: it belongs to the millisecond before it, so one stamped at
    // a shift's end counts in the shift and one stamped at its start does not
    const made = count.at - 1;
    if (made < input.from || made >= input.to) continue;
    while (w < windows.length && windows[w].to <= made) w++;
    const inWindow = w < windows.length && windows[w].from <= made ? windows[w] : null;
    const s = slot(made, inWindow);
    if (!inWindow) {
      s.unplannedGood += count.good;
      s.unplannedScrap += count.scrap;
      continue;
    }
    const pru = idealCycleAt(input.cycleTimes, count.at);
    s.good += count.good;
    s.scrap += count.scrap;
    s.idealSeconds += pru * (count.good + count.scrap);
    s.scrapSeconds += pru * count.scrap;
    if (setupEnds.some((end) => end <= count.at && count.at - end < STARTUP_SECONDS * 1000))
      s.startupScrapSeconds += pru * count.scrap;
  }
  return [...slots.values()].sort((a, b) => a.slotStart - b.slotStart || a.shiftCode.localeCompare(b.shiftCode));
}
