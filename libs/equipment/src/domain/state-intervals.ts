/** Machine state events turned into consecutive intervals, whatever order they arrived in. Pure. */

export const MACHINE_STATES = ['running', 'idle', 'setup', 'down', 'off'] as const;
export type MachineState = (typeof MACHINE_STATES)[number];

/** Shorter down stretches are minor stops (six big losses): production time, a performance loss. */
export const SMALL_STOP_SECONDS = 120;

export interface StateEvent {
  at: number;
  state: MachineState;
  reason: string | null;
}

export interface StateInterval {
  from: number;
  to: number;
  /** 'unknown': before the machine's first state. */
  state: MachineState | 'unknown';
  reason: string | null;
  /** Still in force: its end is min(range end, now), not the next event. */
  open: boolean;
  /** Down only: the whole run of consecutive down intervals it belongs to is shorter than SMALL_STOP_SECONDS. */
  smallStop: boolean;
}

/**
 * The intervals covering [from, min(to, now)). `events` must include the one in force at `from` (the last at or
 * before it) for that stretch to be known; before the first event the state is 'unknown'. Repeated events of the
 * same state and reason (a gateway re-sending its state) extend one interval. A down run's length, which decides
 * a minor stop, is measured over the events given (whole, not clipped to the range); an open run is no minor stop.
 */
export function stateIntervals(events: StateEvent[], from: number, to: number, now: number): StateInterval[] {
  const end = Math.min(to, now);
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const merged: StateEvent[] = [];
  for (const e of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.state === e.state && last.reason === e.reason) continue;
    // two states at one instant (the table refuses it, a caller's list may not): the later one given wins
    if (last && last.at === e.at) merged[merged.length - 1] = e;
    else merged.push(e);
  }
  const full = merged.map((e, i) => ({
    from: e.at,
    to: i + 1 < merged.length ? merged[i + 1].at : Math.max(now, e.at),
    state: e.state,
    reason: e.reason,
    open: i + 1 === merged.length,
    smallStop: false,
  }));
  for (let i = 0; i < full.length;) {
    if (full[i].state !== 'down') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < full.length && full[j + 1].state === 'down') j++;
    // a run still open is a stop, not yet a minor one: only its end can show it was short
    const small = !full[j].open && full[j].to - full[i].from < SMALL_STOP_SECONDS * 1000;
    for (let k = i; k <= j; k++) full[k].smallStop = small;
    i = j + 1;
  }
  const out: StateInterval[] = [];
  if (!(end > from)) return out;
  const firstAt = full.length ? full[0].from : Infinity;
  if (firstAt > from)
    out.push({ from, to: Math.min(firstAt, end), state: 'unknown', reason: null, open: false, smallStop: false });
  for (const iv of full) {
    const a = Math.max(iv.from, from);
    const b = iv.open ? end : Math.min(iv.to, end);
    if (b > a) out.push({ ...iv, from: a, to: b });
  }
  return out;
}
