import { Injectable } from '@nestjs/common';
import { Clock, FactorySql, SharedReads } from '@mendao/platform';
import { type ProcessInfo, ProcessesService, type ProductionOrder, RunReleaseService } from '@mendao/splitting';
import {
  type DoorGood,
  type DoorProgress,
  fillDoors,
  orderProgress,
  PACKING_PROCESS,
  type ProgressPart,
  type ProcessProgress,
  progressRatio,
} from './domain/progress';
import type { WorkOrderStatus } from './domain/work-order-status';
import { ProductionRepository } from './production.repository';
import { type Row, WorkOrdersService } from './work-orders.service';

export interface OrderProgressView {
  orderId: string;
  orderNo: string;
  customer: string;
  dueDate: string | null;
  late: boolean;
  splitRunId: string | null;
  released: boolean;
  progress: number;
  processes: ProcessProgress[];
  doors: (Omit<DoorProgress, 'lineId'> & { lineNo: number; room: string | null })[];
}

export interface WipView {
  processes: {
    process: string;
    nameZh: string;
    nameEn: string;
    released: number;
    inProgress: number;
    onHold: number;
    piecesWaiting: number;
    piecesInProgress: number;
  }[];
  lateOrders: { orderNo: string; dueDate: string; customer: string; progress: number }[];
  /** How many orders are late; the list shows the oldest due dates first, at most LATE_SHOWN. */
  lateOrdersTotal: number;
}

/** A door ready for packing: every process before packing has passed its parts. */
export interface ReadyDoor {
  orderNo: string;
  lineNo: number;
  doorNo: number;
  room: string | null;
}

/** The late orders' list: the oldest due dates first, cut at a dashboard's length (`total` says how many). */
const LATE_SHOWN = 200;

/**
 * Where orders stand: per order and door (which processes a door's parts passed), work in progress per process,
 * late orders, and the doors ready for packing (what the packing station checks).
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly repository: ProductionRepository,
    private readonly workOrders: WorkOrdersService,
    private readonly runs: RunReleaseService,
    private readonly processes: ProcessesService,
    private readonly clock: Clock,
    private readonly sql: FactorySql,
  ) {}

  /**
   * The work orders of runs being read for doorsReady, per factory and run: callers asking at once (every pack station
   * starting on its order of one large run) share one read of the run's parts instead of one each.
   */
  private readonly runReads = new SharedReads<Set<string>>();

  /** One order (id or number; 404 on `field`) through its last split run. */
  async progress(orderKey: string, field = 'order'): Promise<OrderProgressView> {
    const order = await this.runs.order(orderKey, field, new Date(this.clock.now()));
    const rows = order.lastSplitRunId ? await this.workOrders.rowsOfRun(order.lastSplitRunId) : [];
    const doorGood = await this.repository.doorGood(rows.filter((r) => r.status !== 'planned').map((r) => r.id));
    return ofOrder(order, rows, doorGood);
  }

  /**
   * The doors of an order whose parts have passed every process before packing. The run's work orders are read, and
   * their pieces attributed to doors, once for every caller asking at the same time (the stations starting on the
   * orders of one large run): a work order's good pieces go to the doors of all its orders, so that is the run's work.
   */
  async doorsReady(orderKey: string, field = 'order'): Promise<{ orderNo: string; doors: ReadyDoor[] }> {
    const order = await this.runs.order(orderKey, field, new Date(this.clock.now()));
    const ready = order.lastSplitRunId ? await this.readyOfRun(order.lastSplitRunId) : new Set<string>();
    return {
      orderNo: order.orderNo,
      doors: order.lines.flatMap((l) =>
        Array.from({ length: l.quantity }, (_, i) => i + 1)
          .filter((doorNo) => ready.has(`${l.id}#${doorNo}`))
          .map((doorNo) => ({ orderNo: order.orderNo, lineNo: l.lineNo, doorNo, room: l.room })),
      ),
    };
  }

  /**
   * The run's doors ready for packing (`lineId#doorNo`), one read shared by the callers asking while it is in flight:
   * what a pack station asks of a split run's doors, all its orders at once.
   */
  readyOfRun(splitRunId: string): Promise<Set<string>> {
    return this.runReads.read(`${this.sql.factoryId()}:${splitRunId}`, async () => {
      const rows = await this.sql.query<{
        id: string;
        process: string;
        good: number;
        parts: [string, string, string][];
      }>(
        // what fillDoors reads of the parts, the like ones merged (same line, quantity and pieces per door: their doors
        // and needs add up), in the order their lines first appear: a large run's parts are tens of thousands
        `SELECT w.id, w.process, w.good,
                coalesce((SELECT jsonb_agg(jsonb_build_array(g.line_id, g.quantity, g.per_door) ORDER BY g.first)
                            FROM (SELECT p ->> 'lineId' AS line_id, sum((p ->> 'quantity')::numeric)::text AS quantity,
                                         sum((p ->> 'perDoor')::numeric)::text AS per_door, min(e.o) AS first
                                    FROM jsonb_array_elements(w.parts) WITH ORDINALITY AS e(p, o)
                                   GROUP BY p ->> 'lineId', (p ->> 'quantity')::numeric, (p ->> 'perDoor')::numeric) g),
                         '[]') AS parts
           FROM production_work_order w
          WHERE w.factory_id = $1 AND w.split_run_id = $2 AND w.status <> 'planned'`,
        [splitRunId],
      );
      const doorGood = await this.repository.doorGood(rows.map((r) => r.id));
      return readyDoorsOfRun(
        rows.map((r) => ({
          id: r.id,
          process: r.process,
          good: r.good,
          parts: r.parts.map(([lineId, quantity, perDoor]) => ({
            ref: '',
            lineId,
            quantity: Number(quantity),
            perDoor: Number(perDoor),
          })),
        })),
        doorGood,
      );
    });
  }

  async wip(): Promise<WipView> {
    const catalogue = await this.processes.catalogue();
    const sort = (p: string) => catalogue.get(p)?.sort ?? Number.MAX_SAFE_INTEGER;
    const processes = wipProcesses(await this.repository.wipByProcess(), catalogue);
    const now = new Date(this.clock.now());
    // late as progress() says it: past due and production not done (an order made but not packed yet is not late)
    const overdue = await this.runs.overdueOrders(now);
    const made = await this.repository.ordersMade(overdue);
    const late = overdue.filter((o) => !made.has(o.id));
    const shown = late.slice(0, LATE_SHOWN).map((o) => o.id);
    const byId = new Map((await this.runs.ordersOf(shown, now)).map((o) => [o.id, o]));
    return {
      processes: processes.sort((a, b) => sort(a.process) - sort(b.process)),
      lateOrders: await this.lateOrders(shown.flatMap((id) => byId.get(id) ?? [])),
      lateOrdersTotal: late.length,
    };
  }

  /**
   * The late orders with their progress, set-based: one read of the released runs' work orders and one of their
   * door-label pieces, however many orders (a run not released has progress 0: nothing is reported before release).
   */
  private async lateOrders(orders: ProductionOrder[]): Promise<WipView['lateOrders']> {
    const runIds = [...new Set(orders.flatMap((o) => o.lastSplitRunId ?? []))];
    const rows = await this.repository.ofRuns(runIds);
    const doorGood = await this.repository.doorGood(rows.map((r) => r.id));
    const byRun = new Map<string, Row[]>();
    for (const row of rows) byRun.set(row.splitRunId, [...(byRun.get(row.splitRunId) ?? []), row]);
    return orders.map((order) => ({
      orderNo: order.orderNo,
      dueDate: order.dueDate as string,
      customer: order.customer,
      progress: ofOrder(order, byRun.get(order.lastSplitRunId ?? '') ?? [], doorGood).progress,
    }));
  }
}

/**
 * The doors of a run ready for packing (`lineId#doorNo`), as orderProgress says them: every process before packing
 * that owes the door pieces has filled them (and at least one does).
 */
function readyDoorsOfRun(
  rows: (Pick<Row, 'id' | 'process' | 'good'> & { parts: ProgressPart[] })[],
  doorGood: Map<string, DoorGood[]>,
): Set<string> {
  const done = new Map<string, boolean>();
  for (const r of rows) {
    if (r.process === PACKING_PROCESS) continue;
    for (const fill of fillDoors({ good: r.good, parts: r.parts, doorGood: doorGood.get(r.id) ?? [] })) {
      if (fill.need <= 0) continue;
      const door = `${fill.lineId}#${fill.doorNo}`;
      done.set(door, (done.get(door) ?? true) && fill.filled >= fill.need);
    }
  }
  return new Set([...done].filter(([, passed]) => passed).map(([door]) => door));
}

/** Work orders not done, per process: counts per status and pieces still to report. */
function wipProcesses(
  rows: { process: string; status: WorkOrderStatus; count: string; remaining: string }[],
  catalogue: Map<string, ProcessInfo>,
): WipView['processes'] {
  const byProcess = new Map<string, WipView['processes'][number]>();
  for (const row of rows) {
    const info = catalogue.get(row.process);
    const entry = byProcess.get(row.process) ?? {
      process: row.process,
      nameZh: info?.nameZh ?? row.process,
      nameEn: info?.nameEn ?? row.process,
      released: 0,
      inProgress: 0,
      onHold: 0,
      piecesWaiting: 0,
      piecesInProgress: 0,
    };
    const count = Number(row.count);
    const remaining = Number(row.remaining);
    if (row.status === 'in_progress') {
      entry.inProgress += count;
      entry.piecesInProgress += remaining;
    } else {
      if (row.status === 'on_hold') entry.onHold += count;
      else entry.released += count;
      entry.piecesWaiting += remaining;
    }
    byProcess.set(row.process, entry);
  }
  return [...byProcess.values()];
}

/** An order's progress through its last run's work orders (`rows`), with the door-label pieces they read. */
function ofOrder(order: ProductionOrder, rows: Row[], doorGood: Map<string, DoorGood[]>): OrderProgressView {
  const doors = order.lines.flatMap((l) =>
    Array.from({ length: l.quantity }, (_, i) => ({ lineId: l.id, doorNo: i + 1 })),
  );
  const result = orderProgress(
    rows.map((r) => ({
      code: r.code,
      process: r.process,
      sequence: r.sequence,
      status: r.status,
      good: r.good,
      scrap: r.scrap,
      parts: r.parts,
      doorGood: doorGood.get(r.id) ?? [],
    })),
    doors,
  );
  const lines = new Map(order.lines.map((l) => [l.id, l]));
  const done = result.processes.length > 0 && result.processes.every((p) => p.status === 'done');
  return {
    orderId: order.id,
    orderNo: order.orderNo,
    customer: order.customer,
    dueDate: order.dueDate,
    late: order.pastDue && !done,
    splitRunId: order.lastSplitRunId,
    released: rows.some((r) => r.status !== ('planned' satisfies WorkOrderStatus)),
    progress: progressRatio(result.processes),
    processes: result.processes,
    doors: result.doors.map(({ lineId, ...door }) => ({
      ...door,
      lineNo: lines.get(lineId)?.lineNo ?? 0,
      room: lines.get(lineId)?.room ?? null,
    })),
  };
}
