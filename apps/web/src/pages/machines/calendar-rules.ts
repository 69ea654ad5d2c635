import type { DowntimeReason, ShiftBreak } from './equipment-api';

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Minutes from `start` to `end` on the clock, through midnight when end ≤ start (a night shift, a break in it). */
export function clockSpan(start: string, end: string): number {
  const span = minutesOf(end) - minutesOf(start);
  return span > 0 ? span : span + 24 * 60;
}

/** A shift whose end is its start runs 24 hours (the api takes it so): worth a word, it is often a typo. */
export function allDay(shift: { start: string; end: string }): boolean {
  return TIME_PATTERN.test(shift.start) && shift.start === shift.end;
}

/** The planned minutes of a shift: its span less its breaks (a break is planned time off, ISO 22400). */
export function plannedMinutes(shift: { start: string; end: string; breaks: readonly ShiftBreak[] }): number {
  const breaks = shift.breaks.reduce((sum, b) => sum + clockSpan(b.start, b.end), 0);
  return Math.max(clockSpan(shift.start, shift.end) - breaks, 0);
}

/** Weekdays as the shop says them, runs joined: [1,2,3,4,5] → 'Mon–Fri', [1,3,6] → 'Mon, Wed, Sat'. */
export function weekdaysText(days: readonly number[], name: (day: number) => string): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${name(run[0])}–${name(run[run.length - 1])}` : run.map(name).join(', ')))
    .join(', ');
}

export type ReasonNode = DowntimeReason & { children?: ReasonNode[] };

/**
 * The reason tree from the flat list: children under their parent, each level by `sort` then code; a reason whose
 * parent is missing stays at the top rather than disappearing.
 */
export function reasonTree(reasons: readonly DowntimeReason[]): ReasonNode[] {
  const codes = new Set(reasons.map((r) => r.code));
  const byParent = new Map<string | null, DowntimeReason[]>();
  for (const reason of reasons) {
    const parent = reason.parentCode && codes.has(reason.parentCode) ? reason.parentCode : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), reason]);
  }
  const level = (parent: string | null, seen: Set<string>): ReasonNode[] =>
    (byParent.get(parent) ?? [])
      .filter((r) => !seen.has(r.code))
      .sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code))
      .map((reason) => {
        const children = level(reason.code, new Set([...seen, reason.code]));
        return children.length > 0 ? { ...reason, children } : { ...reason };
      });
  return level(null, new Set());
}
