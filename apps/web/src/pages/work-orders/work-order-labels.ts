import type { MessageKey } from '../../i18n/catalogues';
import type { WorkOrderStatus } from './production-api';

/** One wording and one colour per work-order status, on the work-orders page and the station alike. */
export const STATUS_LABEL: Record<WorkOrderStatus, MessageKey> = {
  planned: 'workOrders.status.planned',
  released: 'workOrders.status.released',
  in_progress: 'workOrders.status.in_progress',
  on_hold: 'workOrders.status.on_hold',
  done: 'workOrders.status.done',
};

export const STATUS_COLOR: Record<WorkOrderStatus, string> = {
  planned: 'default',
  released: 'blue',
  in_progress: 'processing',
  on_hold: 'warning',
  done: 'success',
};
