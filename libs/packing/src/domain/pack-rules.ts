/** Why a package is not expected at a station: the reasons a pack scan answers not_expected with. */
export type NotExpectedReason =
  'stale' | 'not_released' | 'order_packed' | 'order_shipped' | 'wrong_order' | 'door_not_ready';

/**
 * Whether a package (not packed yet) may be packed now, or why not, in the order a packer acts on: a package of a
 * split run that is no longer its order's last (or of an order edited since) is waste; an order shipped already
 * (closed short with an override, this package left behind) or packed already is past packing; an order not released
 * is not made yet; a package of another order than the one open at the station goes elsewhere; a door not through
 * the processes before packing is not complete yet.
 */
export function notExpectedReason(facts: {
  order: { id: string; status: string; splitStale: boolean; lastSplitRunId: string | null };
  splitRunId: string;
  openOrderId: string | null;
  doorReady: boolean;
}): NotExpectedReason | null {
  const { order } = facts;
  if (order.lastSplitRunId !== facts.splitRunId || order.splitStale) return 'stale';
  if (order.status === 'shipped') return 'order_shipped';
  if (order.status === 'packed') return 'order_packed';
  if (order.status !== 'in_production') return 'not_released';
  if (facts.openOrderId !== null && facts.openOrderId !== order.id) return 'wrong_order';
  if (!facts.doorReady) return 'door_not_ready';
  return null;
}
