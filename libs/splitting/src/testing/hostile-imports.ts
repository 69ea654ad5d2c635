/**
 * Order-import files built by hand, byte by byte: a sheet of any number of rows and a zip bomb, with the
 * sizes the zip declares true or false (issue 12, point 1). Used by the reader's tests, the e2e tests of
 * the import's limits and bench/abuse.bench.ts.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { REQUIRED_IMPORT_FIELDS } from '../domain/import-rows';

export interface ZipPart {
  name: string;
  /** Raw deflate data, or the plain content (deflated here). */
  content: Buffer;
  /** When content is already deflated: its inflated size and CRC. */
  inflated?: { size: number; crc: number };
  /** What the zip says the part inflates to; the truth when absent. */
  declaredSize?: number;
}

/** A zip archive (deflate, no zip64) of the given parts. */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = part.inflated ? part.content : deflateRawSync(part.content);
    const size = part.inflated?.size ?? part.content.length;
    const crc = part.inflated?.crc ?? crc32(part.content);
    const declared = Math.min(part.declaredSize ?? size, 0xfffffffe);
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '</Types>',
);
const ROOT_RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>',
);
const WORKBOOK = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheets><sheet name="orders" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const WORKBOOK_RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '</Relationships>',
);
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

function workbookWith(sheet: Omit<ZipPart, 'name'>, lie: boolean): Buffer {
  const small = (name: string, content: Buffer): ZipPart => ({ name, content, declaredSize: lie ? 100 : undefined });
  return zip([
    small('[Content_Types].xml', CONTENT_TYPES),
    small('_rels/.rels', ROOT_RELS),
    small('xl/workbook.xml', WORKBOOK),
    small('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    { name: 'xl/worksheets/sheet1.xml', ...sheet, declaredSize: lie ? 1000 : undefined },
  ]);
}

/** The required columns, by their field names (which headers may be): the first row of every generated import file. */
export const IMPORT_HEADER: readonly string[] = REQUIRED_IMPORT_FIELDS;

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Rows of valid-looking order lines (after a header row), as .xlsx with inline strings. */
export function manyRowsXlsx(rows: number, options: { lieAboutSizes?: boolean } = {}): Buffer {
  const xml: string[] = [
    SHEET_START,
    `<row r="1">${IMPORT_HEADER.map((h, i) => inline(`${'ABCDEFGHI'[i]}1`, h)).join('')}</row>`,
  ];
  for (let r = 2; r <= rows + 1; r += 1) {
    xml.push(
      `<row r="${r}">${inline(`A${r}`, `SO-${r}`)}${inline(`B${r}`, 'Customer')}${inline(`C${r}`, 'PD-LVL01')}` +
        `<c r="D${r}"><v>900</v></c><c r="E${r}"><v>2100</v></c><c r="F${r}"><v>120</v></c>` +
        `${inline(`G${r}`, 'left-in')}${inline(`H${r}`, 'OAK')}<c r="I${r}"><v>1</v></c></row>`,
    );
  }
  xml.push(SHEET_END);
  return workbookWith({ content: Buffer.from(xml.join('')) }, options.lieAboutSizes ?? false);
}

/** An .xlsx whose first sheet's sheetData is the given XML, as written (hostile cells and tags). */
export function sheetXlsx(sheetData: string): Buffer {
  return workbookWith({ content: Buffer.from(SHEET_START + sheetData + SHEET_END) }, false);
}

/** The same rows as .csv. */
export function manyRowsCsv(rows: number): Buffer {
  const lines = [IMPORT_HEADER.join(',')];
  for (let r = 2; r <= rows + 1; r += 1) lines.push(`SO-${r},Customer,PD-LVL01,900,2100,120,left-in,OAK,1`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/**
 * An .xlsx whose sheet inflates to `megabytes` MB of blanks from about 1 KB a MB: one fully flushed
 * deflate block of 1 MB, repeated (no back-reference crosses a full flush), then an empty final block.
 */
export function zipBomb(megabytes: number, options: { lieAboutSizes?: boolean } = {}): Buffer {
  const start = Buffer.from(SHEET_START);
  const blanks = Buffer.alloc(1024 * 1024, ' ');
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const block = flushed(blanks);
  let crc = crc32(start);
  for (let i = 0; i < megabytes; i += 1) crc = crc32(blanks, crc);
  const content = Buffer.concat([
    flushed(start),
    ...Array.from({ length: megabytes }, () => block),
    deflateRawSync(Buffer.from(SHEET_END)),
  ]);
  crc = crc32(Buffer.from(SHEET_END), crc);
  return workbookWith(
    { content, inflated: { size: start.length + megabytes * blanks.length + SHEET_END.length, crc } },
    options.lieAboutSizes ?? false,
  );
}
