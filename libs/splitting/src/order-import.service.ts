import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope } from '@mendao/platform';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { lineProblems } from './domain/explode';
import { type Cell, type ImportedLine, readImportRows, type RowProblem } from './domain/import-rows';
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
  ) {}

  async import(
    file: Buffer,
    format: ImportFormat,
  ): Promise<{ created: number; orders: { id: string; orderNo: string }[] }> {
    const cells = await readSheet(file, format);
    const { lines, problems } = readImportRows(cells);
    if (problems.length > 0) throw rejected(problems);
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

async function readSheet(file: Buffer, format: ImportFormat): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (format === 'xlsx') await workbook.xlsx.load(file as unknown as ArrayBuffer);
    // cells stay text: no "007" → 7 or dates shifted by a time zone; readImportRows converts what is numeric
    else await workbook.csv.read(Readable.from([stripBom(file).toString('utf8')]), { map: (value: unknown) => value });
  } catch {
    throw new DomainError(
      SPLITTING_ERRORS['order_import.unreadable'],
      `the file is not a readable .${format} / 文件无法读取`,
      { format },
      [{ field: 'file', message: `not a readable .${format} file` }],
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cellValue(cell.value);
    });
    rows[rowNumber - 1] = values;
  });
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}

function stripBom(file: Buffer): Buffer {
  return file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return value;
  if ('result' in value) return cellValue(value.result);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return value.text;
  return null;
}
