import type { ApiProblem } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogues';
import type { OrderStatus } from './order-types';

export type OrderAction = 'edit' | 'confirm' | 'cancel';

/**
 * What the api's order state machine (libs/splitting domain/order-status.ts) allows from each status; the screen
 * offers only these. The api still decides: a view gone stale gets its 409, shown in words.
 */
const ALLOWED: Record<OrderStatus, readonly OrderAction[]> = {
  draft: ['edit', 'confirm', 'cancel'],
  confirmed: ['edit', 'cancel'],
  split: ['edit', 'cancel'],
  in_production: [],
  packed: [],
  shipped: [],
  cancelled: [],
};

export function allows(status: OrderStatus, action: OrderAction): boolean {
  return ALLOWED[status].includes(action);
}

const REFUSAL: Record<string, MessageKey> = {
  'order.already_confirmed': 'orders.refused.alreadyConfirmed',
  'order.not_confirmable': 'orders.refused.notConfirmable',
  'order.already_cancelled': 'orders.refused.alreadyCancelled',
  'order.not_cancellable': 'orders.refused.notCancellable',
  'order.not_editable': 'orders.refused.notEditable',
  'order.already_exists': 'orders.refused.alreadyExists',
};

/** A refused action in the screen's words when the code is one of the order's rules; otherwise the api's detail. */
export function refusalText(
  problem: Pick<ApiProblem, 'code' | 'detail' | 'params'>,
  t: (key: MessageKey, values?: Record<string, unknown>) => string,
  statusLabel: (status: string) => string,
): string {
  const key = REFUSAL[problem.code];
  if (!key) return problem.detail;
  const status = typeof problem.params?.status === 'string' ? statusLabel(problem.params.status) : '';
  const orderNo = typeof problem.params?.orderNo === 'string' ? problem.params.orderNo : '';
  return t(key, { status, orderNo });
}
