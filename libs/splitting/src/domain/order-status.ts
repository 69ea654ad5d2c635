/**
 * The order state machine (订单状态), once: which action each status allows, where it leads, and — for
 * every pair it refuses — a code naming the rule, so a client can act on it. Pure data and functions;
 * services turn a refusal into their error.
 */
export const ORDER_STATUSES = [
  'draft',
  'confirmed',
  'split',
  'in_production',
  'packed',
  'shipped',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * - `edit`: change the header or lines (a split order's results become stale);
 * - `confirm`, `cancel`: the planner's two decisions;
 * - `split`: include the order in a new split run (the status stays until the run saves its result);
 * - `record_split`: a split run saves its result for the order;
 * - `release`: production releases the run that last split it to the shop floor (no re-split, edit or cancel after);
 * - `pack`: packing packed the order's last package (in_production → packed);
 * - `unpack`: a supervisor undid a pack scan of a packed order (packed → in_production);
 * - `ship`: a shipment carrying the order closed (in_production, when overridden with packages missing, or packed).
 */
export const ORDER_ACTIONS = [
  'edit',
  'confirm',
  'cancel',
  'split',
  'record_split',
  'release',
  'pack',
  'unpack',
  'ship',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Where each allowed action leads; an action absent from a status is refused. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderAction, OrderStatus>>>> = {
  draft: { edit: 'draft', confirm: 'confirmed', cancel: 'cancelled' },
  confirmed: { edit: 'confirmed', cancel: 'cancelled', split: 'confirmed', record_split: 'split' },
  // a re-split replaces the result; an edit marks the result stale until then
  split: { edit: 'split', cancel: 'cancelled', split: 'split', record_split: 'split', release: 'in_production' },
  // set by production, packing and shipping: past the point where splitting may change the order
  in_production: { pack: 'packed', ship: 'shipped' },
  packed: { unpack: 'in_production', ship: 'shipped' },
  shipped: {},
  cancelled: {},
};

export const ORDER_REFUSAL_CODES = [
  'order.not_editable',
  'order.already_confirmed',
  'order.not_confirmable',
  'order.already_cancelled',
  'order.not_cancellable',
  'order.not_confirmed',
  'order.not_splittable',
  'order.not_releasable',
  'order.not_packable',
  'order.not_packed',
  'order.not_shippable',
] as const;
export type OrderRefusalCode = (typeof ORDER_REFUSAL_CODES)[number];

/** A refused action: the rule's code, its facts, and a zh/en sentence for people. */
export interface OrderRefusal {
  code: OrderRefusalCode;
  params: { status: OrderStatus; action: OrderAction; allowedFrom: OrderStatus[] };
  message: string;
}

export type OrderTransition = { ok: true; to: OrderStatus } | { ok: false; refusal: OrderRefusal };

/** Statuses from which an action is allowed, in the order of ORDER_STATUSES. */
export function statusesAllowing(action: OrderAction): OrderStatus[] {
  return ORDER_STATUSES.filter((status) => ORDER_TRANSITIONS[status][action] !== undefined);
}

/** The status an action leads to from `status`, or the refusal naming the rule it breaks. */
export function orderTransition(status: OrderStatus, action: OrderAction): OrderTransition {
  const to = ORDER_TRANSITIONS[status][action];
  if (to !== undefined) return { ok: true, to };
  const code = refusalCode(status, action);
  return {
    ok: false,
    refusal: {
      code,
      params: { status, action, allowedFrom: statusesAllowing(action) },
      message: MESSAGES[code](status),
    },
  };
}

const PAST_CONFIRMATION: readonly OrderStatus[] = ['confirmed', 'split', 'in_production', 'packed', 'shipped'];

function refusalCode(status: OrderStatus, action: OrderAction): OrderRefusalCode {
  switch (action) {
    case 'edit':
      return 'order.not_editable';
    case 'confirm':
      return PAST_CONFIRMATION.includes(status) ? 'order.already_confirmed' : 'order.not_confirmable';
    case 'cancel':
      return status === 'cancelled' ? 'order.already_cancelled' : 'order.not_cancellable';
    case 'split':
    case 'record_split':
      return status === 'draft' ? 'order.not_confirmed' : 'order.not_splittable';
    case 'release':
      return 'order.not_releasable';
    case 'pack':
      return 'order.not_packable';
    case 'unpack':
      return 'order.not_packed';
    case 'ship':
      return 'order.not_shippable';
  }
}

/** The status as a planner reads it in Chinese. */
export const ORDER_STATUS_ZH: Readonly<Record<OrderStatus, string>> = {
  draft: '草稿',
  confirmed: '已确认',
  split: '已拆单',
  in_production: '生产中',
  packed: '已打包',
  shipped: '已发货',
  cancelled: '已取消',
};

const MESSAGES: Record<OrderRefusalCode, (status: OrderStatus) => string> = {
  'order.not_editable': (s) => `the order is ${s} and can no longer be edited / 订单${ORDER_STATUS_ZH[s]}，不可修改`,
  'order.already_confirmed': (s) => `the order is already confirmed (${s}) / 订单已确认（${ORDER_STATUS_ZH[s]}）`,
  'order.not_confirmable': (s) => `a ${s} order cannot be confirmed / 订单${ORDER_STATUS_ZH[s]}，不可确认`,
  'order.already_cancelled': () => 'the order is already cancelled / 订单已取消',
  'order.not_cancellable': (s) => `a ${s} order can no longer be cancelled / 订单${ORDER_STATUS_ZH[s]}，不可取消`,
  'order.not_confirmed': () =>
    'the order is not confirmed yet; confirm it before splitting / 订单未确认，请先确认再拆单',
  'order.not_splittable': (s) => `a ${s} order cannot be split / 订单${ORDER_STATUS_ZH[s]}，不可拆单`,
  'order.not_releasable': (s) =>
    `a ${s} order cannot be released to production / 订单${ORDER_STATUS_ZH[s]}，不可下达生产`,
  'order.not_packable': (s) =>
    `a ${s} order cannot be packed; only an order in production is / 订单${ORDER_STATUS_ZH[s]}，不可打包`,
  'order.not_packed': (s) => `the order is ${s}, not packed / 订单${ORDER_STATUS_ZH[s]}，未处于已打包状态`,
  'order.not_shippable': (s) =>
    `a ${s} order cannot be shipped; only an order in production or packed is / 订单${ORDER_STATUS_ZH[s]}，不可发货`,
};
