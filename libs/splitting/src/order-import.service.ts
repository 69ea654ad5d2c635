import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, flattenValidationErrors } from '@mendao/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EntityManager } from 'typeorm';
import {
  dueDateOf,
  type ImportWarning,
  mapInputColumns,
  MAX_IMPORT_INFLATED_BYTES,
  MAX_IMPORT_ROWS,
  linesProblems,
  orderProblems,
  type ReadLine,
  readImportRows,
  type RowProblem,
  type SheetRows,
  templateExample,
  templateInputColumns,
} from './domain/import-rows';
import { CreateOrderDto } from './dto/order.dto';
import { ImportGate } from './import/import-gate';
import { importTemplate } from './import/import-template';
import type { SheetRefusal } from './import/sheet-reader';
import { readSheetInThread } from './import/sheet-reader.thread';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { ProductsService } from './products.service';
import { SPLITTING_ERRORS } from './splitting.errors';

export type ImportFormat = 'xlsx' | 'csv';

export interface ImportResult {
  created: number;
  orders: { id: string; orderNo: string }[];
  warnings: ImportWarning[];
}

/** Import of orders from .xlsx or .csv: all rows are stored, or none (422 listing every problem of every row). */
@Injectable()
export class OrderImportService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly orders: OrdersService,
    private readonly ordersRepository: OrdersRepository,
    private readonly products: ProductsService,
    private readonly gate: ImportGate,
  ) {}

  /**
   * One pass finds everything: cells, the order DTO, order numbers, rows of one order that disagree, unknown
   * models, handings, input values, sizes and rules, for every row; only a file without a problem is stored.
   */
  async import(file: Buffer, format: ImportFormat): Promise<ImportResult> {
    const sheet = await this.readRows(file, format);
    return this.scope.transaction(async (m) => {
      const { lines } = sheet;
      const products = await this.products.latest([...new Set(lines.map((l) => l.productCode))], m);
      const warnings = mapInputColumns(lines, sheet.otherColumns, products);
      const taken = await this.ordersRepository.takenOrderNumbers([...new Set(lines.map((l) => l.orderNo))], m);
      const problems = [
        ...sheet.problems,
        ...(await dtoProblems(lines)),
        ...orderProblems(lines, taken),
        ...linesProblems(lines, products),
      ];
      if (problems.length > 0) throw rejected(problems, warnings);
      const created = await this.create(lines, m);
      return { created: created.length, orders: created, warnings };
    });
  }

  /** An .xlsx with the import's headers and one example row on the factory's first door model. */
  async template(): Promise<Buffer> {
    const [model] = await this.products.list();
    return importTemplate(templateExample(model), []);
  }

  /**
   * The template of one model: the order's columns, then the model's inputs under their Chinese labels with
   * Excel's data validation, and an example row of its defaults that imports as it is. 404 for an unknown code.
   */
  async modelTemplate(code: string): Promise<Buffer> {
    const model = await this.products.get(code);
    return importTemplate(templateExample(model), templateInputColumns(model));
  }

  /**
   * The factory's import slot, taken before the upload is read (see ImportGate); released by the caller
   * once the import is answered. A second import of the factory meanwhile is refused with 429.
   */
  admit(): () => void {
    const release = this.gate.admit(this.scope.factoryId());
    if (!release) throw busy('factory');
    return release;
  }

  /** The orders of the file, one per order number; a refusal of OrdersService names the rows it concerns. */
  private async create(lines: ReadLine[], m: EntityManager): Promise<{ id: string; orderNo: string }[]> {
    const created: { id: string; orderNo: string }[] = [];
    const problems: RowProblem[] = [];
    for (const [orderNo, group] of groupByOrder(lines)) {
      try {
        const order = await this.orders.create(orderBody(orderNo, group), m);
        created.push({ id: order.id, orderNo });
      } catch (error) {
        // what only a whole order shows (too many doors or pieces): the rest is still checked, nothing is kept
        if (!(error instanceof DomainError) || error.errors.length === 0) throw error;
        problems.push(...error.errors.map((e) => rowOf(e.field, e.message, group)));
      }
    }
    if (problems.length > 0) throw rejected(problems);
    return created;
  }

  /**
   * The file's rows, read in a bounded worker thread while the event loop serves everyone else; a file without
   * its header columns is refused at once (no row can be read without them).
   */
  private async readRows(file: Buffer, format: ImportFormat): Promise<SheetRows> {
    const release = this.gate.read();
    if (!release) throw busy('installation');
    try {
      const reply = await readSheetInThread(file, format, {
        maxRows: MAX_IMPORT_ROWS,
        maxInflatedBytes: MAX_IMPORT_INFLATED_BYTES,
      });
      if ('refusal' in reply) throw refusalOf(reply.refusal, format);
      const sheet = readImportRows(reply.rows);
      if (sheet.lines.length === 0) throw rejected(sheet.problems);
      return sheet;
    } finally {
      release();
    }
  }
}

function groupByOrder(lines: ReadLine[]): Map<string, ReadLine[]> {
  const orders = new Map<string, ReadLine[]>();
  for (const line of lines) {
    const group = orders.get(line.orderNo);
    if (group) group.push(line);
    else orders.set(line.orderNo, [line]);
  }
  return orders;
}

/** An order of the file as POST /orders takes it: the first row says the customer, the first dated one the date. */
function orderBody(orderNo: string, group: ReadLine[]): CreateOrderDto {
  return {
    orderNo,
    customer: group[0].customer,
    dueDate: dueDateOf(group),
    lines: group.map((l) => ({
      productCode: l.productCode,
      width: l.width,
      height: l.height,
      wallThickness: l.wallThickness,
      masterWidth: l.masterWidth,
      swing: l.swing,
      finish: l.finish,
      quantity: l.quantity,
      room: l.room,
      note: l.note,
      options: l.options,
    })),
  };
}

/** `lines[3].width` of an order → the row of its fourth line and `width`; an order's own field → its first row. */
function rowOf(field: string, message: string, group: ReadLine[]): RowProblem {
  const inLine = /^lines\[(\d+)\](?:\.(.+))?$/.exec(field);
  const line = inLine ? group[Number(inLine[1])] : undefined;
  if (!line) return { row: group[0].row, field, message };
  const input = /^options\.(.+)$/.exec(inLine?.[2] ?? '')?.[1];
  const column = inLine?.[2] ?? 'line';
  return { row: line.row, field: input ? (line.optionHeaders?.[input] ?? column) : column, message };
}

/** A refused import holds no slot for long: a few seconds is how long a bounded parse takes. */
const IMPORT_RETRY_AFTER_SECONDS = 5;

function busy(scope: 'factory' | 'installation'): DomainError {
  return new DomainError(
    SPLITTING_ERRORS['order_import.busy'],
    scope === 'factory'
      ? 'another import of this factory is being read; retry in a few seconds / 本厂另一导入正在处理，请稍后重试'
      : 'other imports are being read; retry in a few seconds / 正在处理其他导入，请稍后重试',
    { retryAfterSeconds: IMPORT_RETRY_AFTER_SECONDS, scope },
  );
}

/** The reader's refusal as the error the route answers; exported for its unit test. */
export function refusalOf(refusal: SheetRefusal, format: ImportFormat): DomainError {
  switch (refusal.kind) {
    case 'too_many_rows':
      return new DomainError(
        SPLITTING_ERRORS['order_import.too_many_rows'],
        `more than ${refusal.max} rows in one file; split it / 行数超过 ${refusal.max}，请拆分文件`,
        { max: refusal.max },
        [{ field: 'file', row: refusal.max + 2, message: `more than ${refusal.max} rows` }],
      );
    case 'inflated_too_large':
      return new DomainError(
        SPLITTING_ERRORS['order_import.inflated_too_large'],
        `the .xlsx unpacks to more than ${refusal.max} bytes / 文件解压后过大`,
        refusal.declared === undefined ? { max: refusal.max } : { max: refusal.max, declared: refusal.declared },
        [{ field: 'file', message: `unpacks to more than ${refusal.max} bytes` }],
      );
    case 'out_of_memory':
      // an .xlsx that needs this much is a bomb the counting missed (413 as for one); a .csv is just too big
      return format === 'xlsx'
        ? new DomainError(
            SPLITTING_ERRORS['order_import.inflated_too_large'],
            `the .xlsx needs more than the ${refusal.maxHeapMb} MB one import may use to read / 文件解压后过大`,
            { max: MAX_IMPORT_INFLATED_BYTES },
            [{ field: 'file', message: `needs more than ${refusal.maxHeapMb} MB to read` }],
          )
        : new DomainError(
            SPLITTING_ERRORS['order_import.file_too_large'],
            `the .csv needs more than the ${refusal.maxHeapMb} MB one import may use to read; split it / 文件过大，请拆分`,
            {},
            [{ field: 'file', message: `needs more than ${refusal.maxHeapMb} MB to read` }],
          );
    case 'unreadable':
      return new DomainError(
        SPLITTING_ERRORS['order_import.unreadable'],
        `the file is not a readable .${format} / 文件无法读取`,
        { format },
        [{ field: 'file', message: `not a readable .${format} file: ${refusal.reason.slice(0, 200)}` }],
      );
  }
}

/**
 * Each order of the file (its rows grouped by order number) as the CreateOrderDto POST /orders takes,
 * validated by the same decorators: one set of limits. Errors map back to the row and column they came from.
 */
async function dtoProblems(lines: ReadLine[]): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  for (const [orderNo, group] of groupByOrder(lines)) {
    const dto = plainToInstance(CreateOrderDto, orderBody(orderNo, group));
    const errors = await validate(dto, { forbidUnknownValues: true, validationError: { target: false, value: false } });
    for (const { field, message } of flattenValidationErrors(errors)) problems.push(rowOf(field, message, group));
  }
  return problems;
}

/**
 * Every problem once, by row: a cell that failed to read is not reported again by the DTO or the model, and
 * a row's problem of an order field is not repeated on each row of the order.
 */
function rejected(problems: RowProblem[], warnings: ImportWarning[] = []): DomainError {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.row}:${p.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sorted = unique.sort((a, b) => a.row - b.row);
  return new DomainError(
    SPLITTING_ERRORS['order_import.rejected'],
    `${sorted.length} problem(s) in the file; nothing was imported / 导入失败，未导入任何数据`,
    { problems: sorted.length, row: sorted[0].row, field: sorted[0].field, warnings },
    sorted.map((p) => ({ row: p.row, field: p.field, message: p.message })),
  );
}
