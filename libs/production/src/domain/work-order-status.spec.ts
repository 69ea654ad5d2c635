import {
  WORK_ORDER_ACTIONS,
  WORK_ORDER_STATUSES,
  type WorkOrderAction,
  type WorkOrderRefusalCode,
  type WorkOrderStatus,
  workOrderTransition,
} from './work-order-status';
import { overReport, unreported } from './reporting';

// written out by hand: the specification the table must meet
const ALLOWED: [WorkOrderStatus, WorkOrderAction, WorkOrderStatus][] = [
  ['released', 'start', 'in_progress'],
  ['released', 'report', 'in_progress'],
  ['released', 'finish', 'done'],
  ['released', 'hold', 'on_hold'],
  ['in_progress', 'start', 'in_progress'],
  ['in_progress', 'report', 'in_progress'],
  ['in_progress', 'finish', 'done'],
  ['in_progress', 'hold', 'on_hold'],
  ['on_hold', 'resume', 'in_progress'],
];

const REFUSED: [WorkOrderStatus, WorkOrderAction, WorkOrderRefusalCode][] = [
  ...WORK_ORDER_ACTIONS.map((a): [WorkOrderStatus, WorkOrderAction, WorkOrderRefusalCode] => [
    'planned',
    a,
    'production.work_order_not_released',
  ]),
  ...WORK_ORDER_ACTIONS.map((a): [WorkOrderStatus, WorkOrderAction, WorkOrderRefusalCode] => [
    'done',
    a,
    'production.work_order_done',
  ]),
  ['on_hold', 'start', 'production.work_order_on_hold'],
  ['on_hold', 'report', 'production.work_order_on_hold'],
  ['on_hold', 'finish', 'production.work_order_on_hold'],
  ['on_hold', 'hold', 'production.work_order_on_hold'],
  ['released', 'resume', 'production.work_order_not_on_hold'],
  ['in_progress', 'resume', 'production.work_order_not_on_hold'],
];

describe(workOrderTransition.name, () => {
  it('covers every status × action pair exactly once', () => {
    const pairs = [...ALLOWED, ...REFUSED].map(([s, a]) => `${s}/${a}`);
    expect(pairs.sort()).toEqual(WORK_ORDER_STATUSES.flatMap((s) => WORK_ORDER_ACTIONS.map((a) => `${s}/${a}`)).sort());
  });

  it.each(ALLOWED)('allows %s --%s--> %s', (status, action, to) => {
    expect(workOrderTransition(status, action, 'in_progress')).toEqual({ ok: true, to });
  });

  it.each(REFUSED)('refuses %s --%s with %s', (status, action, code) => {
    const result = workOrderTransition(status, action);
    expect(result).toMatchObject({ ok: false, refusal: { code, params: { status, action } } });
  });

  it('resumes to where the work order was held from', () => {
    expect(workOrderTransition('on_hold', 'resume', 'released')).toEqual({ ok: true, to: 'released' });
  });
});

describe(overReport.name, () => {
  it('refuses good and scrap beyond what remains, with the facts', () => {
    expect(overReport({ planned: 10, good: 6, scrap: 1 }, 3, 1)).toEqual({ planned: 10, reported: 7, remaining: 3 });
  });

  it('accepts exactly what remains', () => {
    expect(overReport({ planned: 10, good: 6, scrap: 1 }, 2, 1)).toBeNull();
    expect(unreported({ planned: 10, good: 6, scrap: 1 })).toBe(3);
  });
});
