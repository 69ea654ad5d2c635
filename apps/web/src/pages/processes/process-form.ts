import type { Process } from './process-queries';

/** The dialog's state; the wait is kept in minutes and entered as hours and minutes. */
export type ProcessForm = {
  code: string;
  nameZh: string;
  nameEn: string;
  minWaitMinutes: number;
  /** Work instructions (作业要求), printed on the process's travelers; several lines. */
  instructions: string;
};

/** The api's cap (30 days): a larger value is a slip, such as hours typed as minutes. */
export const MAX_WAIT_MINUTES = 43_200;

/** The api's cap on instructions: a dozen lines on a traveler, not a manual. */
export const MAX_INSTRUCTIONS_LENGTH = 2000;

export function emptyProcess(): ProcessForm {
  return { code: '', nameZh: '', nameEn: '', minWaitMinutes: 0, instructions: '' };
}

export function toProcessForm(process: Process): ProcessForm {
  const { code, nameZh, nameEn, minWaitMinutes, instructions } = process;
  return { code, nameZh, nameEn, minWaitMinutes, instructions };
}

/**
 * What the api takes: trimmed names, instructions without blank lines around them (the code is the path's when
 * changing one). Instructions left empty clear them.
 */
export function toProcessBody(form: ProcessForm) {
  return {
    nameZh: form.nameZh.trim(),
    nameEn: form.nameEn.trim(),
    minWaitMinutes: form.minWaitMinutes,
    instructions: (form.instructions ?? '').trim(),
  };
}

/** A wait as a shop says it: 1,440 minutes is 24 h, 90 is 1 h 30 min. */
export function waitParts(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Hours and minutes as entered (either may be left empty) back to minutes. */
export function joinWait(hours: number | null, minutes: number | null): number {
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The list with the process at `index` moved one place up (-1) or down (+1); the same list at either end. */
export function moved(codes: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || index >= codes.length || target < 0 || target >= codes.length) return [...codes];
  const next = [...codes];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
