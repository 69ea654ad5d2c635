import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, NotFoundError } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { CutPatternsRepository } from './cut-patterns.repository';
import type { OrderStatus } from './domain/order-status';
import type { SplitRunStatus } from './domain/split-run-status';
import { assertAllowed } from './orders.service';
import { OrdersRepository } from './orders.repository';
import { SplitRunsRepository } from './split-runs.repository';
import { assertLatestSplit, SplitRunsService } from './split-runs.service';
import { DoorPackage, OrderLine, SalesOrder, WorkOrder } from './splitting.entities';
import { SPLITTING_ERRORS } from './splitting.errors';

/** The order's due date has passed at :now: a due date is a date in the factory's time zone (the order's own). */
const PAST_DUE = `o.due_date < (CAST(:now AS timestamptz) AT TIME ZONE
  (SELECT f.time_zone FROM factory f WHERE f.id = o.factory_id))::date`;
/** Orders still to make or deliver: not packed, shipped or cancelled. */
const OPEN_STATUSES: OrderStatus[] = ['confirmed', 'split', 'in_production'];

/** A part of a work order with the door line it goes to: what production attributes good pieces to. */
export interface ProductionPart {
  ref: string;
  quantity: number;
  component: string;
  orderId: string;
  lineId: string;
  lineNo: number;
  perDoor: number;
}

export interface ProductionOrder {
  id: string;
  orderNo: string;
  customer: string;
  dueDate: string | null;
  status: OrderStatus;
  /** The due date has passed (at the `now` the caller asked with). */
  pastDue: boolean;
  lastSplitRunId: string | null;
  lines: { id: string; lineNo: number; room: string | null; quantity: number }[];
}

/** A split run as production reads it: its status, its orders and its work orders with their parts' doors. */
export interface RunForProduction {
  id: string;
  status: SplitRunStatus;
  orderIds: string[];
  workOrders: {
    id: string;
    number: string;
    sequence: number;
    process: string;
    pieces: number;
    parts: ProductionPart[];
  }[];
}

/** The door a package label names (order, line and door number), and the run that made the label. */
export interface PackageDoor {
  splitRunId: string;
  orderId: string;
  lineId: string;
  doorNo: number;
  barcode: string;
}

/**
 * What production asks of splitting: a run's work orders with their doors, its release (the orders go
 * in_production, so they are neither re-split, edited nor cancelled after), order facts and door labels.
 */
@Injectable()
export class RunReleaseService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly runs: SplitRunsService,
    private readonly runsRepository: SplitRunsRepository,
    private readonly orders: OrdersRepository,
    private readonly parts: CutPatternsRepository,
  ) {}

  /** The run and its work orders (none before it succeeded); 404 naming `field` when not in this factory. */
  async run(id: string, field = 'id'): Promise<RunForProduction> {
    const view = await this.runs.get(await this.runs.requireRun(id, field));
    if (view.status !== 'succeeded')
      return { id: view.id, status: view.status, orderIds: view.orderIds, workOrders: [] };
    const rows = await this.runsRepository.workOrders(view.id);
    const byRef = new Map(
      (await this.parts.partsWithDoors(view.id)).map(({ part, lineNo }) => [
        part.ref,
        { component: part.component, orderId: part.orderId, lineId: part.lineId, lineNo, perDoor: part.perDoor },
      ]),
    );
    return {
      id: view.id,
      status: view.status,
      orderIds: view.orderIds,
      workOrders: rows.map((w) => ({
        id: w.id,
        number: w.number,
        sequence: w.sequence,
        process: w.process,
        pieces: w.pieces,
        parts: w.parts.flatMap((p) => {
          const door = byRef.get(p.ref);
          return door ? [{ ref: p.ref, quantity: p.quantity, ...door }] : [];
        }),
      })),
    };
  }

  /**
   * Inside the caller's transaction, under the orders' locks: a run that has not succeeded (409
   * split_run.not_succeeded), or that a later split of one of its orders superseded (409 split_run.superseded),
   * is refused; otherwise every order takes the state machine's `release` (split → in_production).
   */
  async release(run: Pick<RunForProduction, 'id' | 'status' | 'orderIds'>, manager: EntityManager): Promise<void> {
    const { id } = run;
    // the status as run() read it, before the transaction: a succeeded run stays succeeded
    if (run.status !== 'succeeded')
      throw new DomainError(
        SPLITTING_ERRORS['split_run.not_succeeded'],
        `the split run is ${run.status}; only a succeeded run is released / 拆单未成功，不可下达`,
        { status: run.status },
      );
    const orders = await this.orders.lockForUpdate(run.orderIds, manager);
    assertLatestSplit(id, orders);
    for (const order of orders) assertAllowed(order, 'release');
    await this.orders.update(
      orders.map((o) => o.id),
      { status: 'in_production' },
      manager,
    );
  }

  /** Orders by id or number, with their lines (rooms, door counts); unknown keys are left out. */
  async ordersOf(keys: string[], now: Date): Promise<ProductionOrder[]> {
    if (keys.length === 0) return [];
    const orders = await this.orders.findByKeys(keys);
    const lines = await this.orders.linesOf(orders.map((o) => o.id));
    const pastDue = await this.pastDue(
      orders.filter((o) => o.dueDate !== null).map((o) => o.id),
      now,
    );
    return orders.map((o) => ({
      id: o.id,
      orderNo: o.orderNo,
      customer: o.customer,
      dueDate: o.dueDate,
      status: o.status,
      pastDue: pastDue.has(o.id),
      lastSplitRunId: o.lastSplitRunId,
      lines: lines
        .filter((l: OrderLine) => l.orderId === o.id)
        .map((l) => ({ id: l.id, lineNo: l.lineNo, room: l.room, quantity: l.quantity })),
    }));
  }

  /** One order by id or number: 404 naming `field` when this factory has none. */
  async order(key: string, field: string, now: Date): Promise<ProductionOrder> {
    const [found] = await this.ordersOf([key], now);
    if (!found) throw new NotFoundError('order', key, field);
    return found;
  }

  /**
   * The orders past their due date at `now` not yet packed, shipped or cancelled, whether or not production has
   * started them, the oldest due dates first, with their last split run. All of them, their keys only (cheap however
   * many): production leaves out the ones it has made before it counts and cuts the list.
   */
  async overdueOrders(now: Date): Promise<{ id: string; lastSplitRunId: string | null }[]> {
    return this.scope
      .repository(SalesOrder)
      .query('o')
      .select('o.id', 'id')
      .addSelect('o.lastSplitRunId', 'lastSplitRunId')
      .andWhere(PAST_DUE, { now: now.toISOString() })
      .andWhere('o.status IN (:...open)', { open: OPEN_STATUSES })
      .orderBy('o.dueDate')
      .addOrderBy('o.orderNo')
      .getRawMany<{ id: string; lastSplitRunId: string | null }>();
  }

  /** Which of these orders are past their due date at `now`. */
  private async pastDue(ids: string[], now: Date): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.scope
      .repository(SalesOrder)
      .query('o')
      .select('o.id', 'id')
      .andWhere('o.id IN (:...ids)', { ids })
      .andWhere(PAST_DUE, { now: now.toISOString() })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The door a package label (door_package barcode, a package code) names, or null. Codes are upper case, so one
   * typed in lower case (a keyboard, a scanner sending lower case) names its door too; one lookup on the unique key.
   */
  async doorOfPackage(barcode: string): Promise<PackageDoor | null> {
    const row = await this.scope.repository(DoorPackage).findOneBy({ barcode: barcode.toUpperCase() });
    if (!row) return null;
    const { splitRunId, orderId, lineId, doorNo } = row;
    return { splitRunId, orderId, lineId, doorNo, barcode: row.barcode };
  }

  /** The run of the work order a key (id or number) names, or null (a shared number names none). */
  async runOfWorkOrder(key: string): Promise<string | null> {
    const ids = await this.runsRepository.workOrderIds(key);
    if (ids.length !== 1) return null;
    return (await this.scope.repository(WorkOrder).findOneBy({ id: ids[0] }))?.splitRunId ?? null;
  }

  /** Order numbers by id. */
  async orderNumbers(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.scope.repository(SalesOrder).find({ where: { id: In(ids) } });
    return new Map(rows.map((o) => [o.id, o.orderNo]));
  }
}
