import type { WorkOrderStatus } from './work-order-status';

/** The process whose work orders make the packages: doors are ready for it when every other one has passed. */
export const PACKING_PROCESS = 'packing';

/** A part of a work order: `quantity` pieces, `perDoor` for each door of its line. */
export interface ProgressPart {
  ref: string;
  quantity: number;
  lineId: string;
  perDoor: number;
}

/** Good pieces reported by scanning a door's label: they go to that door. */
export interface DoorGood {
  lineId: string;
  doorNo: number;
  good: number;
}

export interface ProgressWorkOrder {
  code: string;
  process: string;
  sequence: number;
  status: WorkOrderStatus;
  good: number;
  scrap: number;
  parts: readonly ProgressPart[];
  /** Of `good`, what door-label reports brought, per door. */
  doorGood: readonly DoorGood[];
}

export interface DoorFill {
  lineId: string;
  doorNo: number;
  /** Pieces of this work order the door needs. */
  need: number;
  /** Good pieces attributed to it, at most `need`. */
  filled: number;
}

const key = (lineId: string, doorNo: number) => `${lineId}#${doorNo}`;

/** The pieces of a work order's parts one door needs (0: the door is not in it). */
export function doorNeed(parts: readonly ProgressPart[], lineId: string, doorNo: number): number {
  return parts
    .filter((p) => p.lineId === lineId && p.perDoor > 0 && doorNo >= 1 && doorNo <= Math.floor(p.quantity / p.perDoor))
    .reduce((sum, p) => sum + p.perDoor, 0);
}

/**
 * Which door the good pieces of one work order went to. A door-label report fills its own door first; the
 * rest is first come, first served: doors in the order of their line's first part, then by door number, each
 * filled whole before the next, so doors pass one by one rather than all at the very end. Door-label pieces
 * beyond their door's need fall back to that queue.
 */
export function fillDoors(wo: Pick<ProgressWorkOrder, 'good' | 'parts' | 'doorGood'>): DoorFill[] {
  const doors = new Map<string, DoorFill>();
  for (const part of wo.parts) {
    if (part.perDoor <= 0) continue;
    const count = Math.floor(part.quantity / part.perDoor);
    for (let doorNo = 1; doorNo <= count; doorNo += 1) {
      const door = doors.get(key(part.lineId, doorNo)) ?? { lineId: part.lineId, doorNo, need: 0, filled: 0 };
      door.need += part.perDoor;
      doors.set(key(part.lineId, doorNo), door);
    }
  }
  const ordered = [...doors.values()];
  const lineOrder = new Map<string, number>();
  for (const part of wo.parts) if (!lineOrder.has(part.lineId)) lineOrder.set(part.lineId, lineOrder.size);
  ordered.sort((a, b) => (lineOrder.get(a.lineId) ?? 0) - (lineOrder.get(b.lineId) ?? 0) || a.doorNo - b.doorNo);
  let targeted = 0;
  for (const given of wo.doorGood) {
    const door = doors.get(key(given.lineId, given.doorNo));
    if (!door) continue;
    const take = Math.min(door.need - door.filled, given.good);
    door.filled += take;
    targeted += take;
  }
  let pool = Math.max(0, wo.good - targeted);
  for (const door of ordered) {
    if (pool === 0) break;
    const take = Math.min(door.need - door.filled, pool);
    door.filled += take;
    pool -= take;
  }
  return ordered;
}

export interface DoorProgress {
  lineId: string;
  doorNo: number;
  /** Processes whose pieces for this door are all good, in route order. */
  passed: string[];
  /** The first process of the route still owing this door pieces; null when none does. */
  next: string | null;
  /** Every process before packing has passed (packing itself may still be to do). */
  readyForPacking: boolean;
}

export interface ProcessProgress {
  process: string;
  workOrder: string;
  /** Of the order's own parts. */
  planned: number;
  good: number;
  /** The work order's (a work order may hold several orders' parts; scrap is not split among them). */
  scrap: number;
  status: WorkOrderStatus;
}

/**
 * An order's progress through its run's work orders: per process its share of planned and good pieces, and per
 * door (`doors`: the order's doors, line by line) which processes it has passed and which comes next.
 */
export function orderProgress(
  workOrders: readonly ProgressWorkOrder[],
  doors: readonly { lineId: string; doorNo: number }[],
): { processes: ProcessProgress[]; doors: DoorProgress[] } {
  const lines = new Set(doors.map((d) => d.lineId));
  const steps = [...workOrders]
    .sort((a, b) => a.sequence - b.sequence)
    .map((wo) => ({ wo, fills: new Map(fillDoors(wo).map((f) => [key(f.lineId, f.doorNo), f])) }))
    .filter(({ wo }) => wo.parts.some((p) => lines.has(p.lineId)));
  const processes = steps.map(({ wo, fills }) => ({
    process: wo.process,
    workOrder: wo.code,
    planned: wo.parts.filter((p) => lines.has(p.lineId)).reduce((s, p) => s + p.quantity, 0),
    good: [...fills.values()].filter((f) => lines.has(f.lineId)).reduce((s, f) => s + f.filled, 0),
    scrap: wo.scrap,
    status: wo.status,
  }));
  const progress = doors.map(({ lineId, doorNo }) => {
    const owed = steps.flatMap(({ wo, fills }) => {
      const fill = fills.get(key(lineId, doorNo));
      return fill && fill.need > 0 ? [{ process: wo.process, done: fill.filled >= fill.need }] : [];
    });
    const beforePacking = owed.filter((o) => o.process !== PACKING_PROCESS);
    return {
      lineId,
      doorNo,
      passed: owed.filter((o) => o.done).map((o) => o.process),
      next: owed.find((o) => !o.done)?.process ?? null,
      readyForPacking: beforePacking.length > 0 && beforePacking.every((o) => o.done),
    };
  });
  return { processes, doors: progress };
}

/** Good over planned of an order's processes, 0..1 (0 when it plans nothing). */
export function progressRatio(processes: readonly Pick<ProcessProgress, 'planned' | 'good'>[]): number {
  const planned = processes.reduce((s, p) => s + p.planned, 0);
  return planned === 0 ? 0 : processes.reduce((s, p) => s + p.good, 0) / planned;
}
