/**
 * The work-order state machine (工单状态), once. A split run's work orders are planned until the run is released;
 * an operator's start, reports and finish move a released one through in_progress to done; a planner may hold it
 * (from released or in_progress) and resume it to where it was.
 */
export const WORK_ORDER_STATUSES = ['planned', 'released', 'in_progress', 'on_hold', 'done'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const WORK_ORDER_ACTIONS = ['start', 'report', 'finish', 'hold', 'resume'] as const;
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];

/** Where each allowed action leads; `resume` leads back to the status held from (see workOrderTransition). */
const TRANSITIONS: Readonly<Record<WorkOrderStatus, Partial<Record<WorkOrderAction, WorkOrderStatus | 'held_from'>>>> =
  {
    planned: {},
    // a report without a start starts it: operators forget to tap 开工, the pieces are real anyway
    released: { start: 'in_progress', report: 'in_progress', finish: 'done', hold: 'on_hold' },
    // a second start (another operator, another shift) changes nothing
    in_progress: { start: 'in_progress', report: 'in_progress', finish: 'done', hold: 'on_hold' },
    on_hold: { resume: 'held_from' },
    done: {},
  };

export const WORK_ORDER_REFUSAL_CODES = [
  'production.work_order_not_released',
  'production.work_order_on_hold',
  'production.work_order_done',
  'production.work_order_not_on_hold',
] as const;
export type WorkOrderRefusalCode = (typeof WORK_ORDER_REFUSAL_CODES)[number];

export interface WorkOrderRefusal {
  code: WorkOrderRefusalCode;
  params: { status: WorkOrderStatus; action: WorkOrderAction };
  message: string;
}

export type WorkOrderTransition = { ok: true; to: WorkOrderStatus } | { ok: false; refusal: WorkOrderRefusal };

/** The status `action` leads to from `status` (`heldFrom`: what an on_hold work order was before), or the refusal. */
export function workOrderTransition(
  status: WorkOrderStatus,
  action: WorkOrderAction,
  heldFrom: WorkOrderStatus | null = null,
): WorkOrderTransition {
  const to = TRANSITIONS[status][action];
  if (to === 'held_from') return { ok: true, to: heldFrom ?? 'released' };
  if (to !== undefined) return { ok: true, to };
  const code = refusalCode(status);
  return { ok: false, refusal: { code, params: { status, action }, message: MESSAGES[code] } };
}

/** The statuses an action is allowed from (a conditional update's guard). */
export function statusesAllowing(action: WorkOrderAction): WorkOrderStatus[] {
  return WORK_ORDER_STATUSES.filter((status) => TRANSITIONS[status][action] !== undefined);
}

function refusalCode(status: WorkOrderStatus): WorkOrderRefusalCode {
  switch (status) {
    case 'planned':
      return 'production.work_order_not_released';
    case 'on_hold':
      return 'production.work_order_on_hold';
    case 'done':
      return 'production.work_order_done';
    case 'released':
    case 'in_progress':
      // the only action these two refuse is resume
      return 'production.work_order_not_on_hold';
  }
}

const MESSAGES: Record<WorkOrderRefusalCode, string> = {
  'production.work_order_not_released': 'the work order is not released yet / 工单尚未下达',
  'production.work_order_on_hold': 'the work order is on hold; resume it first / 工单已暂停，请先恢复',
  'production.work_order_done': 'the work order is done / 工单已完工',
  'production.work_order_not_on_hold': 'the work order is not on hold / 工单未暂停',
};
