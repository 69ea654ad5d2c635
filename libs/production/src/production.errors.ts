import { defineErrorCodes } from '@mendao/platform';

const TRANSITION = ['status', 'action'] as const;

/** Every refusal of the production context: release, reports (报工), holds and travelers. */
export const PRODUCTION_ERRORS = defineErrorCodes({
  // the work-order state machine (domain/work-order-status.ts): one code per refused transition
  'production.work_order_not_released': {
    status: 409,
    title: 'The work order is not released yet: release its split run first',
    params: TRANSITION,
  },
  'production.work_order_on_hold': { status: 409, title: 'The work order is on hold', params: TRANSITION },
  'production.work_order_done': { status: 409, title: 'The work order is done', params: TRANSITION },
  'production.work_order_not_on_hold': { status: 409, title: 'The work order is not on hold', params: TRANSITION },
  // an earlier process sharing a part is not done, or its minimum wait (养生) has not passed
  'production.not_available': {
    status: 409,
    title: 'The work order is not available yet: an earlier process is not done or its waiting time is not over',
    params: ['availableAt', 'waitingFor'],
  },
  'production.over_reported': {
    status: 409,
    title: 'Good and scrap together would pass the planned quantity',
    params: ['planned', 'reported', 'remaining'],
  },
  'production.not_fully_reported': {
    status: 409,
    title: 'A work order with pieces not reported finishes only with a shortReason',
    params: ['planned', 'reported', 'remaining'],
  },
  'production.scan_in_progress': {
    status: 409,
    title: 'The first request with this scanId is still being recorded; retry',
    params: ['scanId', 'retry'],
  },
  // a station sends a scanId once per scan: the same one with another request is a bug or a replayed label, not a retry
  'production.scan_id_reused': {
    status: 409,
    title: 'This scanId was used before for another request; a new scan needs a new scanId',
    params: ['scanId', 'workOrder', 'action'],
  },
  'production.scrap_reason_required': {
    status: 422,
    title: 'Scrap needs a scrap reason (GET /production/scrap-reasons)',
    params: ['scrap'],
  },
  'production.scrap_reason_unknown': {
    status: 422,
    title: 'No such active scrap reason in this factory',
    params: ['scrapReason'],
  },
  'production.report_invalid': {
    status: 422,
    title: 'The report does not fit its action or its barcode',
    params: ['field'],
  },
  // a machine of one kind (a press) counting a cutting work order's pieces would move both machines' OEE
  'production.machine_wrong_process': {
    status: 422,
    title: "The machine is of another process than the work order's",
    params: ['machine', 'machineProcess', 'workOrderProcess'],
  },
  // one PDF of travelers is bounded (MAX_TRAVELER_ROWS): print a huge run's work orders one by one
  'production.travelers_too_long': {
    status: 422,
    title: 'Too many part rows for one travelers PDF; print the work orders one at a time',
    params: ['rows', 'max'],
  },
});
