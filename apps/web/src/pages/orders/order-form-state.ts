import dayjs, { type Dayjs } from 'dayjs';
import type { ApiProblem } from '../../api/client';
import type { CreateOrderBody, DoorModel, Order, OrderLine, UpdateOrderBody } from './order-types';

/** One row of the line table as the form holds it (numbers empty until typed). */
export type LineValues = {
  productCode?: string;
  width?: number | null;
  height?: number | null;
  wallThickness?: number | null;
  masterWidth?: number | null;
  swing?: string;
  finish?: string;
  quantity?: number | null;
  room?: string;
  note?: string;
};

export type OrderFormValues = {
  orderNo: string;
  customer: string;
  dueDate: Dayjs | null;
  lines: LineValues[];
};

/** 子母门 (unequal pair): the only door type whose lines need the master leaf's width. */
export function needsMasterWidth(model: Pick<DoorModel, 'doorType'> | undefined): boolean {
  return model?.doorType === 'unequal_pair';
}

/**
 * A new row under `previous`: the same model, wall, swing and finish (an order is mostly one kind of door),
 * its own sizes, one door.
 */
export function nextLine(previous?: LineValues): LineValues {
  return {
    productCode: previous?.productCode,
    wallThickness: previous?.wallThickness ?? null,
    swing: previous?.swing,
    finish: previous?.finish,
    width: null,
    height: null,
    masterWidth: null,
    quantity: 1,
  };
}

export function formValuesOf(order?: Order): OrderFormValues {
  if (!order) return { orderNo: '', customer: '', dueDate: null, lines: [nextLine()] };
  return {
    orderNo: order.orderNo,
    customer: order.customer,
    dueDate: order.dueDate ? dayjs(order.dueDate) : null,
    lines: order.lines.map((line) => ({
      productCode: line.productCode,
      width: line.width,
      height: line.height,
      wallThickness: line.wallThickness,
      masterWidth: line.masterWidth,
      swing: line.swing,
      finish: line.finish,
      quantity: line.quantity,
      room: line.room ?? undefined,
      note: line.note ?? undefined,
    })),
  };
}

const text = (value: string | undefined) => (value ?? '').trim();

/**
 * The line as the api takes it: texts trimmed, empty optional texts left out, the master width only for a model
 * that uses it. A number the form let through empty is sent as 0 so the api names the field.
 */
export function lineBody(line: LineValues, models: ReadonlyMap<string, DoorModel>): OrderLine {
  const productCode = text(line.productCode);
  const body: OrderLine = {
    productCode,
    width: line.width ?? 0,
    height: line.height ?? 0,
    wallThickness: line.wallThickness ?? 0,
    swing: text(line.swing),
    finish: text(line.finish),
    quantity: line.quantity ?? 0,
  };
  if (needsMasterWidth(models.get(productCode))) body.masterWidth = line.masterWidth ?? 0;
  if (text(line.room)) body.room = text(line.room);
  if (text(line.note)) body.note = text(line.note);
  return body;
}

const day = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);

export function createBody(values: OrderFormValues, models: ReadonlyMap<string, DoorModel>): CreateOrderBody {
  const body: CreateOrderBody = {
    orderNo: text(values.orderNo),
    customer: text(values.customer),
    lines: values.lines.map((line) => lineBody(line, models)),
  };
  const dueDate = day(values.dueDate);
  if (dueDate) body.dueDate = dueDate;
  return body;
}

/** PATCH body: the header and the whole line list (the api replaces the lines); a cleared due date is null. */
export function updateBody(
  values: OrderFormValues,
  models: ReadonlyMap<string, DoorModel>,
  original: Pick<Order, 'dueDate'>,
): UpdateOrderBody {
  const body: UpdateOrderBody = {
    customer: text(values.customer),
    lines: values.lines.map((line) => lineBody(line, models)),
  };
  const dueDate = day(values.dueDate);
  if (dueDate) body.dueDate = dueDate;
  else if (original.dueDate) body.dueDate = null;
  return body;
}

/** Σ quantities: the doors the order asks for. */
export function doorCount(lines: readonly Pick<LineValues, 'quantity'>[]): number {
  return lines.reduce((sum, line) => sum + (typeof line.quantity === 'number' ? line.quantity : 0), 0);
}

/**
 * The problem with a whole line's error (`lines[2]`: a rule that fails for this size) put on the line's model
 * cell, where the planner sees which row it is.
 */
export function formProblem(problem: ApiProblem): ApiProblem {
  return {
    ...problem,
    errors: problem.errors?.map((error) =>
      /^lines\[\d+\]$/.test(error.field) ? { ...error, field: `${error.field}.productCode` } : error,
    ),
  };
}
