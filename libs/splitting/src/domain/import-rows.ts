/**
 * Order import: spreadsheet rows to order lines, or every problem. The header row (Chinese or English) may sit
 * under a dealer's title row; columns no order field claims are a model's inputs or are reported as not imported.
 */
import { resolveLine } from './door-line';
import { checkLineInRange } from './explode';
import type { ProductDefinition, ProductInput } from './product';

export interface ImportedLine {
  row: number;
  orderNo: string;
  customer: string;
  productCode: string;
  width: number;
  height: number;
  wallThickness: number;
  masterWidth?: number;
  swing: string;
  finish: string;
  quantity: number;
  room?: string;
  note?: string;
  /** The order's due date, a calendar day (2026-12-20). */
  dueDate?: string;
  /** The model's input values as the file wrote them, by input name (see mapInputColumns). */
  options?: Record<string, string | number | boolean>;
}

/** A line as read, before its model is known: the cells of the columns no order field claimed ride along. */
export interface ReadLine extends ImportedLine {
  /** Cells of `SheetRows.otherColumns`, in the same order. */
  others: Cell[];
  /** Input name → the header of the column its value came from, to name it in a problem. */
  optionHeaders?: Record<string, string>;
}

/** What a spreadsheet cell holds once read: text, a number, or nothing. */
export type Cell = string | number | boolean | null | undefined;

export interface RowProblem {
  row: number;
  field: string;
  message: string;
}

/** Something of the file that was not imported, though the import went through. */
export interface ImportWarning {
  /** The column's letter (A, B… AA). */
  column: string;
  header: string;
  /** The row, when the warning is about one cell. */
  row?: number;
  message: string;
}

/** A column no order field claimed: a model input's, or one the import does not know. */
export interface OtherColumn {
  index: number;
  column: string;
  header: string;
}

type Field = Exclude<keyof ImportedLine, 'row' | 'options'>;

const HEADERS: Record<Field, string[]> = {
  orderNo: ['订单号', 'orderno', 'order no', 'order'],
  customer: ['客户', 'customer'],
  productCode: ['型号', '门型', '产品型号', '木门型号', 'productcode', 'product', 'model'],
  width: ['门洞宽', '宽', 'width'],
  height: ['门洞高', '高', 'height'],
  wallThickness: ['墙厚', 'wallthickness', 'wall thickness', 'wall'],
  masterWidth: ['母门宽', 'masterwidth', 'master width'],
  swing: ['开启方向', '开向', 'swing'],
  finish: ['颜色', '油色', 'finish', 'colour', 'color'],
  quantity: ['数量', 'quantity', 'qty'],
  room: ['位置', '安装位置', 'room', 'location'],
  note: ['备注', 'note', 'remark'],
  dueDate: ['交货日期', '交期', '交货期', 'duedate', 'due date', 'due'],
};
/** The columns every import needs (headers match a field's name, or a Chinese or English alias). */
export const REQUIRED_IMPORT_FIELDS: readonly Field[] = [
  'orderNo',
  'customer',
  'productCode',
  'width',
  'height',
  'wallThickness',
  'swing',
  'finish',
  'quantity',
];
/** The import template's columns: every field under its first (Chinese) header, in the order above. */
export const IMPORT_TEMPLATE_COLUMNS: readonly { field: Field; header: string; required: boolean }[] = (
  Object.keys(HEADERS) as Field[]
).map((field) => ({ field, header: HEADERS[field][0], required: REQUIRED_IMPORT_FIELDS.includes(field) }));

/** What the template's example row needs to know of a door model. */
export interface TemplateModel {
  code: string;
  doorType: string;
  widthRange: { min: number; max: number };
  heightRange: { min: number; max: number };
  wallThicknessRange: { min: number; max: number };
  inputs?: ProductInput[];
}

const within = (value: number, range: { min: number; max: number }) => Math.min(Math.max(value, range.min), range.max);

/**
 * The template's example row: a common door (900 × 2100, 120 mm wall) brought into the model's ranges, so the
 * template imports as it is; a 子母门 (the model's, or its door type input's default) gets a master leaf of 60 %.
 */
export function templateExample(model: TemplateModel | undefined): Omit<ImportedLine, 'row'> {
  const width = model ? within(900, model.widthRange) : 900;
  const doorType = model?.inputs?.find((i) => i.name === 'doorType')?.default ?? model?.doorType;
  return {
    orderNo: 'SO-0001',
    customer: '示例客户',
    productCode: model?.code ?? 'PD-LVL01',
    width,
    height: model ? within(2100, model.heightRange) : 2100,
    wallThickness: model ? within(120, model.wallThicknessRange) : 120,
    masterWidth: doorType === 'unequal_pair' ? Math.round(width * 0.6) : undefined,
    swing: '左内开',
    finish: 'OAK',
    quantity: 1,
    room: '主卧',
    note: undefined,
    dueDate: undefined,
  };
}

/** A model input as a template column: its header (labelZh, unless an order field reads it) and example cell. */
export interface TemplateInputColumn {
  input: ProductInput;
  header: string;
  example: string | number;
}

/**
 * The model's inputs as template columns, after the order's own. The example is the input's default as a dealer
 * writes it (an enum's Chinese label, 是/否), so the example row resolves to the defaults when imported back.
 */
export function templateInputColumns(model: TemplateModel): TemplateInputColumn[] {
  const taken = new Set(Object.values(HEADERS).flatMap((names) => names.map(normalise)));
  return (model.inputs ?? []).map((input) => {
    const header = taken.has(normalise(input.labelZh)) ? input.name : input.labelZh;
    taken.add(normalise(header));
    return { input, header, example: exampleOf(input) };
  });
}

function exampleOf(input: ProductInput): string | number {
  switch (input.type) {
    case 'enum': {
      const options = input.options ?? [];
      return (options.find((o) => o.value === input.default) ?? options[0])?.labelZh ?? '';
    }
    case 'boolean':
      return input.default === true ? '是' : '否';
    case 'number':
      return typeof input.default === 'number' ? input.default : (input.min ?? 0);
    case 'text':
      return input.default === undefined ? '示例' : String(input.default);
  }
}

const NUMBERS: Field[] = ['width', 'height', 'wallThickness', 'masterWidth', 'quantity'];
export const MAX_IMPORT_ROWS = 5000;
/**
 * What an .xlsx may inflate to, all its parts together. 5000 rows of a dozen cells take a few MB of XML
 * even with verbose styles; a file past this is a bomb or not an order list.
 */
export const MAX_IMPORT_INFLATED_BYTES = 64 * 1024 * 1024;

/** Rows the header is looked for in: dealers put a title (XX装饰公司订货单 2026-11) and a blank row above it. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The last column a header is looked for in (XFD, Excel's last). The reader refuses a cell past it; this
 * bound keeps a sparse row (one cell at column 300 million) from being walked slot by slot here, on the
 * api's event loop, whoever built the cells.
 */
const MAX_COLUMNS = 16_384;

/** A cell quoted in a message: enough to find it, never the whole of a huge one. */
const quote = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Excel's name of a column from its 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const isBlank = (cell: Cell) => cell === undefined || cell === null || String(cell).trim() === '';

/** The order fields a row's cells name, by column (the first column naming a field wins). */
function headerColumns(cells: Cell[] | undefined): Map<Field, number> {
  const columns = new Map<Field, number>();
  const row = cells ?? [];
  for (let index = 0; index < Math.min(row.length, MAX_COLUMNS); index += 1) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    const name = normalise(String(cell));
    for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
      if (names.includes(name) && !columns.has(field)) columns.set(field, index);
    }
  }
  return columns;
}

/** The 0-based index of the header row: of the first HEADER_SEARCH_ROWS, the one naming most fields (first on a tie). */
export function findHeaderRow(cells: Cell[][]): number {
  let best = 0;
  let bestCount = 0;
  for (let index = 0; index < Math.min(cells.length, HEADER_SEARCH_ROWS); index += 1) {
    const count = headerColumns(cells[index]).size;
    if (count > bestCount) [best, bestCount] = [index, count];
  }
  return best;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, Excel's last day. */
const MAX_EXCEL_SERIAL = 2_958_465;

function calendarDay(year: number, month: number, day: number): string | null {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return at.toISOString().slice(0, 10);
}

/**
 * A due date as a dealer's sheet holds it: an Excel date (a serial day number: Excel stores dates as days since
 * 1899-12-30), 20261220, or text 2026-12-20, 2026/12/20, 2026.12.20, 2026年12月20日 → `2026-12-20`.
 */
export function parseDay(cell: Cell): { day: string } | { problem: string } {
  const problem = { problem: `"${quote(String(cell))}" is not a date like 2026-12-20 / 日期格式不对，例如 2026-12-20` };
  const text = String(cell).trim();
  const number = typeof cell === 'number' ? cell : /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isFinite(number)) {
    if (number >= 19_000_101 && number <= 99_991_231 && Number.isInteger(number)) {
      const day = calendarDay(Math.floor(number / 10_000), Math.floor(number / 100) % 100, number % 100);
      return day ? { day } : problem;
    }
    if (number < 1 || number > MAX_EXCEL_SERIAL) return problem;
    return { day: new Date(EXCEL_EPOCH + Math.floor(number) * DAY_MS).toISOString().slice(0, 10) };
  }
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
    text,
  );
  const day = match && calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return day ? { day } : problem;
}

export interface SheetRows {
  /** The header's spreadsheet row number (1-based). */
  headerRow: number;
  lines: ReadLine[];
  otherColumns: OtherColumn[];
  problems: RowProblem[];
}

/**
 * Row numbers are the spreadsheet's (a header under a title row is row 2 or 3), so a planner finds them at once.
 * Cells become typed values here; the order's limits are checked against CreateOrderDto by the import service,
 * the model's inputs by mapInputColumns and resolveLine once the models are known.
 */
export function readImportRows(cells: Cell[][]): SheetRows {
  const problems: RowProblem[] = [];
  const headerIndex = findHeaderRow(cells);
  const headerRow = headerIndex + 1;
  const header = cells[headerIndex] ?? [];
  const columns = headerColumns(header);
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columns.has(field))
      problems.push({
        row: headerRow,
        field,
        message: `missing column ${field} (${HEADERS[field][0]}) / 缺少列 ${HEADERS[field][0]}`,
      });
  }
  if (problems.length > 0) return { headerRow, lines: [], otherColumns: [], problems };
  const body = cells.slice(headerIndex + 1);
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      headerRow,
      lines: [],
      otherColumns: [],
      problems: [{ row: MAX_IMPORT_ROWS + 2, field: 'file', message: `more than ${MAX_IMPORT_ROWS} rows / 行数过多` }],
    };
  }
  const claimed = new Set(columns.values());
  // Object.keys lists the cells a row holds, never the holes of a sparse one (forEach walks them all); a column
  // without a header or a value is just the sheet's edge
  const filled = new Set<number>();
  for (const cells of [header, ...body])
    for (const key of Object.keys(cells)) {
      const index = Number(key);
      if (index < MAX_COLUMNS && !claimed.has(index) && !isBlank(cells[index])) filled.add(index);
    }
  const otherColumns: OtherColumn[] = [...filled]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      column: columnLetter(index),
      header: isBlank(header[index]) ? '' : String(header[index]).trim(),
    }));
  const lines: ReadLine[] = [];
  body.forEach((row, offset) => {
    const rowNumber = headerRow + 1 + offset;
    const cell = (field: Field) => {
      const at = columns.get(field);
      return at === undefined ? undefined : row[at];
    };
    const text = (field: Field) => {
      const value = cell(field);
      return isBlank(value) ? '' : String(value).trim();
    };
    const others = otherColumns.map((c) => row[c.index]);
    if ((Object.keys(HEADERS) as Field[]).every((f) => text(f) === '') && others.every(isBlank)) return;
    const line: Partial<ReadLine> = { row: rowNumber, others };
    for (const field of Object.keys(HEADERS) as Field[]) {
      const raw = text(field);
      if (raw === '') {
        if (REQUIRED_IMPORT_FIELDS.includes(field))
          problems.push({ row: rowNumber, field, message: 'is required / 必填' });
        continue;
      }
      // only text to number here: the limits (positive, whole, at most 10000, lengths) are CreateOrderDto's
      if (NUMBERS.includes(field)) {
        const value = Number(raw);
        if (!Number.isFinite(value))
          problems.push({ row: rowNumber, field, message: `"${quote(raw)}" is not a number / 必须是数字` });
        else (line as Record<string, unknown>)[field] = value;
      } else if (field === 'dueDate') {
        const day = parseDay(cell(field));
        if ('problem' in day) problems.push({ row: rowNumber, field, message: day.problem });
        else line.dueDate = day.day;
      } else {
        (line as Record<string, unknown>)[field] = raw;
      }
    }
    lines.push(line as ReadLine);
  });
  if (lines.length === 0 && problems.length === 0)
    problems.push({ row: headerRow + 1, field: 'file', message: 'no order lines / 没有订单行' });
  return { headerRow, lines, otherColumns, problems };
}

const compact = (word: string) => word.replace(/\s+/g, '').toLowerCase();
/** Headers that name a model's door type whatever its labels say (门类型 is the doorType input). */
const DOOR_TYPE_HEADERS = ['门类型', '类型', 'doortype'];

/** The input of the model a column header names: its name, either label or an alias, case and spaces ignored. */
export function inputForHeader(product: ProductDefinition, header: string): ProductInput | undefined {
  const wanted = compact(header);
  if (wanted === '') return undefined;
  return (product.inputs ?? []).find(
    (input) =>
      [input.name, input.labelZh, input.labelEn, ...(input.aliases ?? [])].some((w) => compact(w) === wanted) ||
      (input.name === 'doorType' && DOOR_TYPE_HEADERS.includes(wanted)),
  );
}

/**
 * Warnings about single cells listed at most: a file may give thousands of values to a model without that input,
 * and the answer stays readable; the rest are counted in one last warning.
 */
export const MAX_CELL_WARNINGS = 100;

/**
 * Fills each line's `options` from the columns no order field claimed, by the inputs its model declares; one
 * column may serve several models. A column no model of the file knows, and a value given to a model without
 * that input, are warnings: nothing of them is imported, and nothing else is held up by them.
 */
export function mapInputColumns(
  lines: ReadLine[],
  otherColumns: OtherColumn[],
  products: ReadonlyMap<string, ProductDefinition>,
): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const cells: ImportWarning[] = [];
  let unlisted = 0;
  const cellWarning = (warning: ImportWarning) => {
    if (cells.length < MAX_CELL_WARNINGS) cells.push(warning);
    else unlisted += 1;
  };
  const used = [...new Set(lines.map((l) => l.productCode))].flatMap((code) => products.get(code) ?? []);
  otherColumns.forEach((column, at) => {
    const label = column.header === '' ? `${column.column}` : `${column.column} ${column.header}`;
    // once per column and model, not per row: a row only looks its model up
    const inputs = new Map(used.map((product) => [product.code, inputForHeader(product, column.header)]));
    if (![...inputs.values()].some(Boolean)) {
      warnings.push({
        column: column.column,
        header: column.header,
        message: `column ${label} is not imported: no order field or model input has this name / 未导入的列 ${label}`,
      });
      return;
    }
    for (const line of lines) {
      const value = line.others[at];
      if (isBlank(value) || !inputs.has(line.productCode)) continue;
      const input = inputs.get(line.productCode);
      const where = { column: column.column, header: column.header, row: line.row };
      if (!input) {
        cellWarning({
          ...where,
          message: `${line.productCode} has no input ${column.header}; the value is not imported / 门型 ${line.productCode} 没有 ${column.header}，未导入`,
        });
      } else if (line.options?.[input.name] !== undefined) {
        cellWarning({
          ...where,
          message: `${input.name} is already given in column ${line.optionHeaders?.[input.name]}; this one is not imported / 重复的列，未导入`,
        });
      } else {
        line.options = { ...line.options, [input.name]: typeof value === 'string' ? value.trim() : value! };
        line.optionHeaders = { ...line.optionHeaders, [input.name]: column.header };
      }
    }
  });
  if (unlisted > 0) {
    const last = cells[cells.length - 1];
    cells.push({
      column: last.column,
      header: last.header,
      message: `${unlisted} more values like these are not imported / 另有 ${unlisted} 个值未导入`,
    });
  }
  return [...warnings, ...cells];
}

/**
 * Rows of one order must agree on what belongs to the order: its customer (the first row says) and its due date
 * (the first row that gives one says; a dealer often writes it on the order's first row only).
 */
export function orderProblems(lines: ImportedLine[], taken: ReadonlySet<string>): RowProblem[] {
  const problems: RowProblem[] = [];
  const first = new Map<string, ImportedLine>();
  const dated = new Map<string, ImportedLine>();
  for (const line of lines) {
    if (taken.has(line.orderNo))
      problems.push({
        row: line.row,
        field: 'orderNo',
        message: `order ${line.orderNo} already exists / 订单号已存在`,
      });
    const head = first.get(line.orderNo);
    if (!head) first.set(line.orderNo, line);
    else if (head.customer !== undefined && line.customer !== undefined && head.customer !== line.customer)
      problems.push({
        row: line.row,
        field: 'customer',
        message: `differs from the order's first row ${head.row} (${quote(head.customer)}) / 同一订单客户不一致`,
      });
    if (line.dueDate === undefined) continue;
    const due = dated.get(line.orderNo);
    if (!due) dated.set(line.orderNo, line);
    else if (due.dueDate !== line.dueDate)
      problems.push({
        row: line.row,
        field: 'dueDate',
        message: `differs from row ${due.row} of the same order (${due.dueDate}) / 同一订单交货日期不一致`,
      });
  }
  return problems;
}

/** The order's due date: the first its rows give. */
export function dueDateOf(group: readonly ImportedLine[]): string | undefined {
  return group.find((l) => l.dueDate !== undefined)?.dueDate;
}

/**
 * Everything the model says about one row: handing, input values, sizes against its ranges and its rules, all at
 * once. resolveLine stops before the sizes when the handing or an input is wrong; the ranges are checked here
 * then too, so a second upload finds nothing the first did not. A cell that failed to read stands in as a value
 * outside every range (never reported twice: the caller drops a second problem of the same cell). An input's
 * problem names the column the file gave it in; a rule that fails concerns the row as a whole (`line`).
 */
export function modelProblems(product: ProductDefinition, line: ReadLine): RowProblem[] {
  const { door, problems } = resolveLine(product, {
    width: line.width ?? -1,
    height: line.height ?? -1,
    wallThickness: line.wallThickness ?? -1,
    masterWidth: line.masterWidth,
    quantity: line.quantity ?? 1,
    swing: line.swing ?? '',
    finish: line.finish ?? '',
    options: line.options,
  });
  // when resolveLine got as far as the sizes, its range problems are these very ones
  const ranges =
    problems.length > 0
      ? checkLineInRange(product, door).filter((r) => !problems.some((p) => p.field === r.field))
      : [];
  return [...problems, ...ranges].map((p) => {
    const input = /^options\.(.+)$/.exec(p.field)?.[1];
    const field = p.rule ? 'line' : input ? (line.optionHeaders?.[input] ?? p.field) : p.field;
    return { row: line.row, field, message: p.rule ? `${p.rule}: ${p.message}` : p.message };
  });
}

/**
 * modelProblems of every row, and an unknown model named. A dealer's file repeats the same door many times: a
 * door is checked once (the check is pure), its rows share the answer.
 */
export function linesProblems(lines: ReadLine[], products: ReadonlyMap<string, ProductDefinition>): RowProblem[] {
  const problems: RowProblem[] = [];
  const checked = new Map<string, RowProblem[]>();
  for (const line of lines) {
    const product = products.get(line.productCode);
    if (!product) {
      if (line.productCode !== undefined)
        problems.push({
          row: line.row,
          field: 'productCode',
          message: `unknown product ${line.productCode} / 未知门型`,
        });
      continue;
    }
    const { row: _row, others: _others, orderNo: _no, customer: _customer, room: _room, note: _note, ...door } = line;
    const key = JSON.stringify(door);
    let found = checked.get(key);
    if (!found) checked.set(key, (found = modelProblems(product, line)));
    problems.push(...found.map((p) => ({ ...p, row: line.row })));
  }
  return problems;
}
