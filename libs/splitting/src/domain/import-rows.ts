/** Order import: spreadsheet rows (first row = headers, Chinese or English) to order lines, or every problem. */

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
}

/** What a spreadsheet cell holds once read: text, a number, or nothing. */
export type Cell = string | number | boolean | null | undefined;

export interface RowProblem {
  row: number;
  field: string;
  message: string;
}

type Field = Exclude<keyof ImportedLine, 'row'>;

const HEADERS: Record<Field, string[]> = {
  orderNo: ['订单号', 'orderno', 'order no', 'order'],
  customer: ['客户', 'customer'],
  productCode: ['型号', '产品型号', 'productcode', 'product', 'model'],
  width: ['门洞宽', '宽', 'width'],
  height: ['门洞高', '高', 'height'],
  wallThickness: ['墙厚', 'wallthickness', 'wall thickness', 'wall'],
  masterWidth: ['母门宽', 'masterwidth', 'master width'],
  swing: ['开启方向', '开向', 'swing'],
  finish: ['颜色', '油色', 'finish', 'colour', 'color'],
  quantity: ['数量', 'quantity', 'qty'],
  room: ['位置', '安装位置', 'room', 'location'],
  note: ['备注', 'note', 'remark'],
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
}

const within = (value: number, range: { min: number; max: number }) => Math.min(Math.max(value, range.min), range.max);

/**
 * The template's example row: a common door (900 × 2100, 120 mm wall) brought into the factory's first model's
 * ranges, so the template imports as it is; a 子母门 gets a master leaf of 60 % of the width.
 */
export function templateExample(model: TemplateModel | undefined): Omit<ImportedLine, 'row'> {
  const width = model ? within(900, model.widthRange) : 900;
  return {
    orderNo: 'SO-0001',
    customer: '示例客户',
    productCode: model?.code ?? 'PD-LVL01',
    width,
    height: model ? within(2100, model.heightRange) : 2100,
    wallThickness: model ? within(120, model.wallThicknessRange) : 120,
    masterWidth: model?.doorType === 'unequal_pair' ? Math.round(width * 0.6) : undefined,
    swing: '左内开',
    finish: 'OAK',
    quantity: 1,
    room: '主卧',
    note: undefined,
  };
}

const NUMBERS: Field[] = ['width', 'height', 'wallThickness', 'masterWidth', 'quantity'];
export const MAX_IMPORT_ROWS = 5000;
/**
 * What an .xlsx may inflate to, all its parts together. 5000 rows of a dozen cells take a few MB of XML
 * even with verbose styles; a file past this is a bomb or not an order list.
 */
export const MAX_IMPORT_INFLATED_BYTES = 64 * 1024 * 1024;

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

/**
 * Row numbers are the spreadsheet's (the header is row 1), so a planner finds them at once. Cells become
 * typed values here; the order's limits are checked against CreateOrderDto by the import service.
 */
export function readImportRows(cells: Cell[][]): { lines: ImportedLine[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const [header = [], ...body] = cells;
  const columns = new Map<Field, number>();
  for (let index = 0; index < Math.min(header.length, MAX_COLUMNS); index += 1) {
    const cell = header[index];
    if (cell === undefined || cell === null) continue;
    const name = normalise(String(cell));
    for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
      if (names.includes(name) && !columns.has(field)) columns.set(field, index);
    }
  }
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columns.has(field))
      problems.push({
        row: 1,
        field,
        message: `missing column ${field} (${HEADERS[field][0]}) / 缺少列 ${HEADERS[field][0]}`,
      });
  }
  if (problems.length > 0) return { lines: [], problems };
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      lines: [],
      problems: [{ row: MAX_IMPORT_ROWS + 2, field: 'file', message: `more than ${MAX_IMPORT_ROWS} rows / 行数过多` }],
    };
  }
  const lines: ImportedLine[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    const text = (field: Field) => {
      const at = columns.get(field);
      const value = at === undefined ? undefined : cells[at];
      return value === undefined || value === null ? '' : String(value).trim();
    };
    if ((Object.keys(HEADERS) as Field[]).every((f) => text(f) === '')) return; // blank row
    const line: Partial<ImportedLine> = { row };
    for (const field of Object.keys(HEADERS) as Field[]) {
      const raw = text(field);
      if (raw === '') {
        if (REQUIRED_IMPORT_FIELDS.includes(field)) problems.push({ row, field, message: 'is required / 必填' });
        continue;
      }
      // only text to number here: the limits (positive, whole, at most 10000, lengths) are CreateOrderDto's
      if (NUMBERS.includes(field)) {
        const value = Number(raw);
        if (!Number.isFinite(value))
          problems.push({ row, field, message: `"${quote(raw)}" is not a number / 必须是数字` });
        else (line as Record<string, unknown>)[field] = value;
      } else {
        (line as Record<string, unknown>)[field] = raw;
      }
    }
    lines.push(line as ImportedLine);
  });
  if (lines.length === 0 && problems.length === 0)
    problems.push({ row: 2, field: 'file', message: 'no order lines / 没有订单行' });
  return { lines, problems };
}
