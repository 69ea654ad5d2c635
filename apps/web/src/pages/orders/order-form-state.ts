import dayjs, { type Dayjs } from 'dayjs';
import type { ApiProblem } from '../../api/client';
import type {
  CreateOrderBody,
  DoorModel,
  DoorType,
  ModelInput,
  Order,
  OrderLine,
  UpdateOrderBody,
} from './order-types';

export type OptionValue = string | number | boolean;
/** The values of a line's model inputs by input name; an input left empty is null or missing. */
export type LineOptions = Record<string, OptionValue | null | undefined>;

/** One row of the line table as the form holds it (numbers empty until typed). */
export type LineValues = {
  productCode?: string;
  options?: LineOptions;
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

/** The input through which each line of a series chooses its door type (单开, 子母门…). */
export const DOOR_TYPE_INPUT = 'doorType';

export function inputsOf(model: Pick<DoorModel, 'inputs'> | undefined): ModelInput[] {
  return model?.inputs ?? [];
}

export function doorTypeInput(model: Pick<DoorModel, 'inputs'> | undefined): ModelInput | undefined {
  return inputsOf(model).find((input) => input.name === DOOR_TYPE_INPUT);
}

/** A line's door type: what it chose when its model declares a `doorType` input, else the model's own. */
export function doorTypeOf(
  model: Pick<DoorModel, 'doorType' | 'inputs'> | undefined,
  options?: LineOptions,
): DoorType | undefined {
  const chosen = options?.[DOOR_TYPE_INPUT];
  if (doorTypeInput(model) && typeof chosen === 'string' && chosen !== '') return chosen as DoorType;
  return model?.doorType;
}

/** 子母门 (unequal pair): the only door type whose lines need the master leaf's width. */
export function needsMasterWidth(
  model: Pick<DoorModel, 'doorType' | 'inputs'> | undefined,
  options?: LineOptions,
): boolean {
  return doorTypeOf(model, options) === 'unequal_pair';
}

/** Whether an input would take this value as it stands (an enum one of its values, a number in range…). */
export function fitsInput(input: ModelInput, value: unknown): value is OptionValue {
  switch (input.type) {
    case 'enum':
      return typeof value === 'string' && (input.options ?? []).some((option) => option.value === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (input.min === undefined || value >= input.min) &&
        (input.max === undefined || value <= input.max)
      );
    case 'text':
      return typeof value === 'string';
  }
}

/**
 * The inputs of a line whose model is (now) `model`: each input's default, or the value the line had under the
 * same name when the new model takes it (a 子母门 stays a 子母门 across series); values of the old model's other
 * inputs are dropped, so nothing the new model does not know is sent.
 */
export function optionsForModel(model: Pick<DoorModel, 'inputs'> | undefined, previous?: LineOptions): LineOptions {
  const options: LineOptions = {};
  for (const input of inputsOf(model)) {
    const kept = previous?.[input.name];
    // a value the new model cannot take is left empty for the planner to choose, not quietly replaced by a default
    // (a 子母门 switched to a model without one must not become a single door unseen)
    const refused = kept !== undefined && kept !== null && kept !== '';
    options[input.name] = fitsInput(input, kept) ? kept : refused ? null : (input.default ?? null);
  }
  return options;
}

/**
 * A new row under `previous`: the same model, wall, swing and finish (an order is mostly one kind of door),
 * its own sizes, one door.
 */
export function nextLine(previous?: LineValues): LineValues {
  return {
    productCode: previous?.productCode,
    options: previous?.options ? { ...previous.options } : undefined,
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
      options: { ...line.options },
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
 * The line as the api takes it: texts trimmed, empty optional texts left out, the master width only for a 子母门,
 * the values of the model's own inputs (an input left empty is left out: the api fills its default or names it).
 * A number the form let through empty is sent as 0 so the api names the field.
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
  const model = models.get(productCode);
  const options: Record<string, OptionValue> = {};
  for (const input of inputsOf(model)) {
    const value = line.options?.[input.name];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    options[input.name] = typeof value === 'string' ? value.trim() : value;
  }
  if (Object.keys(options).length > 0) body.options = options;
  if (needsMasterWidth(model, line.options)) body.masterWidth = line.masterWidth ?? 0;
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

/** The rows whose model inputs the api refused (`lines[1].options.transom`): the form opens them to show it. */
export function linesWithOptionErrors(problem: ApiProblem): number[] {
  const rows = (problem.errors ?? [])
    .map((error) => /^lines\[(\d+)\]\.options\./.exec(error.field))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]));
  return [...new Set(rows)];
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
