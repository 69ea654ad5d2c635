import {
  ORDER_ACTIONS,
  ORDER_STATUSES,
  type OrderAction,
  type OrderRefusalCode,
  type OrderStatus,
  orderTransition,
} from './order-status';

// written out by hand, not derived from ORDER_TRANSITIONS: this is the specification the table must meet
const ALLOWED: [OrderStatus, OrderAction, OrderStatus][] = [
  ['draft', 'edit', 'draft'],
  ['draft', 'confirm', 'confirmed'],
  ['draft', 'cancel', 'cancelled'],
  ['confirmed', 'edit', 'confirmed'],
  ['confirmed', 'cancel', 'cancelled'],
  ['confirmed', 'split', 'confirmed'],
  ['confirmed', 'record_split', 'split'],
  ['split', 'edit', 'split'],
  ['split', 'cancel', 'cancelled'],
  ['split', 'split', 'split'],
  ['split', 'record_split', 'split'],
  ['split', 'release', 'in_production'],
  ['in_production', 'pack', 'packed'],
  ['packed', 'unpack', 'in_production'],
  ['in_production', 'ship', 'shipped'],
  ['packed', 'ship', 'shipped'],
];

const REFUSED: [OrderStatus, OrderAction, OrderRefusalCode][] = [
  ['draft', 'split', 'order.not_confirmed'],
  ['draft', 'record_split', 'order.not_confirmed'],
  ['confirmed', 'confirm', 'order.already_confirmed'],
  ['split', 'confirm', 'order.already_confirmed'],
  ['in_production', 'edit', 'order.not_editable'],
  ['in_production', 'confirm', 'order.already_confirmed'],
  ['in_production', 'cancel', 'order.not_cancellable'],
  ['in_production', 'split', 'order.not_splittable'],
  ['in_production', 'record_split', 'order.not_splittable'],
  ['packed', 'edit', 'order.not_editable'],
  ['packed', 'confirm', 'order.already_confirmed'],
  ['packed', 'cancel', 'order.not_cancellable'],
  ['packed', 'split', 'order.not_splittable'],
  ['packed', 'record_split', 'order.not_splittable'],
  ['shipped', 'edit', 'order.not_editable'],
  ['shipped', 'confirm', 'order.already_confirmed'],
  ['shipped', 'cancel', 'order.not_cancellable'],
  ['shipped', 'split', 'order.not_splittable'],
  ['shipped', 'record_split', 'order.not_splittable'],
  ['cancelled', 'edit', 'order.not_editable'],
  ['cancelled', 'confirm', 'order.not_confirmable'],
  ['cancelled', 'cancel', 'order.already_cancelled'],
  ['cancelled', 'split', 'order.not_splittable'],
  ['cancelled', 'record_split', 'order.not_splittable'],
  ['draft', 'release', 'order.not_releasable'],
  ['confirmed', 'release', 'order.not_releasable'],
  ['in_production', 'release', 'order.not_releasable'],
  ['packed', 'release', 'order.not_releasable'],
  ['shipped', 'release', 'order.not_releasable'],
  ['cancelled', 'release', 'order.not_releasable'],
  ...(['draft', 'confirmed', 'split', 'packed', 'shipped', 'cancelled'] as const).map(
    (s) => [s, 'pack', 'order.not_packable'] as [OrderStatus, OrderAction, OrderRefusalCode],
  ),
  ...(['draft', 'confirmed', 'split', 'in_production', 'shipped', 'cancelled'] as const).map(
    (s) => [s, 'unpack', 'order.not_packed'] as [OrderStatus, OrderAction, OrderRefusalCode],
  ),
  ...(['draft', 'confirmed', 'split', 'shipped', 'cancelled'] as const).map(
    (s) => [s, 'ship', 'order.not_shippable'] as [OrderStatus, OrderAction, OrderRefusalCode],
  ),
];

describe('orderTransition', () => {
  it('covers every status × action pair exactly once between the allowed and the refused tables', () => {
    const pairs = [...ALLOWED, ...REFUSED].map(([status, action]) => `${status}/${action}`);
    const every = ORDER_STATUSES.flatMap((s) => ORDER_ACTIONS.map((a) => `${s}/${a}`));
    expect([...pairs].sort()).toEqual([...every].sort());
  });

  it.each(ALLOWED)('allows %s --%s--> %s', (status, action, to) => {
    expect(orderTransition(status, action)).toEqual({ ok: true, to });
  });

  it.each(REFUSED)('refuses %s + %s with %s, naming the status and the action', (status, action, code) => {
    const result = orderTransition(status, action);
    expect(result).toMatchObject({ ok: false, refusal: { code, params: { status, action } } });
    if (result.ok) return;
    expect(result.refusal.message).toMatch(/[\u4e00-\u9fff]/); // zh beside en
  });

  it('tells a refused client where the action is allowed from', () => {
    const result = orderTransition('cancelled', 'cancel');
    expect(result).toMatchObject({ ok: false, refusal: { params: { allowedFrom: ['draft', 'confirmed', 'split'] } } });
    expect(orderTransition('split', 'confirm')).toMatchObject({
      ok: false,
      refusal: { params: { allowedFrom: ['draft'] } },
    });
  });
});
