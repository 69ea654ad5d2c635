/** The dashboard's periods: 今天, 本班, 近7天, 近30天. */
export const PERIODS = ['today', 'shift', 'last7', 'last30'] as const;
export type Period = (typeof PERIODS)[number];

export type Bucket = 'hour' | 'day';

/** What a period asks the api for: the range, and the trend's bucket (hours inside a day, days beyond). */
export type PeriodRange = { from: Date; to: Date; bucket: Bucket };

/** A shift as the calendar keeps it: ISO weekdays it starts on, 'HH:MM' start and end (end ≤ start: next day). */
export type ShiftTimes = { code: string; days: number[]; start: string; end: string; active?: boolean };

/** One occurrence of a shift: the shift, the local date it started on, and its span. */
export type ShiftOccurrence = { code: string; date: string; from: Date; to: Date };

const DAY_MS = 86_400_000;

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The browser's own zone: only a fallback, the dashboard passes the factory's (its days and shifts are there). */
export const BROWSER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at an instant. */
function wallOf(at: Date, timeZone: string): { year: number; month: number; day: number; minutes: number } {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return {
    year: part.year,
    month: part.month,
    day: part.day,
    minutes: part.hour * 60 + part.minute + part.second / 60,
  };
}

/**
 * A day of the factory's calendar, carried as that date's UTC midnight (so adding days never meets a DST change);
 * only wall times built from it (atMinutes) are instants.
 */
type CivilDay = Date;

function startOfDay(at: Date, timeZone: string): CivilDay {
  const wall = wallOf(at, timeZone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
}

function addDays(day: CivilDay, days: number): CivilDay {
  return new Date(day.getTime() + days * DAY_MS);
}

/** The instant at `minutes` past midnight of `day` on the clocks of `timeZone`. */
function atMinutes(day: CivilDay, minutes: number, timeZone: string): Date {
  const wanted = day.getTime() + minutes * 60_000;
  let guess = wanted;
  // the zone's offset at the guess, applied twice: right on both sides of a DST change
  for (let i = 0; i < 2; i++) {
    const wall = wallOf(new Date(guess), timeZone);
    const shown = Date.UTC(wall.year, wall.month - 1, wall.day) + Math.round(wall.minutes * 60_000);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** A factory day as 'YYYY-MM-DD'. */
function dayText(day: CivilDay): string {
  return day.toISOString().slice(0, 10);
}

/** ISO weekday, Monday 1 … Sunday 7. */
function isoWeekday(day: CivilDay): number {
  return day.getUTCDay() === 0 ? 7 : day.getUTCDay();
}

/** Does the shift end after it starts on the clock (end ≤ start means it crosses midnight)? */
export function crossesMidnight(shift: Pick<ShiftTimes, 'start' | 'end'>): boolean {
  return minutesOf(shift.end) <= minutesOf(shift.start);
}

/** The occurrences of active shifts that start on the factory's days (in `timeZone`) from `first` to `last` (holidays skipped). */
export function shiftOccurrences(
  shifts: readonly ShiftTimes[],
  first: Date,
  last: Date,
  holidays: ReadonlySet<string> = new Set(),
  timeZone: string = BROWSER_TIME_ZONE,
): ShiftOccurrence[] {
  const occurrences: ShiftOccurrence[] = [];
  const lastDay = startOfDay(last, timeZone);
  for (let day = startOfDay(first, timeZone); day <= lastDay; day = addDays(day, 1)) {
    const date = dayText(day);
    if (holidays.has(date)) continue;
    for (const shift of shifts) {
      if (shift.active === false || !shift.days.includes(isoWeekday(day))) continue;
      const start = minutesOf(shift.start);
      const end = minutesOf(shift.end) + (crossesMidnight(shift) ? 24 * 60 : 0);
      occurrences.push({
        code: shift.code,
        date,
        from: atMinutes(day, start, timeZone),
        to: atMinutes(day, end, timeZone),
      });
    }
  }
  return occurrences.sort((a, b) => a.from.getTime() - b.from.getTime());
}

/**
 * 本班: the shift running now; between shifts, the last one that ended within a week (what a manager arriving
 * in the morning wants to see); null when the calendar has none.
 */
export function currentShift(
  shifts: readonly ShiftTimes[],
  now: Date,
  holidays: ReadonlySet<string> = new Set(),
  timeZone: string = BROWSER_TIME_ZONE,
): ShiftOccurrence | null {
  // a shift that crosses midnight started yesterday
  const occurrences = shiftOccurrences(shifts, new Date(now.getTime() - 7 * DAY_MS), now, holidays, timeZone);
  const running = occurrences.find((o) => o.from <= now && now < o.to);
  if (running) return running;
  const ended = occurrences.filter((o) => o.to <= now);
  return ended.length > 0 ? ended[ended.length - 1] : null;
}

/**
 * The range a period covers at `now`: today from the factory's midnight; the shift from its start up to its end or now;
 * the last 7 (30) days as whole local days, today being the last, so the day trend has whole days.
 */
export function periodRange(
  period: Period,
  now: Date,
  shift: ShiftOccurrence | null,
  timeZone: string = BROWSER_TIME_ZONE,
): PeriodRange {
  const today = startOfDay(now, timeZone);
  const midnight = (days: number) => atMinutes(addDays(today, days), 0, timeZone);
  switch (period) {
    case 'today':
      return { from: midnight(0), to: now, bucket: 'hour' };
    case 'shift': {
      if (!shift) return { from: midnight(0), to: now, bucket: 'hour' };
      return { from: shift.from, to: shift.to < now ? shift.to : now, bucket: 'hour' };
    }
    case 'last7':
      return { from: midnight(-6), to: now, bucket: 'day' };
    case 'last30':
      return { from: midnight(-29), to: now, bucket: 'day' };
  }
}

/**
 * The timeline's span: the period's, but at most its last 24 hours (a month of state changes every few minutes is
 * tens of thousands of bars no one reads; the tables and Pareto cover the whole period).
 */
export function timelineRange(range: PeriodRange): { from: Date; to: Date } {
  const from = new Date(Math.max(range.from.getTime(), range.to.getTime() - DAY_MS));
  return { from, to: range.to };
}
