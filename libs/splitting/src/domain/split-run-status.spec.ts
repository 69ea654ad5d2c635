import {
  SPLIT_RUN_ACTIONS,
  SPLIT_RUN_STATUSES,
  type SplitRunAction,
  type SplitRunRefusalCode,
  type SplitRunStatus,
  splitRunTransition,
} from './split-run-status';

const ALLOWED: [SplitRunStatus, SplitRunAction, SplitRunStatus][] = [
  ['queued', 'start', 'running'],
  ['running', 'start', 'running'],
  ['running', 'succeed', 'succeeded'],
  ['running', 'fail', 'failed'],
];

const REFUSED: [SplitRunStatus, SplitRunAction, SplitRunRefusalCode][] = [
  ['queued', 'succeed', 'split_run.not_running'],
  ['queued', 'fail', 'split_run.not_running'],
  ['succeeded', 'start', 'split_run.already_finished'],
  ['succeeded', 'succeed', 'split_run.already_finished'],
  ['succeeded', 'fail', 'split_run.already_finished'],
  ['failed', 'start', 'split_run.already_finished'],
  ['failed', 'succeed', 'split_run.already_finished'],
  ['failed', 'fail', 'split_run.already_finished'],
];

describe('splitRunTransition', () => {
  it('covers every status × action pair exactly once between the allowed and the refused tables', () => {
    const pairs = [...ALLOWED, ...REFUSED].map(([status, action]) => `${status}/${action}`);
    const every = SPLIT_RUN_STATUSES.flatMap((s) => SPLIT_RUN_ACTIONS.map((a) => `${s}/${a}`));
    expect([...pairs].sort()).toEqual([...every].sort());
  });

  it.each(ALLOWED)('allows %s --%s--> %s', (status, action, to) => {
    expect(splitRunTransition(status, action)).toEqual({ ok: true, to });
  });

  it.each(REFUSED)('refuses %s + %s with %s, naming the status and the action', (status, action, code) => {
    expect(splitRunTransition(status, action)).toMatchObject({
      ok: false,
      refusal: { code, params: { status, action }, message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    });
  });
});
