/**
 * Streaming reader of an imported order sheet (.xlsx or .csv) into rows of cells, bounded by a row cap
 * and, for .xlsx, by the bytes actually inflated. It runs in a worker thread (see sheet-reader.thread.ts);
 * it imports node built-ins only and nothing relative, because from TypeScript sources (tests) the file
 * is transpiled and evaluated as the worker's whole code.
 *
 * Why not exceljs: its whole-workbook load holds every row (3 GB for a zip bomb), and its streaming
 * reader trusts the local headers and spools a sheet met before the shared strings to a temp file, so a
 * bomb fills the disk instead. Here the central directory is read first (declared sizes refused at once),
 * parts are read in the order they are needed, and reading stops at the first cap passed.
 */
import { StringDecoder } from 'node:string_decoder';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export type SheetCell = string | number | boolean | null | undefined;

export interface SheetLimits {
  /** Rows after the header; the first row past it stops the read. */
  maxRows: number;
  /** Bytes the .xlsx parts may inflate to, all parts together. */
  maxInflatedBytes: number;
}

export type SheetRefusal =
  | { kind: 'too_many_rows'; max: number }
  | { kind: 'inflated_too_large'; max: number; declared?: number }
  /** The reading thread passed its heap limit (SHEET_THREAD_LIMITS), whatever the format. */
  | { kind: 'out_of_memory'; maxHeapMb: number }
  | { kind: 'unreadable'; reason: string };

export type SheetReply = { rows: SheetCell[][] } | { refusal: SheetRefusal };

export const SHEET_READER_WORKER = 'mendao.order-import.sheet-reader';

class Refused extends Error {
  constructor(readonly refusal: SheetRefusal) {
    super(refusal.kind);
  }
}

const unreadable = (reason: string) => new Refused({ kind: 'unreadable', reason });

/**
 * Cells one row may hold, and the last column a cell may name (XFD, Excel's last). An order line has a
 * dozen columns; without these a single `<c r="ZZZZZZ1">` or a header of a million commas becomes an
 * array of hundreds of millions of slots that the api then walks on its event loop.
 */
export const MAX_SHEET_CELLS_PER_ROW = 256;
export const MAX_SHEET_COLUMN = 16_384;

export async function readSheet(file: Uint8Array, format: 'xlsx' | 'csv', limits: SheetLimits): Promise<SheetReply> {
  try {
    const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    return { rows: format === 'csv' ? readCsv(buffer, limits) : await readXlsx(buffer, limits) };
  } catch (error) {
    if (error instanceof Refused) return { refusal: error.refusal };
    return { refusal: { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) } };
  }
}

// ---- CSV: one pass over the text, RFC 4180 quoting, stops at the row cap ----

/**
 * The CSV's text. UTF-8 with or without its BOM; otherwise GB18030, a superset of the GBK that a Chinese
 * Windows Excel writes when a sheet is saved "as CSV" (a file that is not valid UTF-8 cannot be meant as UTF-8).
 */
function csvText(file: Buffer): string {
  const bom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf;
  if (bom) return file.toString('utf8', 3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('gb18030').decode(file);
  }
}

function readCsv(file: Buffer, limits: SheetLimits): SheetCell[][] {
  const text = csvText(file);
  const rows: SheetCell[][] = [];
  let row: string[] = [];
  // fields are sliced out of the text, never built a character at a time (a 3 MB cell is one slice)
  let at = 0;
  while (at < text.length) {
    let field: string;
    if (text[at] === '"') {
      const parts: string[] = [];
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw unreadable('a quoted field is not closed');
        parts.push(text.slice(from, quote));
        if (text[quote + 1] !== '"') {
          at = quote + 1;
          break;
        }
        parts.push('"');
        from = quote + 2;
      }
      const next = nextDelimiter(text, at);
      field = parts.join('') + text.slice(at, next);
      at = next;
    } else {
      const next = nextDelimiter(text, at);
      field = text.slice(at, next);
      at = next;
    }
    row.push(field);
    if (row.length > MAX_SHEET_CELLS_PER_ROW)
      throw unreadable(`row ${rows.length + 1} has more than ${MAX_SHEET_CELLS_PER_ROW} columns`);
    if (text[at] === ',') {
      at += 1;
      if (at === text.length) row.push('');
      continue;
    }
    // end of a record: \n, \r\n, \r or the end of the text
    if (text[at] === '\r' && text[at + 1] === '\n') at += 2;
    else at += 1;
    rows.push(row);
    if (rows.length > limits.maxRows + 1) throw new Refused({ kind: 'too_many_rows', max: limits.maxRows });
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10 || c === 13) return i; // , \n \r
  }
  return text.length;
}

// ---- XLSX: the zip's central directory, then the parts a sheet needs, inflated as a stream ----

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function zipEntries(file: Buffer): Map<string, ZipEntry> {
  const min = Math.max(0, file.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = file.length - 22; at >= min; at -= 1) {
    if (file.readUInt32LE(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw unreadable('not a zip file');
  const count = file.readUInt16LE(eocd + 10);
  const offset = file.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable('zip64 is not supported');
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50) throw unreadable('broken zip directory');
    const flags = file.readUInt16LE(at + 8);
    const nameLength = file.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      localOffset: file.readUInt32LE(at + 42),
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (flags & 1) throw unreadable('encrypted zip entries are not supported');
    entries.set(entry.name, entry);
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return entries;
}

class InflateBudget {
  used = 0;
  constructor(readonly max: number) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.max) throw new Refused({ kind: 'inflated_too_large', max: this.max });
  }
}

/** The entry's bytes, inflated chunk by chunk: each chunk is counted before it is parsed. */
async function* entryChunks(file: Buffer, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<Buffer> {
  const local = entry.localOffset;
  if (local + 30 > file.length || file.readUInt32LE(local) !== 0x04034b50) throw unreadable('broken zip entry');
  const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
  const data = file.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > file.length) throw unreadable('truncated zip entry');
  if (entry.method === 0) {
    budget.spend(data.length);
    yield data;
    return;
  }
  if (entry.method !== 8) throw unreadable(`zip compression method ${entry.method} is not supported`);
  const slices = function* () {
    for (let at = 0; at < data.length; at += 64 * 1024) yield data.subarray(at, at + 64 * 1024);
  };
  const inflater = Readable.from(slices()).pipe(createInflateRaw({ chunkSize: 64 * 1024 }));
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      budget.spend(chunk.length);
      yield chunk;
    }
  } finally {
    inflater.destroy();
  }
}

type OpenTag = (name: string, attributes: Record<string, string>, selfClosing: boolean) => void;

// a spreadsheet's tags are short (a cell's is tens of characters); one past this is not a spreadsheet, and
// waiting for its end costs a rescan a chunk
export const MAX_TAG_CHARS = 16 * 1024;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Just enough XML for the parts of a spreadsheet: elements, attributes, text, CDATA. Entities beyond the
 * five predefined and numeric ones are never expanded (no DOCTYPE entity bombs).
 */
async function scanXml(
  chunks: AsyncIterable<Buffer>,
  handlers: { open: OpenTag; close: (name: string) => void; text: (text: string) => void },
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const scan = (final: boolean) => {
    let at = 0;
    for (;;) {
      const lt = rest.indexOf('<', at);
      if (lt < 0) {
        // text is passed on as it comes (a bomb may be one long run of it); only a cut entity waits
        const amp = final ? -1 : rest.lastIndexOf('&');
        const keep = amp >= at && !rest.includes(';', amp) ? amp : rest.length;
        if (keep > at) handlers.text(decodeText(rest.slice(at, keep)));
        rest = rest.slice(keep);
        return;
      }
      if (lt > at) handlers.text(decodeText(rest.slice(at, lt)));
      at = lt;
      let end: number;
      if (rest.startsWith('<![CDATA[', at)) {
        end = rest.indexOf(']]>', at);
        if (end < 0) break;
        handlers.text(rest.slice(at + 9, end));
        at = end + 3;
        continue;
      }
      if (rest.startsWith('<!--', at)) {
        end = rest.indexOf('-->', at);
        if (end < 0) break;
        at = end + 3;
        continue;
      }
      end = tagEnd(rest, at);
      if (end < 0) break;
      if (end - at > MAX_TAG_CHARS) throw tagTooLong();
      const tag = rest.slice(at + 1, end);
      at = end + 1;
      if (tag[0] === '?' || tag[0] === '!') continue;
      if (tag[0] === '/') {
        handlers.close(localName(tag.slice(1).trim()));
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const space = body.search(/\s/);
      const name = localName(space < 0 ? body : body.slice(0, space));
      const attributes = space < 0 ? {} : attributesOf(body, space);
      handlers.open(name, attributes, selfClosing);
      if (selfClosing) handlers.close(name);
    }
    if (final) throw unreadable('the XML ends inside a tag');
    rest = rest.slice(at);
    if (rest.length > MAX_TAG_CHARS) throw tagTooLong();
  };
  for await (const chunk of chunks) {
    rest += decoder.write(chunk);
    scan(false);
  }
  rest += decoder.end();
  scan(true);
}

const tagTooLong = () => unreadable(`an XML tag longer than ${MAX_TAG_CHARS / 1024} KiB`);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The `name="value"` (or 'value') pairs of a tag's text from `from`, in one pass: a regex with a
 * `[^\s=]+` name backtracks over every start of a long run without `=`, quadratic in the tag.
 * Anything that is not a pair (a stray word, a name without a quoted value) is skipped.
 */
function attributesOf(tag: string, from: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = from;
  const skipSpace = () => {
    while (at < tag.length && isSpace(tag.charCodeAt(at))) at += 1;
  };
  while (at < tag.length) {
    skipSpace();
    const nameStart = at;
    while (at < tag.length && tag[at] !== '=' && !isSpace(tag.charCodeAt(at))) at += 1;
    const name = tag.slice(nameStart, at);
    skipSpace();
    if (tag[at] !== '=') continue; // a word without a value: the next one starts here
    at += 1;
    skipSpace();
    const quote = tag[at];
    if (quote !== '"' && quote !== "'") continue;
    const close = tag.indexOf(quote, at + 1);
    if (close < 0) break;
    if (name !== '') attributes[name] = decodeText(tag.slice(at + 1, close));
    at = close + 1;
  }
  return attributes;
}

function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** Target of a relationship of xl/workbook.xml as a zip path. */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const path: string[] = [];
  for (const part of parts) {
    if (part === '..') path.pop();
    else if (part !== '.' && part !== '') path.push(part);
  }
  return path.join('/');
}

async function readXlsx(file: Buffer, limits: SheetLimits): Promise<SheetCell[][]> {
  const entries = zipEntries(file);
  // the cheap refusal first: what the directory declares; the counting below catches a directory that lies
  const declared = [...entries.values()].reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxInflatedBytes)
    throw new Refused({ kind: 'inflated_too_large', max: limits.maxInflatedBytes, declared });
  const budget = new InflateBudget(limits.maxInflatedBytes);
  const part = (name: string) => {
    const entry = entries.get(name);
    return entry ? entryChunks(file, entry, budget) : undefined;
  };

  const workbook = part('xl/workbook.xml');
  if (!workbook) throw unreadable('no xl/workbook.xml: not a spreadsheet');
  let firstSheetId: string | undefined;
  await scanXml(workbook, {
    open: (name, attributes) => {
      if (name !== 'sheet' || firstSheetId !== undefined) return;
      const id = Object.entries(attributes).find(([key]) => key.includes(':') && localName(key) === 'id');
      firstSheetId = id?.[1] ?? '';
    },
    close: () => undefined,
    text: () => undefined,
  });

  const targets = new Map<string, string>();
  let sharedStringsPath = 'xl/sharedStrings.xml';
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels) {
    await scanXml(rels, {
      open: (name, attributes) => {
        if (name !== 'Relationship' || !attributes.Target) return;
        targets.set(attributes.Id, partPath(attributes.Target));
        if ((attributes.Type ?? '').endsWith('/sharedStrings')) sharedStringsPath = partPath(attributes.Target);
      },
      close: () => undefined,
      text: () => undefined,
    });
  }
  const sheetPath =
    (firstSheetId && targets.get(firstSheetId)) ||
    [...entries.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).sort()[0];
  const sheet = sheetPath ? part(sheetPath) : undefined;
  if (firstSheetId === undefined || !sheet) return [];

  const shared: string[] = [];
  const strings = part(sharedStringsPath);
  if (strings) {
    let text: string[] | undefined;
    let inText = false;
    let phonetic = 0;
    await scanXml(strings, {
      open: (name, _, selfClosing) => {
        if (name === 'si') text = [];
        else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
        else if (name === 't' && !selfClosing) inText = phonetic === 0;
      },
      close: (name) => {
        if (name === 'si') shared.push((text ?? []).join(''));
        else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (name === 't') inText = false;
      },
      text: (value) => {
        if (inText) text?.push(value);
      },
    });
  }

  const rows: SheetCell[][] = [];
  let rowNumber = 0;
  let values: SheetCell[] = [];
  let cells = 0;
  let column = 0;
  let cellType = '';
  let cellText: string[] | undefined;
  let capture = false;
  await scanXml(sheet, {
    open: (name, attributes) => {
      if (name === 'row') {
        const r = Number(attributes.r);
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        if (rowNumber > limits.maxRows + 1) throw new Refused({ kind: 'too_many_rows', max: limits.maxRows });
        values = [];
        cells = 0;
        column = 0;
      } else if (name === 'c') {
        cells += 1;
        if (cells > MAX_SHEET_CELLS_PER_ROW)
          throw unreadable(`row ${rowNumber} has more than ${MAX_SHEET_CELLS_PER_ROW} cells`);
        const letters = /^[A-Z]+/i.exec(attributes.r ?? '')?.[0];
        column = letters ? columnIndex(letters) : column + 1;
        if (column > MAX_SHEET_COLUMN)
          throw unreadable(`cell ${(attributes.r ?? '').slice(0, 20)} is past column XFD (${MAX_SHEET_COLUMN})`);
        cellType = attributes.t ?? 'n';
        cellText = undefined;
      } else if (name === 'v' || (name === 't' && cellType === 'inlineStr')) {
        capture = true;
        cellText ??= [];
      }
    },
    close: (name) => {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'c') values[column - 1] = cellValue(cellType, cellText?.join(''), shared);
      else if (name === 'row') rows[rowNumber - 1] = values;
    },
    text: (value) => {
      if (capture) cellText?.push(value);
    },
  });
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}

function columnIndex(letters: string): number {
  if (letters.length > 3) return Infinity; // past XFD, however many letters follow
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

function cellValue(type: string, text: string | undefined, shared: string[]): SheetCell {
  if (text === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number(text)] ?? null;
    case 'inlineStr':
    case 'str':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd':
      return text.slice(0, 10);
    default: {
      const value = Number(text);
      return text.trim() !== '' && Number.isFinite(value) ? value : text;
    }
  }
}

// ---- the worker thread's entry ----

interface SheetJob {
  job: typeof SHEET_READER_WORKER;
  file: Uint8Array;
  format: 'xlsx' | 'csv';
  limits: SheetLimits;
}

const job = workerData as SheetJob | undefined;
if (!isMainThread && parentPort && job?.job === SHEET_READER_WORKER) {
  const port = parentPort;
  void readSheet(job.file, job.format, job.limits).then((reply) => port.postMessage(reply));
}
