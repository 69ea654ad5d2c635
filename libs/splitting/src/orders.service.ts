import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  FactoryScope,
  type FieldError,
  fieldPath,
  isUuid,
  NotFoundError,
  type Page,
  toPage,
  ValidationFailedError,
} from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { countPieces, type DoorLine } from './domain/explode';
import { resolveLine } from './domain/door-line';
import { type OrderAction, type OrderStatus, orderTransition } from './domain/order-status';
import type { ProductDefinition } from './domain/product';
import { SPLIT_RUN_LIMITS } from './domain/split-plan';
import type { CreateOrderDto, OrderLineDto, UpdateOrderDto } from './dto/order.dto';
import { type OrderFilter, OrdersRepository } from './orders.repository';
import { ProductsService } from './products.service';
import type { OrderLine, SalesOrder } from './splitting.entities';
import { refusalError, SPLITTING_ERRORS } from './splitting.errors';

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
  options: Record<string, number | string | boolean>;
  quantity: number;
  room: string | null;
  note: string | null;
}

/** Order statuses whose last split still wants its materials. */
const OPEN_FOR_MATERIALS: OrderStatus[] = ['split', 'in_production'];

/** Far above any real order; keeps one request from asking the split for millions of doors. */
export const MAX_DOORS_PER_ORDER = 20_000;

/**
 * Customer orders and their lines; a line is checked against its product's process ranges at entry.
 * Which action a status allows is the domain's order state machine (domain/order-status.ts).
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly repository: OrdersRepository,
    private readonly products: ProductsService,
  ) {}

  async create(body: CreateOrderDto, manager?: EntityManager): Promise<OrderView> {
    const work = async (m: EntityManager) => {
      if (await this.repository.findByOrderNo(body.orderNo, m)) {
        throw new DomainError(
          SPLITTING_ERRORS['order.already_exists'],
          `order ${body.orderNo} already exists / 订单号已存在`,
          { orderNo: body.orderNo },
          [{ field: 'orderNo', message: 'already exists in this factory' }],
        );
      }
      const checked = await this.checkLines(body.lines, 'lines', m);
      const order = await this.repository.insert(
        { orderNo: body.orderNo, customer: body.customer, dueDate: body.dueDate ?? null, status: 'draft' },
        m,
      );
      await this.repository.replaceLines(order.id, lineRows(body.lines, checked), m);
      return this.view(order, m);
    };
    return manager ? work(manager) : this.scope.transaction(work);
  }

  /** Newest first; filters narrow the same order, so a cursor is a position in it whatever the filters. */
  async list(
    limit = DEFAULT_PAGE_SIZE,
    cursor?: string,
    filter: OrderFilter = {},
  ): Promise<Page<Omit<OrderView, 'lines'>>> {
    const after = decodeCursor(cursor, 2);
    const errors: FieldError[] = [];
    if (after && !isOrderCursor(after))
      errors.push({ field: 'cursor', message: 'is not a cursor this endpoint issued' });
    // ISO days compare as text
    if (filter.dueFrom && filter.dueTo && filter.dueTo < filter.dueFrom)
      errors.push({ field: 'dueTo', message: `is before dueFrom (${filter.dueFrom})` });
    if (filter.createdFrom && filter.createdTo && filter.createdTo < filter.createdFrom)
      errors.push({ field: 'createdTo', message: `is before createdFrom (${filter.createdFrom})` });
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const position = after && { createdAt: String(after[0]), id: String(after[1]) };
    const rows = await this.repository.page(limit + 1, position, filter);
    return toPage(rows.map(header), limit, (o) => [o.createdAt.toISOString(), o.id]);
  }

  /**
   * The split runs whose materials are still wanted: the last split of an order that is split or in
   * production (a cancelled, packed or shipped order wants nothing more; an older run of a re-split order
   * was replaced). The stores count their demand (purchase suggestions).
   */
  openSplitRuns(): Promise<{ splitRunId: string; orderNos: string[] }[]> {
    return this.repository.lastSplitRuns(OPEN_FOR_MATERIALS);
  }

  async get(idOrNo: string): Promise<OrderView> {
    return this.view(await this.find(idOrNo));
  }

  /** Many order ids or numbers at once (one query); an unknown one is a 404 naming its place. */
  async findAll(keys: string[], field: string): Promise<SalesOrder[]> {
    const rows = await this.repository.findByKeys(keys);
    const missing = keys.findIndex((k) => !rows.some((o) => o.id === k || o.orderNo === k));
    if (missing >= 0) throw new NotFoundError('order', keys[missing], fieldPath(field, missing));
    return rows;
  }

  /** Doors (Σ line quantities) of these orders. */
  doorCount(orderIds: string[]): Promise<number> {
    return this.repository.doorCount(orderIds);
  }

  /** Order ids or numbers to orders; an unknown one is a 404 naming it. */
  async find(idOrNo: string, manager?: EntityManager): Promise<SalesOrder> {
    const row = await this.repository.findByIdOrNo(idOrNo, manager);
    if (!row) throw new NotFoundError('order', idOrNo);
    return row;
  }

  /** Edits header and/or lines; a split order's results become stale until it is split again. */
  async update(idOrNo: string, body: UpdateOrderDto): Promise<OrderView> {
    return this.scope.transaction(async (m) => {
      const order = await this.lock(idOrNo, m);
      assertAllowed(order, 'edit');
      const patch: Partial<SalesOrder> = {};
      if (body.customer !== undefined) patch.customer = body.customer;
      if (body.dueDate !== undefined) patch.dueDate = body.dueDate;
      if (body.lines) {
        const checked = await this.checkLines(body.lines, 'lines', m);
        await this.repository.replaceLines(order.id, lineRows(body.lines, checked), m);
        if (order.status === 'split') patch.splitStale = true;
      }
      await this.repository.update([order.id], patch, m);
      return this.view(await this.find(order.id, m), m);
    });
  }

  confirm(idOrNo: string): Promise<OrderView> {
    return this.transition(idOrNo, 'confirm');
  }

  cancel(idOrNo: string): Promise<OrderView> {
    return this.transition(idOrNo, 'cancel');
  }

  lines(orderIds: string[], manager?: EntityManager): Promise<OrderLine[]> {
    return this.repository.linesOf(orderIds, manager);
  }

  /** The order, locked until the transaction ends, as it is once the lock is held. */
  async lock(idOrNo: string, manager: EntityManager): Promise<SalesOrder> {
    const order = await this.find(idOrNo, manager);
    const [locked] = await this.repository.lockForUpdate([order.id], manager);
    return locked;
  }

  /**
   * Every line against its product (latest version, recorded on the line): handing, input values, process
   * ranges and rules; all problems at once, as a 422 naming each field. Returns the products and each line as
   * the split will read it (handing as a code, inputs normalised with their defaults).
   */
  async checkLines(lines: OrderLineDto[], prefix: string, manager: EntityManager): Promise<CheckedLines> {
    const products = await this.products.latest([...new Set(lines.map((l) => l.productCode))], manager);
    const errors: FieldError[] = [];
    const doorCount = lines.reduce((s, l) => s + l.quantity, 0);
    if (doorCount > MAX_DOORS_PER_ORDER) {
      errors.push({
        field: prefix,
        message: `${doorCount} doors in one order; at most ${MAX_DOORS_PER_ORDER} / 单个订单门数过多`,
      });
    }
    const doors: DoorLine[] = [];
    lines.forEach((line, index) => {
      const product = products.get(line.productCode);
      if (!product) {
        errors.push({
          field: fieldPath(prefix, index, 'productCode'),
          message: `unknown product ${line.productCode} / 未知门型`,
        });
        return;
      }
      const { door, problems } = resolveLine(product, line);
      doors[index] = door;
      for (const problem of problems) {
        // a rule that fails for this size concerns the whole line; a size outside a range, its field
        const field = problem.rule ? fieldPath(prefix, index) : fieldPath(prefix, index, problem.field);
        errors.push({ field, message: problem.message });
      }
    });
    if (errors.length === 0) {
      // an order no run can take could be entered but never split: refuse it while the planner is at it
      const pieces = countPieces(
        lines.map((line, index) => ({ product: products.get(line.productCode)!, door: doors[index] })),
      );
      if (pieces > SPLIT_RUN_LIMITS.pieces)
        errors.push({
          field: prefix,
          message: `${pieces} pieces in one order; a split run takes at most ${SPLIT_RUN_LIMITS.pieces} / 单个订单部件数过多，无法拆单`,
        });
    }
    if (errors.length > 0)
      throw new DomainError(
        SPLITTING_ERRORS['order.lines_rejected'],
        'order lines rejected / 订单行不符合要求',
        { problems: errors.length, field: errors[0].field },
        errors,
      );
    return { products, doors };
  }

  /** An action of the state machine on one order, under its lock: refused (409, nothing changes) or applied. */
  private async transition(idOrNo: string, action: 'confirm' | 'cancel'): Promise<OrderView> {
    return this.scope.transaction(async (m) => {
      const order = await this.lock(idOrNo, m);
      const to = assertAllowed(order, action);
      await this.repository.update([order.id], { status: to }, m);
      return this.view(await this.find(order.id, m), m);
    });
  }

  private async view(order: SalesOrder, manager?: EntityManager): Promise<OrderView> {
    const lines = await this.lines([order.id], manager);
    return { ...header(order), lines: lines.map(lineView) };
  }
}

/** The status `action` leads the order to, or the state machine's refusal as a 409 naming its rule. */
export function assertAllowed(order: Pick<SalesOrder, 'orderNo' | 'status'>, action: OrderAction): OrderStatus {
  const result = orderTransition(order.status, action);
  if (!result.ok) throw refusalError(result.refusal);
  return result.to;
}

function isOrderCursor(after: unknown[]): boolean {
  return (
    typeof after[0] === 'string' &&
    !Number.isNaN(Date.parse(after[0])) &&
    typeof after[1] === 'string' &&
    isUuid(after[1])
  );
}

/** What checkLines found: the products used and each line as the split reads it. */
export interface CheckedLines {
  products: Map<string, ProductDefinition & { version: number }>;
  doors: DoorLine[];
}

function lineRows(lines: OrderLineDto[], { products, doors }: CheckedLines) {
  return lines.map((line, index) => ({
    productCode: line.productCode,
    productVersion: products.get(line.productCode)?.version ?? 1,
    width: line.width,
    height: line.height,
    wallThickness: line.wallThickness,
    masterWidth: line.masterWidth ?? null,
    swing: doors[index].handing ?? line.swing,
    finish: doors[index].finish,
    options: { ...doors[index].options },
    quantity: line.quantity,
    room: line.room ?? null,
    note: line.note ?? null,
  }));
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
    options: l.options,
    quantity: l.quantity,
    room: l.room,
    note: l.note,
  };
}
