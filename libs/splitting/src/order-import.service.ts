import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, flattenValidationErrors } from '@mendao/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { lineProblems } from './domain/explode';
import {
  type ImportedLine,
  MAX_IMPORT_INFLATED_BYTES,
  MAX_IMPORT_ROWS,
  readImportRows,
  type RowProblem,
  templateExample,
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

/** Import of orders from .xlsx or .csv: all rows are stored, or none (422 listing every bad row). */
@Injectable()
export class OrderImportService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly orders: OrdersService,
    private readonly ordersRepository: OrdersRepository,
    private readonly products: ProductsService,
    private readonly gate: ImportGate,
  ) {}

  async import(
    file: Buffer,
    format: ImportFormat,
  ): Promise<{ created: number; orders: { id: string; orderNo: string }[] }> {
    const lines = await this.readLines(file, format);
    return this.scope.transaction(async (m) => {
      const byCode = await this.products.latest([...new Set(lines.map((l) => l.productCode))], m);
      const orderNos = [...new Set(lines.map((l) => l.orderNo))];
      const taken = await this.ordersRepository.takenOrderNumbers(orderNos, m);
      const rowProblems: RowProblem[] = [];
      const customers = new Map<string, string>();
      for (const line of lines) {
        if (taken.has(line.orderNo))
          rowProblems.push({
            row: line.row,
            field: 'orderNo',
            message: `order ${line.orderNo} already exists / 订单号已存在`,
          });
        const customer = customers.get(line.orderNo);
        if (customer !== undefined && customer !== line.customer) {
          rowProblems.push({
            row: line.row,
            field: 'customer',
            message: `differs from the order's first row (${customer}) / 同一订单客户不一致`,
          });
        }
        customers.set(line.orderNo, customer ?? line.customer);
        const product = byCode.get(line.productCode);
        if (!product) {
          rowProblems.push({
            row: line.row,
            field: 'productCode',
            message: `unknown product ${line.productCode} / 未知门型`,
          });
          continue;
        }
        for (const p of lineProblems(product, line))
          rowProblems.push({ row: line.row, field: p.field, message: p.message });
      }
      if (rowProblems.length > 0) throw rejected(rowProblems);
      const grouped = new Map<string, ImportedLine[]>();
      for (const line of lines) grouped.set(line.orderNo, [...(grouped.get(line.orderNo) ?? []), line]);
      const created: { id: string; orderNo: string }[] = [];
      for (const [orderNo, group] of grouped) {
        const order = await this.orders.create(
          {
            orderNo,
            customer: group[0].customer,
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
            })),
          },
          m,
        );
        created.push({ id: order.id, orderNo });
      }
      return { created: created.length, orders: created };
    });
  }

  /** An .xlsx with the import's headers and one example row on the factory's first door model. */
  async template(): Promise<Buffer> {
    const [model] = await this.products.list();
    return importTemplate(templateExample(model));
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

  /**
   * The file's order lines, read in a bounded worker thread while the event loop serves everyone else,
   * and checked against CreateOrderDto like a POST /orders body; or a refusal naming the limit passed.
   */
  private async readLines(file: Buffer, format: ImportFormat): Promise<ImportedLine[]> {
    const release = this.gate.read();
    if (!release) throw busy('installation');
    try {
      const reply = await readSheetInThread(file, format, {
        maxRows: MAX_IMPORT_ROWS,
        maxInflatedBytes: MAX_IMPORT_INFLATED_BYTES,
      });
      if ('refusal' in reply) throw refusalOf(reply.refusal, format);
      const { lines, problems } = readImportRows(reply.rows);
      problems.push(...(await dtoProblems(lines, problems)));
      if (problems.length > 0) throw rejected(problems);
      return lines;
    } finally {
      release();
    }
  }
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
 * validated by the same decorators: one set of limits. Errors map back to the row and column they came
 * from; a cell that already failed to read is not reported twice.
 */
async function dtoProblems(lines: ImportedLine[], known: RowProblem[]): Promise<RowProblem[]> {
  const reported = new Set(known.map((p) => `${p.row}:${p.field}`));
  const orders = new Map<string, ImportedLine[]>();
  for (const line of lines) orders.set(line.orderNo, [...(orders.get(line.orderNo) ?? []), line]);
  const problems: RowProblem[] = [];
  for (const [orderNo, group] of orders) {
    const dto = plainToInstance(CreateOrderDto, {
      orderNo,
      customer: group[0].customer,
      lines: group.map(({ row: _row, orderNo: _no, customer: _customer, ...line }) => line),
    });
    const errors = await validate(dto, { forbidUnknownValues: true, validationError: { target: false, value: false } });
    for (const { field, message } of flattenValidationErrors(errors)) {
      const inLine = /^lines\[(\d+)\]\.(.+)$/.exec(field);
      const row = inLine ? group[Number(inLine[1])].row : group[0].row;
      const column = inLine ? inLine[2] : field;
      if (reported.has(`${row}:${column}`)) continue;
      problems.push({ row, field: column, message });
    }
  }
  return problems;
}

function rejected(problems: RowProblem[]): DomainError {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  return new DomainError(
    SPLITTING_ERRORS['order_import.rejected'],
    `${sorted.length} problem(s) in the file; nothing was imported / 导入失败，未导入任何数据`,
    { problems: sorted.length, row: sorted[0].row, field: sorted[0].field },
    sorted.map((p) => ({ row: p.row, field: p.field, message: p.message })),
  );
}
