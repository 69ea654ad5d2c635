import { PROCESS_CODES, type ProcessCode } from './product';
import type { PlannedPart } from './split-plan';

export interface PlannedWorkOrder {
  sequence: number;
  process: ProcessCode;
  parts: { ref: string; quantity: number }[];
  pieces: number;
}

export function workOrdersOf(parts: PlannedPart[]): PlannedWorkOrder[] {
  return PROCESS_CODES.flatMap((process, index) => {
    const handled = parts.filter((p) => p.route.includes(process));
    if (handled.length === 0) return [];
    return [
      {
        sequence: index + 1,
        process,
        parts: handled.map((p) => ({ ref: p.ref, quantity: p.quantity })),
        pieces: handled.reduce((s, p) => s + p.quantity, 0),
      },
    ];
  });
}
