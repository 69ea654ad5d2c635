/** The dashboard's data shaped for its charts: pure, so the shaping is tested without a browser. */

export type ReasonDowntime = {
  reason: string;
  nameZh?: string | null;
  nameEn?: string | null;
  loss?: string;
  seconds: number;
  stops: number;
};

export type ParetoBar = { reason: string; label: string; seconds: number; stops: number; cumulative: number };

/** A reason's name in the screen's language, its code when it has none (the 'off' of a machine switched off). */
export function reasonLabel(
  reason: { reason?: string | null; nameZh?: string | null; nameEn?: string | null },
  language: string,
): string {
  const name = language === 'en' ? reason.nameEn : reason.nameZh;
  return name || reason.nameZh || reason.nameEn || reason.reason || '';
}

/**
 * Downtime Pareto: reasons by lost time, largest first, with the cumulative share; beyond `top` reasons the rest
 * is one bar (`other`), so the chart stays readable and the line still reaches 100 %.
 */
export function pareto(reasons: readonly ReasonDowntime[], language: string, other: string, top = 10): ParetoBar[] {
  const merged = new Map<string, ReasonDowntime>();
  // several machines' rows name the same reason: one bar per reason
  for (const r of reasons) {
    const seen = merged.get(r.reason);
    merged.set(r.reason, seen ? { ...seen, seconds: seen.seconds + r.seconds, stops: seen.stops + r.stops } : { ...r });
  }
  const sorted = [...merged.values()]
    .filter((r) => r.seconds > 0)
    .sort((a, b) => b.seconds - a.seconds || a.reason.localeCompare(b.reason));
  const shown = sorted.slice(0, top).map((r) => ({
    reason: r.reason,
    label: reasonLabel(r, language),
    seconds: r.seconds,
    stops: r.stops,
  }));
  const rest = sorted.slice(top);
  if (rest.length > 0)
    shown.push({
      reason: '',
      label: other,
      seconds: rest.reduce((sum, r) => sum + r.seconds, 0),
      stops: rest.reduce((sum, r) => sum + r.stops, 0),
    });
  const total = shown.reduce((sum, r) => sum + r.seconds, 0);
  let running = 0;
  return shown.map((r) => {
    running += r.seconds;
    return { ...r, cumulative: total > 0 ? running / total : 0 };
  });
}

export const STATES = ['running', 'idle', 'setup', 'down', 'off', 'unknown'] as const;
export type State = (typeof STATES)[number];

/** One colour per state, the same on the timeline, the legend and the machines' state tags. */
export const STATE_COLOUR: Record<State, string> = {
  running: '#52c41a',
  idle: '#faad14',
  setup: '#1677ff',
  down: '#f5222d',
  off: '#595959',
  unknown: '#d9d9d9',
};

export function isState(value: string): value is State {
  return (STATES as readonly string[]).includes(value);
}

export type TimelineInterval = {
  from: string;
  to: string;
  state: string;
  reason?: string | null;
  nameZh?: string | null;
  nameEn?: string | null;
};

/** A timeline bar: row (machine), start and end in ms, state, and the reason as the language says it. */
export type TimelineBar = [row: number, from: number, to: number, state: State, reason: string];

/** The bars of every machine's timeline, row by row; an unknown state is drawn as 'unknown'. */
export function timelineBars(rows: readonly (readonly TimelineInterval[])[], language: string): TimelineBar[] {
  return rows.flatMap((intervals, row) =>
    intervals
      .map((i): TimelineBar => {
        const reason = i.reason ? reasonLabel(i, language) : '';
        return [row, Date.parse(i.from), Date.parse(i.to), isState(i.state) ? i.state : 'unknown', reason];
      })
      .filter(([, from, to]) => to > from),
  );
}

/** Seconds spent per state over the intervals (what the timeline's legend totals). */
export function secondsByState(bars: readonly TimelineBar[]): Record<State, number> {
  const totals = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>;
  for (const [, from, to, state] of bars) totals[state] += (to - from) / 1000;
  return totals;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A trend bucket's label, its day ('11-30') or hour ('14:00'), read at the bucket's middle: the api cuts days at the
 * factory's midnight and clips the first and last bucket to the range, so a bucket's start may fall on the
 * evening before in the browser's zone, its middle does not.
 */
export function bucketLabel(bucket: { from: string; to: string }, size: 'hour' | 'day', timeZone?: string): string {
  const at = new Date((Date.parse(bucket.from) + Date.parse(bucket.to)) / 2);
  // read on the factory's clocks when given (the dashboard gives it), else the browser's
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', month: 'numeric', day: 'numeric', hour: 'numeric' })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  return size === 'day' ? `${pad(part.month)}-${pad(part.day)}` : `${pad(part.hour)}:00`;
}

/**
 * 停机时长 on the dashboard: planned busy time the machine did not produce, i.e. down + setup + idle (off inside
 * planned time is down). The machines table, its main reason and the Pareto all count this same time.
 */
export function stopTime(row: { downTime: number; setupTime: number; idleTime: number }): number {
  return row.downTime + row.setupTime + row.idleTime;
}

/**
 * The reasons of that stop time: small stops (down under 120 s) are production time by the six-big-losses
 * convention (they lower Performance), so they are left out here to add up to stopTime.
 */
export function stopReasons<R extends ReasonDowntime>(reasons: readonly R[]): R[] {
  return reasons.filter((r) => r.loss !== 'small_stop');
}
