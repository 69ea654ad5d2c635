/**
 * The split run state machine (拆单任务状态), once. A run is queued when accepted; the processor starts it,
 * then records its result or its failure. A finished run is never started again: a retry of its job
 * (a worker that died after saving, before the job was marked done) finds it finished and leaves it.
 */
export const SPLIT_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type SplitRunStatus = (typeof SPLIT_RUN_STATUSES)[number];

export const SPLIT_RUN_ACTIONS = ['start', 'succeed', 'fail'] as const;
export type SplitRunAction = (typeof SPLIT_RUN_ACTIONS)[number];

export const SPLIT_RUN_TRANSITIONS: Readonly<Record<SplitRunStatus, Partial<Record<SplitRunAction, SplitRunStatus>>>> =
  {
    queued: { start: 'running' },
    // start again: a retry after a transient error or a worker that died mid-run
    running: { start: 'running', succeed: 'succeeded', fail: 'failed' },
    succeeded: {},
    failed: {},
  };

export const SPLIT_RUN_REFUSAL_CODES = ['split_run.already_finished', 'split_run.not_running'] as const;
export type SplitRunRefusalCode = (typeof SPLIT_RUN_REFUSAL_CODES)[number];

export interface SplitRunRefusal {
  code: SplitRunRefusalCode;
  params: { status: SplitRunStatus; action: SplitRunAction };
  message: string;
}

export type SplitRunTransition = { ok: true; to: SplitRunStatus } | { ok: false; refusal: SplitRunRefusal };

export function splitRunTransition(status: SplitRunStatus, action: SplitRunAction): SplitRunTransition {
  const to = SPLIT_RUN_TRANSITIONS[status][action];
  if (to !== undefined) return { ok: true, to };
  const finished = status === 'succeeded' || status === 'failed';
  return {
    ok: false,
    refusal: finished
      ? {
          code: 'split_run.already_finished',
          params: { status, action },
          message: `the split run has already ${status} / 拆单任务已结束`,
        }
      : {
          code: 'split_run.not_running',
          params: { status, action },
          message: `the split run is ${status}, not running / 拆单任务未在运行`,
        },
  };
}

export function isFinished(status: SplitRunStatus): boolean {
  return status === 'succeeded' || status === 'failed';
}
