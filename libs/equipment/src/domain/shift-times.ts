import type { ShiftBreak } from './equipment-codes';

export const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DAY = 24 * 60;

export interface ShiftTimes {
  start: string;
  end: string;
  breaks: readonly ShiftBreak[];
}

export interface TimeProblem {
  field: string;
  message: string;
}

/** Minutes since midnight of a valid 'HH:MM'. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Minutes since the shift's start of a wall-clock time inside a shift starting at `start` (a shift may cross
 * midnight, so 01:00 in a 20:00 shift is 300).
 */
function sinceStart(time: string, start: string): number {
  return (minutesOf(time) - minutesOf(start) + DAY) % DAY;
}

/**
 * What is wrong with a shift's times, field by field (empty: nothing). End at or before start means the shift
 * ends the next day (end = start: 24 hours). Each break lies inside the shift, ends after it starts (a break may
 * itself cross midnight), and overlaps no other break.
 */
export function shiftTimeProblems(shift: ShiftTimes): TimeProblem[] {
  const problems: TimeProblem[] = [];
  const hhmm = 'must be a time HH:MM (00:00–23:59) / 时间格式须为 HH:MM';
  if (!HH_MM.test(shift.start)) problems.push({ field: 'start', message: hhmm });
  if (!HH_MM.test(shift.end)) problems.push({ field: 'end', message: hhmm });
  if (problems.length > 0) return problems;
  const length = sinceStart(shift.end, shift.start) || DAY;
  const spans: { from: number; to: number; i: number }[] = [];
  shift.breaks.forEach((b, i) => {
    const field = `breaks[${i}]`;
    const badStart = !HH_MM.test(b.start);
    const badEnd = !HH_MM.test(b.end);
    if (badStart) problems.push({ field: `${field}.start`, message: hhmm });
    if (badEnd) problems.push({ field: `${field}.end`, message: hhmm });
    if (badStart || badEnd) return;
    const from = sinceStart(b.start, shift.start);
    const to = sinceStart(b.end, shift.start) || (minutesOf(b.end) === minutesOf(shift.start) ? DAY : 0);
    if (from >= length || to > length || to <= from)
      problems.push({
        field,
        message: `must lie inside the shift ${shift.start}–${shift.end} and end after it starts / 休息时间须在班次内且结束晚于开始`,
      });
    else spans.push({ from, to, i });
  });
  spans.sort((a, b) => a.from - b.from);
  for (let k = 1; k < spans.length; k++)
    if (spans[k].from < spans[k - 1].to)
      problems.push({
        field: `breaks[${spans[k].i}]`,
        message: `overlaps breaks[${spans[k - 1].i}] / 与另一休息时间重叠`,
      });
  return problems;
}
