import { type FactoryCalendar, plannedWindows } from './calendar';
import type { MachineProcess } from './equipment-codes';
import type { CountInput, StateInput } from './machine-events';

/** How a demo machine behaves: its ideal cycle and the stops a door plant sees on it. */
export interface DemoMachineProfile {
  code: string;
  process: MachineProcess;
  idealCycleSeconds: number;
  /** Actual speed as a share of the ideal (slow cycles), drawn per shift within [min, max]. */
  speed: [number, number];
  /** Share of the units produced that are scrapped. */
  scrapRate: number;
  /** The reason of the setup a shift starts with (warm-up, press heat-up). */
  startup: string;
  /** Changeovers during the shift (tool, colour). */
  setups: string[];
  breakdowns: string[];
  /** Upstream waits, as idle reasons (缺料, 上游缺料). */
  waits: string[];
}

/** A shift of the demo calendar with the processes it is for (null: every machine). */
export type DemoCalendar = Omit<FactoryCalendar, 'shifts'> & {
  shifts: (FactoryCalendar['shifts'][number] & { processes: MachineProcess[] | null })[];
};

export interface DemoHistory {
  states: StateInput[];
  counts: CountInput[];
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const COUNT_EVERY = 5 * MINUTE;

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same history. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a text (FNV-1a), so each machine has its own stream. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A plausible history of one machine over [from, to): in each planned window of its shifts it starts with a
 * setup (first window of a shift) or runs (after a break), runs for stretches of about 45 minutes between stops
 * (mostly small stops under 2 minutes; changeovers, upstream waits, waiting for QC, now and then a breakdown or
 * no order), and goes off at the window's end; counts every 5 minutes of running, at its speed of the shift,
 * with some scrap. Roughly: availability 0.8, performance 0.9, quality 0.97, OEE about 0.7.
 */
export function demoHistory(
  profile: DemoMachineProfile,
  calendar: DemoCalendar,
  machineId: string,
  from: number,
  to: number,
): DemoHistory {
  const random = seededRandom(seedOf(profile.code));
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const between = (min: number, max: number) => min + random() * (max - min);
  // the planned time the rollups count for this machine: shifts for some processes only count for theirs
  const windows = plannedWindows(calendar, machineId, from, to, profile.process);
  const states: StateInput[] = [];
  const counts: CountInput[] = [];
  const state = (at: number, s: StateInput['state'], reason?: string) =>
    states.push({
      at: new Date(Math.floor(at / SECOND) * SECOND).toISOString(),
      state: s,
      ...(reason ? { reason } : {}),
    });
  let produced = 0;
  let speed = 1;
  let shiftKey = '';
  // units made while running [a, b): counted each 5 minutes and at the end, whole units only
  const run = (a: number, b: number) => {
    for (let t = a; t < b;) {
      const end = Math.min(b, t + COUNT_EVERY);
      produced += ((end - t) / SECOND / profile.idealCycleSeconds) * speed;
      const units = Math.floor(produced);
      if (units > 0) {
        produced -= units;
        let scrap = 0;
        for (let i = 0; i < units; i++) if (random() < profile.scrapRate) scrap++;
        counts.push({ at: new Date(Math.floor(end / SECOND) * SECOND).toISOString(), good: units - scrap, scrap });
      }
      t = end;
    }
  };
  for (const window of windows) {
    let t = window.from;
    const key = `${window.shiftCode}@${window.shiftDate}`;
    if (key !== shiftKey) {
      shiftKey = key;
      speed = between(...profile.speed);
      const setup = between(8, 20) * MINUTE;
      state(t, 'setup', profile.startup);
      t += setup;
    }
    while (t < window.to) {
      state(t, 'running');
      const runEnd = Math.min(window.to, t + Math.max(MINUTE, -Math.log(1 - random()) * 45 * MINUTE));
      run(t, runEnd);
      t = runEnd;
      if (t >= window.to) break;
      const roll = random();
      if (roll < 0.5) {
        state(t, 'down', pick(['minor_stop', 'jam']));
        t += between(20, 110) * SECOND;
      } else if (roll < 0.7) {
        state(t, 'setup', pick(profile.setups));
        t += between(8, 22) * MINUTE;
      } else if (roll < 0.82) {
        state(t, 'idle', pick(profile.waits));
        t += between(5, 18) * MINUTE;
      } else if (roll < 0.88) {
        state(t, 'idle', 'waiting_qc');
        t += between(5, 15) * MINUTE;
      } else if (roll < 0.95) {
        state(t, 'down', pick(profile.breakdowns));
        t += between(15, 55) * MINUTE;
      } else {
        state(t, 'idle', 'no_order');
        t += between(10, 35) * MINUTE;
      }
    }
    if (window.to < to) state(window.to, 'off');
  }
  return { states, counts };
}
