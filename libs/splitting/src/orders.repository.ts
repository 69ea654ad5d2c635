import { Injectable } from '@nestjs/common';
import { FactoryScope, isUuid } from '@mendao/platform';
import type { DeepPartial, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { OrderLine, SalesOrder } from './splitting.entities';

/** What GET /orders narrows the list to; every filter is optional, days are calendar days, ends included. */
export interface OrderFilter {
  status?: string[];
  customer?: string;
  orderNo?: string;
  dueFrom?: string;
  dueTo?: string;
  createdFrom?: string;
  createdTo?: string;
}

/** `text` matched literally inside ILIKE: its own % _ and \ are not wildcards. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** A created day's bounds are midnights in the factory's time zone (the factory row is the order's own). */
const factoryMidnight = (day: string) =>
  `((${day})::timestamp AT TIME ZONE (SELECT f.time_zone FROM factory f WHERE f.id = o.factory_id))`;

/** A uuid no row has: `IN (…)` with an empty list is a syntax error, this keeps the statement valid. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The named queries of orders and their lines, always within the caller's factory (FactoryScope). The
 * service decides; this only reads and writes.
 */
@Injectable()
export class OrdersRepository {
  constructor(private readonly scope: FactoryScope) {}

  findByIdOrNo(idOrNo: string, manager?: EntityManager): Promise<SalesOrder | null> {
    const orders = this.scope.repository(SalesOrder, manager);
    return isUuid(idOrNo) ? orders.findOneBy({ id: idOrNo }) : orders.findOneBy({ orderNo: idOrNo });
  }

  findByOrderNo(orderNo: string, manager?: EntityManager): Promise<SalesOrder | null> {
    return this.scope.repository(SalesOrder, manager).findOneBy({ orderNo });
  }

  /** Orders named by id or number, in one query. */
  findByKeys(keys: string[], manager?: EntityManager): Promise<SalesOrder[]> {
    const ids = keys.filter((k) => isUuid(k));
    const numbers = keys.filter((k) => !isUuid(k));
    return this.scope
      .repository(SalesOrder, manager)
      .query('o')
      .andWhere('(o.id IN (:...ids) OR o.orderNo IN (:...numbers))', {
        ids: ids.length > 0 ? ids : [NO_ID],
        numbers: numbers.length > 0 ? numbers : [''],
      })
      .getMany();
  }

  /** The orders among these numbers that exist already (import: all rows or none). */
  async takenOrderNumbers(orderNos: string[], manager?: EntityManager): Promise<Set<string>> {
    if (orderNos.length === 0) return new Set();
    const rows = await this.scope
      .repository(SalesOrder, manager)
      .query('o')
      .andWhere('o.orderNo IN (:...orderNos)', { orderNos })
      .getMany();
    return new Set(rows.map((o) => o.orderNo));
  }

  /** Newest first, keyset-paged on (created_at at millisecond precision, id), narrowed by the filter. */
  page(limit: number, after?: { createdAt: string; id: string }, filter: OrderFilter = {}): Promise<SalesOrder[]> {
    // the cursor carries milliseconds; the column has microseconds: compare and order at the cursor's precision
    const createdMs = "date_trunc('milliseconds', o.created_at)";
    const query = this.scope
      .repository(SalesOrder)
      .query('o')
      .orderBy(createdMs, 'DESC')
      .addOrderBy('o.id', 'DESC')
      .take(limit);
    if (after)
      query.andWhere(`(${createdMs}, o.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))`, {
        at: after.createdAt,
        id: after.id,
      });
    if (filter.status?.length) query.andWhere('o.status IN (:...status)', { status: filter.status });
    if (filter.customer) query.andWhere('o.customer ILIKE :customer', { customer: contains(filter.customer) });
    if (filter.orderNo) query.andWhere('o.orderNo ILIKE :orderNo', { orderNo: contains(filter.orderNo) });
    if (filter.dueFrom) query.andWhere('o.dueDate >= CAST(:dueFrom AS date)', { dueFrom: filter.dueFrom });
    if (filter.dueTo) query.andWhere('o.dueDate <= CAST(:dueTo AS date)', { dueTo: filter.dueTo });
    if (filter.createdFrom)
      query.andWhere(`o.created_at >= ${factoryMidnight('CAST(:createdFrom AS date)')}`, {
        createdFrom: filter.createdFrom,
      });
    if (filter.createdTo)
      query.andWhere(`o.created_at < ${factoryMidnight('CAST(:createdTo AS date) + 1')}`, {
        createdTo: filter.createdTo,
      });
    return query.getMany();
  }

  /** Locks the orders (in id order, so two lockers never deadlock) until the transaction ends. */
  lockForUpdate(ids: string[], manager: EntityManager): Promise<SalesOrder[]> {
    return this.scope
      .repository(SalesOrder, manager)
      .query('o')
      .andWhere('o.id IN (:...ids)', { ids: ids.length > 0 ? ids : [NO_ID] })
      .orderBy('o.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** The last split runs of orders in these statuses, with those orders' numbers. */
  async lastSplitRuns(statuses: string[]): Promise<{ splitRunId: string; orderNos: string[] }[]> {
    const rows = await this.scope
      .repository(SalesOrder)
      .query('o')
      .select('o.lastSplitRunId', 'run')
      .addSelect('array_agg(o.orderNo ORDER BY o.orderNo)', 'orders')
      .andWhere('o.lastSplitRunId IS NOT NULL')
      .andWhere('o.status IN (:...statuses)', { statuses })
      .groupBy('o.lastSplitRunId')
      .getRawMany<{ run: string; orders: string[] }>();
    return rows.map((r) => ({ splitRunId: r.run, orderNos: r.orders }));
  }

  findByIds(ids: string[], manager?: EntityManager): Promise<SalesOrder[]> {
    return this.scope.repository(SalesOrder, manager).find({ where: { id: In(ids) } });
  }

  insert(order: DeepPartial<SalesOrder>, manager: EntityManager): Promise<SalesOrder> {
    const orders = this.scope.repository(SalesOrder, manager);
    return orders.save(orders.create(order));
  }

  async update(
    ids: string[],
    patch: Partial<Omit<SalesOrder, 'factoryId' | 'id'>>,
    manager: EntityManager,
  ): Promise<void> {
    if (ids.length === 0 || Object.keys(patch).length === 0) return;
    await this.scope.repository(SalesOrder, manager).update({ id: In(ids) }, patch);
  }

  linesOf(orderIds: string[], manager?: EntityManager): Promise<OrderLine[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.scope
      .repository(OrderLine, manager)
      .query('l')
      .andWhere('l.orderId IN (:...ids)', { ids: orderIds })
      .orderBy('l.orderId')
      .addOrderBy('l.lineNo')
      .getMany();
  }

  /** Replaces all lines of an order (numbered 1…n in the given order). */
  async replaceLines(
    orderId: string,
    lines: Omit<DeepPartial<OrderLine>, 'orderId' | 'lineNo'>[],
    manager: EntityManager,
  ): Promise<void> {
    const repo = this.scope.repository(OrderLine, manager);
    await repo.delete({ orderId });
    await repo.insertMany(lines.map((line, index) => ({ ...line, orderId, lineNo: index + 1 })));
  }

  /** Doors (Σ line quantities) of these orders. */
  async doorCount(orderIds: string[]): Promise<number> {
    if (orderIds.length === 0) return 0;
    const row = await this.scope
      .repository(OrderLine)
      .query('l')
      .select('COALESCE(SUM(l.quantity), 0)', 'doors')
      .andWhere('l.orderId IN (:...ids)', { ids: orderIds })
      .getRawOne<{ doors: string }>();
    return Number(row?.doors ?? 0);
  }
}
