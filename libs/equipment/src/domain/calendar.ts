/**
 * Planned busy time (ISO 22400 PBT) from a factory's calendar: its shifts expanded per ISO weekday in the
 * factory's time zone, minus planned breaks, holidays (no shift starts on one) and planned maintenance.
 * Pure: times are epoch milliseconds, local dates are 'YYYY-MM-DD'.
 */

export interface ShiftBreak {
  start: string;
  end: string;
}

export interface ShiftDefinition {
  code: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) the shift STARTS on. */
  days: number[];
  /** 'HH:MM' local; an end at or before the start means the shift crosses midnight. */
  start: string;
  end: string;
  breaks: ShiftBreak[];
  active?: boolean;
  /**
   * Switched off at this instant (epoch ms): its planned time before then stays planned, so switching a shift off
   * changes the future only and past OEE by shift keeps it.
   */
  activeUntil?: number | null;
  /** For the machines of these processes only; null or absent: every machine. */
  processes?: string[] | null;
}

export interface MaintenanceWindow {
  /** null: every machine. */
  machineId: string | null;
  from: number;
  to: number;
}

export interface FactoryCalendar {
  timeZone: string;
  shifts: ShiftDefinition[];
  /** Local dates 'YYYY-MM-DD' on which no shift starts. */
  holidays: string[];
  maintenance: MaintenanceWindow[];
}

/** A stretch of planned busy time, inside one shift occurrence. */
export interface PlannedWindow {
  from: number;
  to: number;
  shiftCode: string;
  /** The local date the shift occurrence started on. */
  shiftDate: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// zones change their offset at whole quarter hours: one lookup per zone and quarter hour serves every instant in it
const QUARTER = 900_000;
const offsets = new Map<string, Map<number, number>>();

function offsetAt(instant: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const quarter = Math.floor(instant / QUARTER);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const at = quarter * QUARTER;
    const parts: Record<string, number> = {};
    for (const p of formatter(timeZone).formatToParts(new Date(at)))
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - at;
    if (zone.size > 100_000) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

/** The wall-clock time of `instant` in `timeZone`, as if that wall clock were UTC (epoch ms). */
export function wallClock(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

/**
 * The instant a local wall-clock time (given as if it were UTC) happens in `timeZone`: the offset guessed at the
 * wall time, corrected once if the guess lands on the other side of a DST change. A time inside a spring-forward
 * gap maps past the gap; an ambiguous autumn time maps to one of its two instants.
 */
export function zonedInstant(wall: number, timeZone: string): number {
  const guessed = wallClock(wall, timeZone) - wall;
  const instant = wall - guessed;
  const actual = wallClock(instant, timeZone) - instant;
  return actual === guessed ? instant : wall - actual;
}

/** 'YYYY-MM-DD' of the local date of `instant`. */
export function localDate(instant: number, timeZone: string): string {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 10);
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function isoWeekday(dayStart: number): number {
  return new Date(dayStart).getUTCDay() || 7;
}

/** Removes [cut.from, cut.to) from sorted, disjoint windows. */
function subtract<W extends { from: number; to: number }>(windows: W[], cut: { from: number; to: number }): W[] {
  const out: W[] = [];
  for (const w of windows) {
    if (cut.to <= w.from || cut.from >= w.to) {
      out.push(w);
      continue;
    }
    if (cut.from > w.from) out.push({ ...w, to: cut.from });
    if (cut.to < w.to) out.push({ ...w, from: cut.to });
  }
  return out;
}

/**
 * The planned busy windows of one machine (of `process`) within [from, to), sorted. Shifts that overlap one
 * another count once: the earlier-starting occurrence keeps the shared time. A shift for some processes only
 * applies to a machine of one of them.
 */
export function plannedWindows(
  calendar: FactoryCalendar,
  machineId: string | null,
  from: number,
  to: number,
  process?: string,
): PlannedWindow[] {
  if (!(to > from)) return [];
  const { timeZone } = calendar;
  const holidays = new Set(calendar.holidays);
  // a shift that started the day before `from` may still run (crossing midnight, up to 24 h long)
  const firstDay = Date.parse(`${localDate(from, timeZone)}T00:00:00Z`) - DAY;
  const lastDay = Date.parse(`${localDate(to, timeZone)}T00:00:00Z`);
  const occurrences: PlannedWindow[][] = [];
  for (let day = firstDay; day <= lastDay; day += DAY) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (holidays.has(date)) continue;
    const weekday = isoWeekday(day);
    for (const shift of calendar.shifts) {
      // switched off with no time recorded: never planned; with one, planned until then (below)
      if ((shift.active === false && (shift.activeUntil ?? null) === null) || !shift.days.includes(weekday)) continue;
      if (shift.processes && !(process !== undefined && shift.processes.includes(process))) continue;
      const start = minutes(shift.start);
      const length = (minutes(shift.end) - start + 1440) % 1440 || 1440;
      const at = (offset: number) => zonedInstant(day + offset * MINUTE, timeZone);
      let pieces: PlannedWindow[] = [
        { from: at(start), to: at(start + length), shiftCode: shift.code, shiftDate: date },
      ];
      for (const b of shift.breaks) {
        // a break's times are read within the shift: 01:00 in a 22:00-06:00 shift is after midnight
        const breakStart = start + ((minutes(b.start) - start + 1440) % 1440);
        const breakLength = (minutes(b.end) - minutes(b.start) + 1440) % 1440;
        pieces = subtract(pieces, { from: at(breakStart), to: at(breakStart + breakLength) });
      }
      if (shift.activeUntil !== undefined && shift.activeUntil !== null)
        pieces = subtract(pieces, { from: shift.activeUntil, to: Infinity });
      occurrences.push(pieces);
    }
  }
  let windows = occurrences.flat().sort((a, b) => a.from - b.from || a.to - b.to);
  const disjoint: PlannedWindow[] = [];
  let reached = -Infinity;
  for (const w of windows) {
    const start = Math.max(w.from, reached);
    if (start < w.to) disjoint.push({ ...w, from: start });
    reached = Math.max(reached, w.to);
  }
  windows = disjoint;
  for (const m of calendar.maintenance)
    if (m.machineId === null || m.machineId === machineId) windows = subtract(windows, m);
  return windows
    .map((w) => ({ ...w, from: Math.max(w.from, from), to: Math.min(w.to, to) }))
    .filter((w) => w.to > w.from);
}

/** When a shift occurrence (the shift started on local `date`) begins and ends, breaks included. */
export function shiftOccurrence(
  shift: Pick<ShiftDefinition, 'start' | 'end'>,
  date: string,
  timeZone: string,
): { from: number; to: number } {
  const day = Date.parse(`${date}T00:00:00Z`);
  const start = minutes(shift.start);
  const length = (minutes(shift.end) - start + 1440) % 1440 || 1440;
  return {
    from: zonedInstant(day + start * MINUTE, timeZone),
    to: zonedInstant(day + (start + length) * MINUTE, timeZone),
  };
}

/** The instants a local day begins and ends. */
export function localDayBounds(date: string, timeZone: string): { from: number; to: number } {
  const day = Date.parse(`${date}T00:00:00Z`);
  return { from: zonedInstant(day, timeZone), to: zonedInstant(day + DAY, timeZone) };
}
