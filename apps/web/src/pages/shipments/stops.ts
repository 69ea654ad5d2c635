/**
 * The delivery order of a shipment being planned: the orders as the planner lines them up, the first delivered
 * first (stop 1). Pure, so the moves are tested without a browser.
 */

/** The list with the item at `from` moved to `to` (both clamped to the list); the same list when nothing moves. */
export function moveStop<T>(stops: readonly T[], from: number, to: number): T[] {
  const last = stops.length - 1;
  const target = Math.max(0, Math.min(last, to));
  if (from < 0 || from > last || from === target) return [...stops];
  const next = [...stops];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved);
  return next;
}

/**
 * The stops after the planner ticked orders in the list: those still ticked keep their place, newly ticked ones
 * join at the end (the last delivered), in the order they were ticked.
 */
export function withSelection(stops: readonly string[], selected: readonly string[]): string[] {
  return [...stops.filter((id) => selected.includes(id)), ...selected.filter((id) => !stops.includes(id))];
}
