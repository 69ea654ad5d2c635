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

function startOfDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

function atMinutes(day: Date, minutes: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes);
}

/** A local date as 'YYYY-MM-DD'. */
export function localDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** ISO weekday, Monday 1 … Sunday 7. */
function isoWeekday(day: Date): number {
  return day.getDay() === 0 ? 7 : day.getDay();
}

/** Does the shift end after it starts on the clock (end ≤ start means it crosses midnight)? */
export function crossesMidnight(shift: Pick<ShiftTimes, 'start' | 'end'>): boolean {
  return minutesOf(shift.end) <= minutesOf(shift.start);
}

/** The occurrences of active shifts that start on the local days from `first` to `last` (holidays skipped). */
export function shiftOccurrences(
  shifts: readonly ShiftTimes[],
  first: Date,
  last: Date,
  holidays: ReadonlySet<string> = new Set(),
): ShiftOccurrence[] {
  const occurrences: ShiftOccurrence[] = [];
  for (let day = startOfDay(first); day <= last; day = addDays(day, 1)) {
    const date = localDate(day);
    if (holidays.has(date)) continue;
    for (const shift of shifts) {
      if (shift.active === false || !shift.days.includes(isoWeekday(day))) continue;
      const start = minutesOf(shift.start);
      const end = minutesOf(shift.end) + (crossesMidnight(shift) ? 24 * 60 : 0);
      occurrences.push({ code: shift.code, date, from: atMinutes(day, start), to: atMinutes(day, end) });
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
): ShiftOccurrence | null {
  // a shift that crosses midnight started yesterday
  const occurrences = shiftOccurrences(shifts, addDays(now, -7), now, holidays);
  const running = occurrences.find((o) => o.from <= now && now < o.to);
  if (running) return running;
  const ended = occurrences.filter((o) => o.to <= now);
  return ended.length > 0 ? ended[ended.length - 1] : null;
}

/**
 * The range a period covers at `now`: today from local midnight; the shift from its start up to its end or now;
 * the last 7 (30) days as whole local days, today being the last, so the day trend has whole days.
 */
export function periodRange(period: Period, now: Date, shift: ShiftOccurrence | null): PeriodRange {
  const today = startOfDay(now);
  switch (period) {
    case 'today':
      return { from: today, to: now, bucket: 'hour' };
    case 'shift': {
      if (!shift) return { from: today, to: now, bucket: 'hour' };
      return { from: shift.from, to: shift.to < now ? shift.to : now, bucket: 'hour' };
    }
    case 'last7':
      return { from: addDays(today, -6), to: now, bucket: 'day' };
    case 'last30':
      return { from: addDays(today, -29), to: now, bucket: 'day' };
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
