import type { ProcessCode } from './product';
import type { PlannedPart } from './split-plan';

export interface PlannedWorkOrder {
  sequence: number;
  process: ProcessCode;
  parts: { ref: string; quantity: number }[];
  pieces: number;
}

/**
 * One work order per process the parts' routes name, in an order that keeps every route's own order (a part
 * routed 开料 → 冷压 → 养生 → 精裁 is never scheduled 精裁 first). Routes that disagree (one says A before B,
 * another B before A) cannot both hold: the factory's process order (`factoryOrder`) breaks such ties and
 * orders processes no route relates.
 */
export function workOrdersOf(parts: PlannedPart[], factoryOrder: readonly ProcessCode[] = []): PlannedWorkOrder[] {
  const order = mergeRoutes(
    parts.map((p) => p.route),
    factoryOrder,
  );
  return order.map((process, index) => {
    const handled = parts.filter((p) => p.route.includes(process));
    return {
      sequence: index + 1,
      process,
      parts: handled.map((p) => ({ ref: p.ref, quantity: p.quantity })),
      pieces: handled.reduce((s, p) => s + p.quantity, 0),
    };
  });
}

/** A topological merge of routes: Kahn's algorithm, ties (and cycles) broken by the factory's order, then first use. */
export function mergeRoutes(
  routes: readonly (readonly ProcessCode[])[],
  factoryOrder: readonly ProcessCode[],
): ProcessCode[] {
  const seen = new Map<ProcessCode, number>();
  const after = new Map<ProcessCode, Set<ProcessCode>>();
  const before = new Map<ProcessCode, number>();
  const distinct = new Set(routes.map((r) => r.join('\u0000')));
  for (const key of distinct) {
    const route = key === '' ? [] : key.split('\u0000');
    route.forEach((process, index) => {
      if (!seen.has(process)) seen.set(process, seen.size);
      if (index === 0) return;
      const previous = route[index - 1];
      const next = after.get(previous) ?? new Set<ProcessCode>();
      if (!next.has(process)) {
        next.add(process);
        after.set(previous, next);
        before.set(process, (before.get(process) ?? 0) + 1);
      }
    });
  }
  const rank = (p: ProcessCode) => {
    const i = factoryOrder.indexOf(p);
    return i >= 0 ? i : factoryOrder.length + (seen.get(p) ?? 0);
  };
  const remaining = new Set(seen.keys());
  const result: ProcessCode[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((p) => (before.get(p) ?? 0) === 0);
    // a cycle leaves nothing ready: take the factory's earliest and go on
    const pool = ready.length > 0 ? ready : [...remaining];
    const next = pool.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    remaining.delete(next);
    result.push(next);
    for (const successor of after.get(next) ?? []) before.set(successor, (before.get(successor) ?? 1) - 1);
  }
  return result;
}
