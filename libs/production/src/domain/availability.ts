import type { WorkOrderStatus } from './work-order-status';

/** What the availability rule reads of a work order of the run. */
export interface RunStep {
  code: string;
  sequence: number;
  process: string;
  refs: readonly string[];
  status: WorkOrderStatus;
  finishedAt: Date | null;
}

export interface Availability {
  available: boolean;
  /** When it becomes (or became) available; null while an earlier work order it waits for is not done. */
  availableAt: Date | null;
  /** The earlier work orders sharing a part with it that are not done yet. */
  waitingFor: { code: string; process: string; status: WorkOrderStatus }[];
}

/**
 * A work order is available once every earlier work order of its run (lower sequence) that handles one of its
 * parts is done, and each such process's minimum wait (养生: glue curing) has passed since it finished.
 * `waitMinutes` gives a process's wait; `now` is the clock's.
 */
export function availability(
  step: RunStep,
  run: readonly RunStep[],
  waitMinutes: (process: string) => number,
  now: Date,
): Availability {
  const mine = new Set(step.refs);
  const before = run.filter((s) => s.sequence < step.sequence && s.refs.some((ref) => mine.has(ref)));
  const waitingFor = before
    .filter((s) => s.status !== 'done')
    .map(({ code, process, status }) => ({ code, process, status }));
  if (waitingFor.length > 0) return { available: false, availableAt: null, waitingFor };
  let at = 0;
  for (const s of before) {
    const finished = s.finishedAt?.getTime() ?? 0;
    at = Math.max(at, finished + waitMinutes(s.process) * 60_000);
  }
  const availableAt = before.length === 0 ? null : new Date(at);
  return { available: at <= now.getTime(), availableAt, waitingFor };
}
