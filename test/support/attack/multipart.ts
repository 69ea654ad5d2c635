import type { Random } from './random';

export interface RawBody {
  label: string;
  contentType: string;
  body: Buffer;
}

const CSV_HEADER = 'orderNo,customer,productCode,width,height,wallThickness,swing,finish,quantity,room,note\r\n';

interface Part {
  name?: string;
  filename?: string;
  type?: string;
  content: Buffer | string;
}

function form(boundary: string, parts: Part[], close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.name === undefined
        ? ''
        : `Content-Disposition: form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${disposition}${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.from(part.content));
    chunks.push(Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/**
 * Broken uploads for an operation that takes multipart/form-data: framing errors, empty and mislabelled
 * files, and spreadsheets whose cells are hostile. `xlsx` is a real workbook of hostile cells (made once).
 */
export function multipartBodies(rng: Random, fileField: string, xlsx: Buffer, productCode: string): RawBody[] {
  const b = `----attack${rng.int(1e9)}`;
  const mp = (boundary = b) => `multipart/form-data; boundary=${boundary}`;
  const csv = (rows: string[]) => CSV_HEADER + rows.map((r) => `${r}\r\n`).join('');
  const row = (orderNo: string, extra: Partial<Record<'customer' | 'width' | 'swing' | 'finish', string>> = {}) =>
    [
      orderNo,
      extra.customer ?? '客户',
      productCode,
      extra.width ?? '900',
      '2100',
      '120',
      extra.swing ?? 'left-in',
      extra.finish ?? 'OAK',
      '1',
      '',
      '',
    ].join(',');
  const goodCsv = csv([row(`ATK-IMP-${rng.int(1e9)}`)]);
  const file = (content: Buffer | string, filename = 'orders.csv', type = 'text/csv'): Part => ({
    name: fileField,
    filename,
    type,
    content,
  });
  const zipJunk = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 0xa5)]);
  return [
    { label: 'no boundary', contentType: 'multipart/form-data', body: form(b, [file(goodCsv)]) },
    { label: 'no closing boundary', contentType: mp(), body: form(b, [file(goodCsv)], false) },
    {
      label: 'closing boundary cut in half',
      contentType: mp(),
      body: Buffer.concat([form(b, [file(goodCsv)], false), Buffer.from(`--${b.slice(0, 5)}`)]),
    },
    { label: 'boundary mismatch', contentType: mp('other-boundary'), body: form(b, [file(goodCsv)]) },
    { label: 'empty body', contentType: mp(), body: Buffer.alloc(0) },
    { label: 'garbage body', contentType: mp(), body: Buffer.from('this is not multipart at all') },
    { label: 'empty file', contentType: mp(), body: form(b, [file('')]) },
    { label: 'empty .xlsx', contentType: mp(), body: form(b, [file('', 'orders.xlsx', 'application/octet-stream')]) },
    {
      label: 'csv named .exe',
      contentType: mp(),
      body: form(b, [file(goodCsv, 'orders.exe', 'application/x-msdownload')]),
    },
    {
      label: 'csv named .xlsx',
      contentType: mp(),
      body: form(b, [file(goodCsv, 'orders.xlsx', 'application/vnd.ms-excel')]),
    },
    { label: 'zip junk named .xlsx', contentType: mp(), body: form(b, [file(zipJunk, 'orders.xlsx')]) },
    { label: 'zip junk named .csv', contentType: mp(), body: form(b, [file(zipJunk)]) },
    {
      label: 'xlsx cut in half',
      contentType: mp(),
      body: form(b, [file(xlsx.subarray(0, xlsx.length >> 1), 'orders.xlsx')]),
    },
    { label: 'hostile xlsx', contentType: mp(), body: form(b, [file(xlsx, 'orders.xlsx')]) },
    { label: 'no extension', contentType: mp(), body: form(b, [file(goodCsv, 'orders')]) },
    { label: 'no filename', contentType: mp(), body: form(b, [{ name: fileField, content: goodCsv }]) },
    { label: 'filename traversal', contentType: mp(), body: form(b, [file(goodCsv, '../../../etc/passwd.csv')]) },
    { label: 'filename with NUL', contentType: mp(), body: form(b, [file(goodCsv, 'orders\u0000.csv')]) },
    { label: 'filename 5000 chars', contentType: mp(), body: form(b, [file(goodCsv, `${'门'.repeat(5000)}.csv`)]) },
    {
      label: 'file under another field name',
      contentType: mp(),
      body: form(b, [{ ...file(goodCsv), name: 'upload' }]),
    },
    { label: 'only a text field', contentType: mp(), body: form(b, [{ name: 'note', content: 'hello' }]) },
    { label: 'two files', contentType: mp(), body: form(b, [file(goodCsv), file(goodCsv, 'second.csv')]) },
    { label: 'part without disposition', contentType: mp(), body: form(b, [{ content: goodCsv, type: 'text/csv' }]) },
    {
      label: 'boundary of 200 characters',
      contentType: mp('x'.repeat(200)),
      body: form('x'.repeat(200), [file(goodCsv)]),
    },
    { label: 'quoted boundary', contentType: `multipart/form-data; boundary="${b}"`, body: form(b, [file(goodCsv)]) },
    {
      label: 'csv: 9,000-character order number',
      contentType: mp(),
      body: form(b, [file(csv([row('N'.repeat(9000))]))]),
    },
    {
      label: 'csv: 300 KB customer',
      contentType: mp(),
      body: form(b, [file(csv([row(`ATK-IMP-${rng.int(1e9)}`, { customer: '客'.repeat(100_000) })]))]),
    },
    {
      label: 'csv: NUL and control characters',
      contentType: mp(),
      body: form(b, [file(csv([row(`ATK\u0000${rng.int(1e9)}`, { customer: 'a\u0000b\u0007', swing: '\u0000' })]))]),
    },
    {
      label: 'csv: exponent and huge widths',
      contentType: mp(),
      body: form(b, [
        file(csv(['1e308', '1e-7', '-0', 'NaN'].map((w, i) => row(`ATK-E${i}-${rng.int(1e9)}`, { width: w })))),
      ]),
    },
    {
      label: 'csv: 200-character swing and finish',
      contentType: mp(),
      body: form(b, [file(csv([row(`ATK-S-${rng.int(1e9)}`, { swing: 's'.repeat(200), finish: 'f'.repeat(200) })]))]),
    },
    {
      label: 'csv: unbalanced quotes',
      contentType: mp(),
      body: form(b, [file(`${CSV_HEADER}"ATK-Q,"客户,${productCode},900,2100,120,left-in,OAK,1,,\r\n"`)]),
    },
    { label: 'csv: header only', contentType: mp(), body: form(b, [file(CSV_HEADER)]) },
    {
      label: 'csv: 6,000 rows',
      contentType: mp(),
      body: form(b, [file(csv(Array.from({ length: 6000 }, (_, i) => row(`ATK-R${i}`))))]),
    },
    {
      label: 'csv: binary bytes',
      contentType: mp(),
      body: form(b, [file(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc, 0x0a]))]),
    },
    {
      label: 'json sent to the upload route',
      contentType: 'application/json',
      body: Buffer.from('{"file":"orders.csv"}'),
    },
    {
      label: 'form-urlencoded sent to the upload route',
      contentType: 'application/x-www-form-urlencoded',
      body: Buffer.from('file=x&__proto__[a]=1'),
    },
  ];
}

/** A workbook of hostile cells (formulas, exponent numbers, very long text), made once per run. */
export async function hostileWorkbook(productCode: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('orders');
  sheet.addRow(CSV_HEADER.trim().split(','));
  sheet.addRow(['ATK-X1', '=HYPERLINK("http://x","y")', productCode, 1e308, 2100, 120, 'left-in', 'OAK', 1, '', '']);
  sheet.addRow(['ATK-X2', 'c'.repeat(40_000), productCode, 1e-7, -0, 120, 'left-in', 'OAK', 1e9, '', '']);
  sheet.addRow([
    { formula: '1/0' },
    { formula: 'A1' },
    productCode,
    { formula: 'NOW()' },
    2100,
    120,
    'x',
    'y',
    1,
    '',
    '',
  ]);
  sheet.addRow([new Date(0), true, productCode, 'NaN', 2100, 120, 'left-in', 'OAK', -1, '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
