import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  FactoryScope,
  type FieldError,
  isUuid,
  NotFoundError,
  type Page,
  toPage,
  ValidationFailedError,
} from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { lineProblems } from './domain/explode';
import type { ProductDefinition } from './domain/product';
import type { CreateOrderDto, OrderLineDto, UpdateOrderDto } from './dto/order.dto';
import { ProductsService } from './products.service';
import { OrderLine, type OrderStatus, SalesOrder } from './splitting.entities';
import { SPLITTING_ERRORS } from './splitting.errors';

export interface OrderView {
  id: string;
  orderNo: string;
  customer: string;
  dueDate: string | null;
  status: OrderStatus;
  splitStale: boolean;
  lastSplitRunId: string | null;
  createdAt: Date;
  lines: LineView[];
}

export interface LineView {
  id: string;
  lineNo: number;
  productCode: string;
  productVersion: number;
  width: number;
  height: number;
  wallThickness: number;
  masterWidth: number | null;
  swing: string;
  finish: string;
  quantity: number;
  room: string | null;
  note: string | null;
}

const EDITABLE: OrderStatus[] = ['draft', 'confirmed', 'split'];
/** Far above any real order; keeps one request from asking the split for millions of doors. */
export const MAX_DOORS_PER_ORDER = 20_000;

/** Customer orders and their lines; a line is checked against its product's process ranges at entry. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly products: ProductsService,
  ) {}

  async create(body: CreateOrderDto, manager?: EntityManager): Promise<OrderView> {
    const work = async (m: EntityManager) => {
      const orders = this.scope.repository(SalesOrder, m);
      if (await orders.findOneBy({ orderNo: body.orderNo })) {
        throw new DomainError(
          SPLITTING_ERRORS['order.already_exists'],
          `order ${body.orderNo} already exists / 订单号已存在`,
          { orderNo: body.orderNo },
          [{ field: 'orderNo', message: 'already exists in this factory' }],
        );
      }
      const versions = await this.checkLines(body.lines, 'lines', m);
      const order = await orders.save(
        orders.create({
          orderNo: body.orderNo,
          customer: body.customer,
          dueDate: body.dueDate ?? null,
          status: 'draft',
        }),
      );
      await this.insertLines(order.id, body.lines, versions, m);
      return this.view(order, m);
    };
    return manager ? work(manager) : this.scope.transaction(work);
  }

  async list(limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<Page<Omit<OrderView, 'lines'>>> {
    const after = decodeCursor(cursor, 2);
    if (
      after &&
      !(
        typeof after[0] === 'string' &&
        !Number.isNaN(Date.parse(after[0])) &&
        typeof after[1] === 'string' &&
        isUuid(after[1])
      )
    ) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
    }
    // the cursor carries milliseconds; the column has microseconds: compare and order at the cursor's precision
    const createdMs = "date_trunc('milliseconds', o.created_at)";
    const query = this.scope
      .repository(SalesOrder)
      .query('o')
      .orderBy(createdMs, 'DESC')
      .addOrderBy('o.id', 'DESC')
      .take(limit + 1);
    if (after)
      query.andWhere(`(${createdMs}, o.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))`, {
        at: after[0],
        id: after[1],
      });
    const rows = await query.getMany();
    return toPage(rows.map(header), limit, (o) => [o.createdAt.toISOString(), o.id]);
  }

  async get(idOrNo: string): Promise<OrderView> {
    return this.view(await this.find(idOrNo));
  }

  /** Many order ids or numbers at once (one query each kind); an unknown one is a 404 naming its place. */
  async findAll(keys: string[], field: string): Promise<SalesOrder[]> {
    const ids = keys.filter((k) => isUuid(k));
    const numbers = keys.filter((k) => !isUuid(k));
    const query = this.scope.repository(SalesOrder).query('o');
    query.andWhere('(o.id IN (:...ids) OR o.orderNo IN (:...numbers))', {
      ids: ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000'],
      numbers: numbers.length > 0 ? numbers : [''],
    });
    const rows = await query.getMany();
    const missing = keys.findIndex((k) => !rows.some((o) => o.id === k || o.orderNo === k));
    if (missing >= 0) throw new NotFoundError('order', keys[missing], `${field}[${missing}]`);
    return rows;
  }

  /** Doors (Σ line quantities) of these orders. */
  async doorCount(orderIds: string[]): Promise<number> {
    const row = await this.scope
      .repository(OrderLine)
      .query('l')
      .select('COALESCE(SUM(l.quantity), 0)', 'doors')
      .andWhere('l.orderId IN (:...ids)', { ids: orderIds })
      .getRawOne<{ doors: string }>();
    return Number(row?.doors ?? 0);
  }

  /** Order ids or numbers to orders; an unknown one is a 404 naming it. */
  async find(idOrNo: string, manager?: EntityManager): Promise<SalesOrder> {
    const orders = this.scope.repository(SalesOrder, manager);
    const row = isUuid(idOrNo) ? await orders.findOneBy({ id: idOrNo }) : await orders.findOneBy({ orderNo: idOrNo });
    if (!row) throw new NotFoundError('order', idOrNo);
    return row;
  }

  /** Edits header and/or lines; a split order's results become stale until it is split again. */
  async update(idOrNo: string, body: UpdateOrderDto): Promise<OrderView> {
    return this.scope.transaction(async (m) => {
      const order = await this.lock(idOrNo, m);
      if (!EDITABLE.includes(order.status)) {
        throw new DomainError(
          SPLITTING_ERRORS['order.not_editable'],
          `order ${order.orderNo} is ${order.status} and can no longer be edited / 订单已${order.status}，不可修改`,
          {
            status: order.status,
          },
        );
      }
      const patch: Partial<SalesOrder> = {};
      if (body.customer !== undefined) patch.customer = body.customer;
      if (body.dueDate !== undefined) patch.dueDate = body.dueDate;
      if (body.lines) {
        const versions = await this.checkLines(body.lines, 'lines', m);
        await this.scope.repository(OrderLine, m).delete({ orderId: order.id });
        await this.insertLines(order.id, body.lines, versions, m);
        if (order.status === 'split') patch.splitStale = true;
      }
      if (Object.keys(patch).length > 0) await this.scope.repository(SalesOrder, m).update({ id: order.id }, patch);
      return this.view(await this.find(order.id, m), m);
    });
  }

  async confirm(idOrNo: string): Promise<OrderView> {
    return this.transition(idOrNo, ['draft'], 'confirmed');
  }

  async cancel(idOrNo: string): Promise<OrderView> {
    return this.transition(idOrNo, ['draft', 'confirmed', 'split'], 'cancelled');
  }

  async lines(orderIds: string[], manager?: EntityManager): Promise<OrderLine[]> {
    if (orderIds.length === 0) return [];
    return this.scope
      .repository(OrderLine, manager)
      .query('l')
      .andWhere('l.orderId IN (:...ids)', { ids: orderIds })
      .orderBy('l.orderId')
      .addOrderBy('l.lineNo')
      .getMany();
  }

  async lock(idOrNo: string, manager: EntityManager): Promise<SalesOrder> {
    const order = await this.find(idOrNo, manager);
    await this.scope
      .repository(SalesOrder, manager)
      .query('o')
      .andWhere('o.id = :id', { id: order.id })
      .setLock('pessimistic_write')
      .getOne();
    return this.find(order.id, manager);
  }

  /**
   * Every line's product (latest version, recorded on the line) and process ranges; all problems at
   * once, as a 422 naming each field. Returns the version per product code.
   */
  async checkLines(
    lines: OrderLineDto[],
    prefix: string,
    manager: EntityManager,
  ): Promise<Map<string, ProductDefinition & { version: number }>> {
    const products = await this.products.latest([...new Set(lines.map((l) => l.productCode))], manager);
    const errors: FieldError[] = [];
    const doors = lines.reduce((s, l) => s + l.quantity, 0);
    if (doors > MAX_DOORS_PER_ORDER) {
      errors.push({
        field: prefix,
        message: `${doors} doors in one order; at most ${MAX_DOORS_PER_ORDER} / 单个订单门数过多`,
      });
    }
    lines.forEach((line, index) => {
      const product = products.get(line.productCode);
      if (!product) {
        errors.push({
          field: `${prefix}[${index}].productCode`,
          message: `unknown product ${line.productCode} / 未知门型`,
        });
        return;
      }
      for (const problem of lineProblems(product, line)) {
        const field = problem.rule ? `${prefix}[${index}]` : `${prefix}[${index}].${problem.field}`;
        errors.push({ field, message: problem.message });
      }
    });
    if (errors.length > 0)
      throw new DomainError(
        SPLITTING_ERRORS['order.lines_rejected'],
        'order lines rejected / 订单行不符合要求',
        {},
        errors,
      );
    return products;
  }

  private async insertLines(
    orderId: string,
    lines: OrderLineDto[],
    products: Map<string, { version: number }>,
    m: EntityManager,
  ): Promise<void> {
    const repo = this.scope.repository(OrderLine, m);
    const rows = lines.map((line, index) => ({
      orderId,
      lineNo: index + 1,
      productCode: line.productCode,
      productVersion: products.get(line.productCode)?.version ?? 1,
      width: line.width,
      height: line.height,
      wallThickness: line.wallThickness,
      masterWidth: line.masterWidth ?? null,
      swing: line.swing,
      finish: line.finish,
      quantity: line.quantity,
      room: line.room ?? null,
      note: line.note ?? null,
    }));
    await repo.insertMany(rows);
  }

  private async transition(idOrNo: string, from: OrderStatus[], to: OrderStatus): Promise<OrderView> {
    return this.scope.transaction(async (m) => {
      const order = await this.lock(idOrNo, m);
      if (!from.includes(order.status)) {
        throw new DomainError(
          SPLITTING_ERRORS['order.invalid_transition'],
          `order ${order.orderNo} is ${order.status}; cannot become ${to} / 订单状态不允许此操作`,
          {
            status: order.status,
            to,
            allowedFrom: from,
          },
        );
      }
      await this.scope.repository(SalesOrder, m).update({ id: order.id }, { status: to });
      return this.view(await this.find(order.id, m), m);
    });
  }

  private async view(order: SalesOrder, manager?: EntityManager): Promise<OrderView> {
    const lines = await this.lines([order.id], manager);
    return { ...header(order), lines: lines.map(lineView) };
  }
}

function header(o: SalesOrder): Omit<OrderView, 'lines'> {
  return {
    id: o.id,
    orderNo: o.orderNo,
    customer: o.customer,
    dueDate: o.dueDate,
    status: o.status,
    splitStale: o.splitStale,
    lastSplitRunId: o.lastSplitRunId,
    createdAt: o.createdAt,
  };
}

function lineView(l: OrderLine): LineView {
  return {
    id: l.id,
    lineNo: l.lineNo,
    productCode: l.productCode,
    productVersion: l.productVersion,
    width: l.width,
    height: l.height,
    wallThickness: l.wallThickness,
    masterWidth: l.masterWidth,
    swing: l.swing,
    finish: l.finish,
    quantity: l.quantity,
    room: l.room,
    note: l.note,
  };
}
