import { Injectable } from '@nestjs/common';
import { Clock, TenancyContext } from '@mendao/platform';
import { ProcessesService, type ProductionOrder, RunReleaseService } from '@mendao/splitting';
import { DataSource } from 'typeorm';
import { type DoorProgress, orderProgress, type ProcessProgress, progressRatio } from './domain/progress';
import type { WorkOrderStatus } from './domain/work-order-status';
import { ProductionRepository } from './production.repository';
import { WorkOrdersService } from './work-orders.service';

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
}

/** A door ready for packing: every process before packing has passed its parts. */
export interface ReadyDoor {
  orderNo: string;
  lineNo: number;
  doorNo: number;
  room: string | null;
}

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
    private readonly tenancy: TenancyContext,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One order (id or number; 404 on `field`) through its last split run. */
  async progress(orderKey: string, field = 'order'): Promise<OrderProgressView> {
    const order = await this.runs.order(orderKey, field);
    return this.ofOrder(order, await this.today());
  }

  /** The doors of an order whose parts have passed every process before packing. */
  async doorsReady(orderKey: string, field = 'order'): Promise<{ orderNo: string; doors: ReadyDoor[] }> {
    const progress = await this.progress(orderKey, field);
    return {
      orderNo: progress.orderNo,
      doors: progress.doors
        .filter((d) => d.readyForPacking)
        .map(({ lineNo, doorNo, room }) => ({ orderNo: progress.orderNo, lineNo, doorNo, room })),
    };
  }

  async wip(): Promise<WipView> {
    const catalogue = await this.processes.catalogue();
    const byProcess = new Map<string, WipView['processes'][number]>();
    for (const row of await this.repository.wipByProcess()) {
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
    const sort = (p: string) => catalogue.get(p)?.sort ?? Number.MAX_SAFE_INTEGER;
    const today = await this.today();
    const late = await this.runs.overdueOrders(today);
    const lateOrders = [];
    for (const order of late) {
      const progress = await this.ofOrder(order, today);
      if (progress.late)
        lateOrders.push({
          orderNo: order.orderNo,
          dueDate: order.dueDate as string,
          customer: order.customer,
          progress: progress.progress,
        });
    }
    return {
      processes: [...byProcess.values()].sort((a, b) => sort(a.process) - sort(b.process)),
      lateOrders: lateOrders.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.orderNo.localeCompare(b.orderNo)),
    };
  }

  private async ofOrder(order: ProductionOrder, today: string): Promise<OrderProgressView> {
    const runId = order.lastSplitRunId;
    const rows = runId ? await this.workOrders.rowsOfRun(runId) : [];
    const doorGood = await this.repository.doorGood(rows.filter((r) => r.status !== 'planned').map((r) => r.id));
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
      late: order.dueDate !== null && order.dueDate < today && !done,
      splitRunId: runId,
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

  /** Today's date (YYYY-MM-DD) in the factory's time zone: a due date is a date there. */
  private async today(): Promise<string> {
    const rows: { time_zone: string }[] = await this.dataSource.query('SELECT time_zone FROM factory WHERE id = $1', [
      this.tenancy.factoryId(),
    ]);
    const timeZone = rows[0]?.time_zone ?? 'Asia/Shanghai';
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(this.clock.now()));
  }
}
