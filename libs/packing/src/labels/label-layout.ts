import { raw as encode } from 'bwip-js';

/** Label stock: 100×150 mm (the common thermal roll) or A6 (105×148 mm, the GS1 logistic label's smaller size). */
export const LABEL_STOCKS = ['100x150', 'a6'] as const;
export type LabelStock = (typeof LABEL_STOCKS)[number];

export const STOCK_SIZE: Record<LabelStock, { width: number; height: number }> = {
  '100x150': { width: 100, height: 150 },
  a6: { width: 105, height: 148 },
};

/**
 * At most this many labels in one file: some 16 MB of PDF, drawn in a few tens of seconds. A run may hold 50,000
 * doors; its labels are printed order by order (or as selections) rather than as one file of 200,000 pages.
 */
export const MAX_LABELS_PER_FILE = 5000;

/** A file of `labels` labels is too long: the count and the bound, else null. */
export function labelsTooMany(labels: number): { labels: number; max: number } | null {
  return labels > MAX_LABELS_PER_FILE ? { labels, max: MAX_LABELS_PER_FILE } : null;
}

/** Everything a package label prints (contract §7, a PackageView's facts), already resolved. */
export interface PackageLabel {
  /** the internal code `P#########C` */
  code: string;
  /** what the bars carry: the SSCC-18 when the factory has a GS1 prefix, else the internal code */
  barcode: string;
  kind: string;
  k: number;
  n: number;
  orderNo: string;
  customer: string;
  lineNo: number;
  doorNo: number;
  room: string | null;
  productCode: string;
  width: number;
  height: number;
  finish: string;
  /** in words, zh and en (`左内开`, `left, opens in`); null for none */
  handing: { zh: string; en: string } | null;
  contents: { item: string; itemEn: string; quantity: number; unit: string }[];
}

/** Width in mm of `text` at font size `size` mm, in the font a renderer draws with. */
export type Measure = (text: string, size: number) => number;

export type TextField =
  | 'orderNo'
  | 'customer'
  | 'kn'
  | 'kind'
  | 'room'
  | 'model'
  | 'size'
  | 'colour'
  | 'handing'
  | 'line'
  | 'door'
  | 'contents'
  | 'contentsEn'
  | 'code';

/** A line of text: its box's top-left corner and width in mm, its font size (the em) in mm. */
export interface LabelText {
  type: 'text';
  /** the fact it prints; null for a caption */
  field: TextField | null;
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
  align: 'left' | 'center' | 'right';
  grey: boolean;
}

/** Code 128 (internal code) or GS1-128 with AI (00) (SSCC): bar and space widths in modules, bars first. */
export interface LabelBarcode {
  type: 'barcode';
  symbology: 'code128' | 'gs1-128';
  /** the data as a scanner reads it: the code, or the 18 digits of the SSCC (its AI 00 in front) */
  data: string;
  x: number;
  y: number;
  height: number;
  /** the narrow bar (X), mm */
  module: number;
  widths: number[];
}

/** A QR of `data`, error correction M, `modules` × `modules` (its version's side), without its quiet zone. */
export interface LabelQr {
  type: 'qr';
  data: string;
  version: number;
  modules: number;
  x: number;
  y: number;
  module: number;
}

export interface LabelRule {
  type: 'rule';
  x: number;
  y: number;
  width: number;
}

export type LabelElement = LabelText | LabelBarcode | LabelQr | LabelRule;

export interface LabelLayout {
  width: number;
  height: number;
  elements: LabelElement[];
}

/** A line of text takes its em times this (Noto Sans SC's ascender + descender; SimSun's cell is less). */
export const LINE_HEIGHT = 1.45;
const MARGIN = 4;
const CAPTION = 2.4;
const VALUE = 4.6;
/**
 * The narrow bar: 0.5 mm, inside GS1's 0.495–1.016 mm for an SSCC on a logistic label and wide enough for a
 * handheld scanner at arm's length on a scuffed carton. Its quiet zone is 10 X each side (ISO/IEC 15417).
 */
const X = 0.5;
const QUIET = 10;
/** Digits of the human-readable code stand ≥ 3 mm tall (GS1): the font's figures are ~0.72 of its em. */
const HUMAN_READABLE = 4.4;
/** Bars 32 mm tall at most (GS1's SSCC height at X 0.5), 15 mm at least. */
const BAR_MAX = 32;
const BAR_MIN = 15;
/** The QR with its quiet zone of 4 modules: 0.6 mm modules for a version 5 QR (most labels). */
const QR_BOX = 27;

/** Text cut to `width` with an ellipsis, so a long customer or room name never runs into its neighbour. */
export function fitText(text: string, width: number, size: number, measure: Measure): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (measure(flat, size) <= width) return flat;
  let cut = [...flat];
  while (cut.length > 0 && measure(`${cut.join('').trimEnd()}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.join('').trimEnd()}…`;
}

/** The largest size from `max` down to `min` (0.5 mm steps) at which `text` fits `width`. */
export function shrink(text: string, width: number, max: number, min: number, measure: Measure): number {
  let size = max;
  while (size > min && measure(text, size) > width) size = Math.max(min, size - 0.5);
  return size;
}

/** The QR's text: JSON of the facts a phone or a scanner at the site reads without the system. */
export function qrPayload(label: PackageLabel): string {
  return JSON.stringify({
    code: label.code,
    order: label.orderNo,
    line: label.lineNo,
    door: label.doorNo,
    k: label.k,
    n: label.n,
  });
}

/** The bars of `label.barcode`: GS1-128 with AI (00) for an SSCC (18 digits), else Code 128. */
export function barcodeOf(label: PackageLabel): Pick<LabelBarcode, 'symbology' | 'data' | 'widths'> {
  const sscc = /^\d{18}$/.test(label.barcode);
  const [symbol] = sscc
    ? encode({ bcid: 'gs1-128', text: `(00)${label.barcode}` })
    : encode({ bcid: 'code128', text: label.barcode });
  if (!('sbs' in symbol)) throw new Error(`barcodeOf: no bars for ${label.barcode}`);
  return { symbology: sscc ? 'gs1-128' : 'code128', data: label.barcode, widths: symbol.sbs };
}

/** Bytes a QR of error correction M holds in byte mode, versions 1 to 15 (ISO/IEC 18004, table 7). */
const QR_M_BYTES = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412];

/**
 * The smallest QR version that holds `data` as UTF-8 bytes at error correction M (an order number is at most 40
 * characters: version 10 at most), and its side in modules. The layout needs only its size; the PDF draws the
 * matrix (qrMatrix), a Zebra printer encodes it itself.
 */
export function qrVersion(data: string): { version: number; modules: number } {
  const bytes = Buffer.byteLength(data, 'utf8');
  const index = QR_M_BYTES.findIndex((capacity) => capacity >= bytes);
  if (index < 0) throw new Error(`qrVersion: ${bytes} bytes is more than a label's QR holds`);
  return { version: index + 1, modules: 17 + 4 * (index + 1) };
}

/**
 * The QR's modules, row by row, error correction M. The version and mask are given: bwip-js would otherwise try
 * all eight masks (some 50 ms a QR, a minute for a thousand labels); any mask reads alike.
 */
export function qrMatrix(data: string, version: number): boolean[] {
  const [symbol] = encode({ bcid: 'qrcode', text: data, eclevel: 'M', version, mask: 1 } as Parameters<
    typeof encode
  >[0]);
  if (!('pixs' in symbol) || symbol.pixx !== 17 + 4 * version) throw new Error(`qrMatrix: not a version ${version} QR`);
  return symbol.pixs.map((p) => p === 1);
}

/** The human-readable line under the bars: the code, or the SSCC as GS1 prints it, `(00)` then the digits. */
export function humanReadable(label: PackageLabel): string {
  return /^\d{18}$/.test(label.barcode) ? `(00) ${label.barcode}` : label.barcode;
}

const kindWords: Record<string, { zh: string; en: string }> = {
  leaf: { zh: '门扇', en: 'leaf' },
  frame: { zh: '门套', en: 'frame' },
  casing: { zh: '门套线', en: 'casing' },
  hardware: { zh: '五金', en: 'hardware' },
  glass: { zh: '玻璃', en: 'glass' },
};

const mm = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * One package label, laid out top to bottom as the GS1 logistic label is: the free section (order, customer, the
 * big k / n), the human-readable facts (room, model, size, colour, handing, line and door, contents) with the QR
 * beside them, and the barcode at the bottom (an SSCC is the lowest barcode) with its code under the bars.
 * Positions are mm from the top-left corner; every text is cut to its box with `measure`, the renderer's font.
 */
export function labelLayout(label: PackageLabel, stock: LabelStock, measure: Measure): LabelLayout {
  const { width, height } = STOCK_SIZE[stock];
  const elements: LabelElement[] = [];
  const right = width - MARGIN;
  const text = (
    field: TextField | null,
    x: number,
    y: number,
    w: number,
    size: number,
    value: string,
    align: LabelText['align'] = 'left',
    grey = false,
  ): number => {
    elements.push({ type: 'text', field, x, y, width: w, size, text: fitText(value, w, size, measure), align, grey });
    return y + size * LINE_HEIGHT;
  };
  const captioned = (field: TextField, x: number, y: number, w: number, caption: string, value: string) =>
    text(field, x, text(null, x, y, w, CAPTION, caption, 'left', true), w, VALUE, value);

  // free section: the order big at the left, k / n big at the right (what a loader checks first)
  const knWidth = 34;
  const headWidth = right - knWidth - 3 - MARGIN;
  let y = text(null, MARGIN, MARGIN, headWidth, CAPTION, '订单 Order', 'left', true);
  // a long order number is set smaller before it is cut: it is what a loader reads
  y = text('orderNo', MARGIN, y, headWidth, shrink(label.orderNo, headWidth, 7, VALUE, measure), label.orderNo);
  y = text('customer', MARGIN, y, headWidth, VALUE, label.customer);
  const knX = right - knWidth;
  let knY = text(null, knX, MARGIN, knWidth, CAPTION, '包装 Package', 'right', true);
  // k / n is never cut: its size shrinks until it fits (12 / 12 as well as 1 / 4)
  const kn = `${label.k} / ${label.n}`;
  knY = text('kn', knX, knY, knWidth, shrink(kn, knWidth, 13, 6, measure), kn, 'right');
  const kind = kindWords[label.kind] ?? { zh: label.kind, en: label.kind };
  knY = text('kind', knX, knY, knWidth, 3.6, `${kind.zh} ${kind.en}`, 'right');
  y = Math.max(y, knY) + 1;
  elements.push({ type: 'rule', x: MARGIN, y, width: width - 2 * MARGIN });

  // the facts, the QR at the right with line and door under it
  // the QR in a box of fixed size: a longer order number makes its modules smaller, never the facts narrower
  const data = qrPayload(label);
  const { version, modules } = qrVersion(data);
  const module = QR_BOX / (modules + 8);
  const qrSide = QR_BOX;
  const top = y + 1.5;
  elements.push({ type: 'qr', data, version, modules, module, x: right - qrSide + 4 * module, y: top + 4 * module });
  const factsWidth = right - qrSide - 2 - MARGIN;
  y = top;
  y = captioned('room', MARGIN, y, factsWidth, '房间 Room', label.room ?? '—');
  y = captioned('model', MARGIN, y + 0.6, factsWidth, '型号 Model', label.productCode);
  y = captioned('size', MARGIN, y + 0.6, factsWidth, '尺寸 Size W×H mm', `${mm(label.width)} × ${mm(label.height)}`);
  y = captioned('colour', MARGIN, y + 0.6, factsWidth, '颜色 Colour', label.finish);
  const handing = label.handing ? `${label.handing.zh} ${label.handing.en}` : '—';
  y = captioned('handing', MARGIN, y + 0.6, factsWidth, '开向 Handing', handing);
  const sideX = right - qrSide + 2;
  const sideWidth = qrSide - 2;
  let sideY = captioned('line', sideX, top + qrSide + 0.6, sideWidth, '行 Line', String(label.lineNo));
  sideY = captioned('door', sideX, sideY + 0.6, sideWidth, '门 Door', String(label.doorNo));
  y = Math.max(y, sideY) + 1;
  elements.push({ type: 'rule', x: MARGIN, y, width: width - 2 * MARGIN });

  // what is inside, in the packer's words
  const full = width - 2 * MARGIN;
  y = text(null, MARGIN, y + 1, full, CAPTION, '内容 Contents', 'left', true);
  const zh = label.contents.map((c) => `${c.item} ×${c.quantity} ${c.unit}`).join('，');
  const en = label.contents.map((c) => `${c.itemEn} ×${c.quantity}`).join(', ');
  y = text('contents', MARGIN, y, full, 6, zh || '—');
  y = text('contentsEn', MARGIN, y, full, 3.6, en || '—');
  y += 1;
  elements.push({ type: 'rule', x: MARGIN, y, width: full });

  // the barcode at the bottom, its human-readable code under the bars
  const bars = barcodeOf(label);
  const barModules = bars.widths.reduce((sum, w) => sum + w, 0);
  const codeY = height - MARGIN - HUMAN_READABLE * LINE_HEIGHT;
  const barTop = Math.max(y + 2, codeY - 1 - BAR_MAX);
  const barHeight = Math.max(BAR_MIN, codeY - 1 - barTop);
  if (barModules * X + 2 * QUIET * X > width) throw new Error(`labelLayout: ${label.barcode} is too wide for ${stock}`);
  elements.push({
    type: 'barcode',
    ...bars,
    x: (width - barModules * X) / 2,
    y: barTop,
    height: barHeight,
    module: X,
  });
  text('code', MARGIN, codeY, full, HUMAN_READABLE, humanReadable(label), 'center');
  return { width, height, elements };
}

/** The box an element covers, mm: what the layout's tests check for overlaps and overflow. */
export function boxOf(element: LabelElement): { x: number; y: number; width: number; height: number } {
  switch (element.type) {
    case 'text':
      return { x: element.x, y: element.y, width: element.width, height: element.size * LINE_HEIGHT };
    case 'barcode': {
      const modules = element.widths.reduce((sum, w) => sum + w, 0);
      return { x: element.x, y: element.y, width: modules * element.module, height: element.height };
    }
    case 'qr':
      return {
        x: element.x,
        y: element.y,
        width: element.modules * element.module,
        height: element.modules * element.module,
      };
    case 'rule':
      return { x: element.x, y: element.y, width: element.width, height: 0 };
  }
}
