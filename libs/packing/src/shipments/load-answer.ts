import type { PackageView } from '../order-packages.service';
import type { LoadDecision } from './shipment-rules';

/**
 * What a load scan answers, decided alone or with others: the package, the shipment's loaded and expected packages
 * and, for a package of one of its orders, the order's.
 */
export function loadAnswerBody(answer: {
  decision: LoadDecision;
  view: PackageView;
  order: { id: string; orderNo: string; customer: string };
  /** The shipment's orders, in stop order. */
  orderIds: string[];
  /** Packages loaded on the shipment, and expected, per order. */
  loaded: Map<string, number>;
  expected: Map<string, number>;
}): Record<string, unknown> {
  const { decision, view, order, orderIds, loaded, expected } = answer;
  const sum = (counts: Map<string, number>) => orderIds.reduce((s, id) => s + (counts.get(id) ?? 0), 0);
  const body: Record<string, unknown> = {
    result: decision.result,
    ...(decision.reason ? { reason: decision.reason } : {}),
    package: view,
    loaded: sum(loaded),
    expected: sum(expected),
  };
  if (orderIds.includes(order.id)) {
    const counts = { loaded: loaded.get(order.id) ?? 0, expected: expected.get(order.id) ?? 0 };
    body.order = { ...order, ...counts, complete: counts.loaded === counts.expected };
  }
  return body;
}
