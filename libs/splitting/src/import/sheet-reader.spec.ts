import ExcelJS from 'exceljs';
import { manyRowsCsv, manyRowsXlsx, sheetXlsx, zip, zipBomb } from '../testing/hostile-imports';
import { MAX_TAG_CHARS, readSheet } from './sheet-reader';
import { readSheetInThread } from './sheet-reader.thread';
import { refusalOf } from '../order-import.service';

const LIMITS = { maxRows: 100, maxInflatedBytes: 4 * 1024 * 1024 };

describe(readSheet.name, () => {
  it('reads .csv as text cells: quotes, doubled quotes, commas and line breaks inside quotes, CRLF, a BOM', async () => {
    const csv = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n\n1,,3';
    expect(await readSheet(Buffer.from(csv), 'csv', LIMITS)).toEqual({
      rows: [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines'], [''], ['1', '', '3']],
    });
    expect(await readSheet(Buffer.from('"open'), 'csv', LIMITS)).toMatchObject({ refusal: { kind: 'unreadable' } });
  });

  it('reads a .csv a Chinese Excel saved in GBK, and UTF-8 without a BOM as UTF-8', async () => {
    // 订单号,客户 / 江山某装饰公司,左内开 as GBK bytes (what "save as CSV" writes on a Chinese Windows)
    const gbk = Buffer.from([
      182, 169, 181, 165, 186, 197, 44, 191, 205, 187, 167, 10, 189, 173, 201, 189, 196, 179, 215, 176, 202, 206, 185,
      171, 203, 190, 44, 215, 243, 196, 218, 191, 170,
    ]);
    const rows = [
      ['订单号', '客户'],
      ['江山某装饰公司', '左内开'],
    ];
    expect(await readSheet(gbk, 'csv', LIMITS)).toEqual({ rows });
    expect(await readSheet(Buffer.from('订单号,客户\n江山某装饰公司,左内开'), 'csv', LIMITS)).toEqual({ rows });
  });

  it('stops at the first row past the cap, for .csv and .xlsx', async () => {
    expect(await readSheet(manyRowsCsv(100), 'csv', LIMITS)).toHaveProperty('rows');
    expect(await readSheet(manyRowsCsv(101), 'csv', LIMITS)).toEqual({ refusal: { kind: 'too_many_rows', max: 100 } });
    expect(await readSheet(manyRowsXlsx(100), 'xlsx', LIMITS)).toHaveProperty('rows');
    expect(await readSheet(manyRowsXlsx(101), 'xlsx', LIMITS)).toEqual({
      refusal: { kind: 'too_many_rows', max: 100 },
    });
  });

  it('reads what exceljs writes: shared and inline strings, rich text, numbers, formulas, booleans, gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('first');
    sheet.addRow(['订单号', 'width', 'note']);
    sheet.addRow(['SO-1 & <2>', 900, { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] }]);
    sheet.getCell('A4').value = { formula: 'B2*2', result: 1800 };
    sheet.getCell('C4').value = true;
    sheet.getCell('E4').value = '007';
    workbook.addWorksheet('second').addRow(['not read']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readSheet(file, 'xlsx', LIMITS)).toEqual({
      rows: [
        ['订单号', 'width', 'note'],
        ['SO-1 & <2>', 900, 'rich text'],
        [],
        [1800, undefined, true, undefined, '007'],
      ],
    });
  });

  it('refuses a zip bomb from its declared sizes, and by counting the inflated bytes when they lie', async () => {
    expect(await readSheet(zipBomb(8), 'xlsx', LIMITS)).toEqual({
      refusal: { kind: 'inflated_too_large', max: LIMITS.maxInflatedBytes, declared: expect.any(Number) },
    });
    expect(await readSheet(zipBomb(8, { lieAboutSizes: true }), 'xlsx', LIMITS)).toEqual({
      refusal: { kind: 'inflated_too_large', max: LIMITS.maxInflatedBytes },
    });
  });

  it('answers unreadable for what is not a spreadsheet', async () => {
    expect(await readSheet(Buffer.from('not a zip'), 'xlsx', LIMITS)).toMatchObject({
      refusal: { kind: 'unreadable' },
    });
    const noWorkbook = zip([{ name: 'hello.txt', content: Buffer.from('hi') }]);
    expect(await readSheet(noWorkbook, 'xlsx', LIMITS)).toMatchObject({ refusal: { kind: 'unreadable' } });
  });

  it('refuses a cell past column XFD and a row of more than 256 cells, naming them, without building the row', async () => {
    const far = sheetXlsx('<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZZZ1"><v>2</v></c></row>');
    expect(await readSheet(far, 'xlsx', LIMITS)).toEqual({
      refusal: { kind: 'unreadable', reason: 'cell ZZZZZZ1 is past column XFD (16384)' },
    });
    const justPast = sheetXlsx('<row r="1"><c r="XFE1"><v>2</v></c></row>');
    expect(await readSheet(justPast, 'xlsx', LIMITS)).toMatchObject({ refusal: { kind: 'unreadable' } });
    const last = sheetXlsx('<row r="1"><c r="XFD1"><v>2</v></c></row>');
    expect(await readSheet(last, 'xlsx', LIMITS)).toHaveProperty('rows');
    const wide = sheetXlsx(`<row r="1">${'<c><v>1</v></c>'.repeat(257)}</row>`);
    expect(await readSheet(wide, 'xlsx', LIMITS)).toEqual({
      refusal: { kind: 'unreadable', reason: 'row 1 has more than 256 cells' },
    });
    expect(await readSheet(sheetXlsx(`<row r="1">${'<c><v>1</v></c>'.repeat(256)}</row>`), 'xlsx', LIMITS)).toEqual({
      rows: [Array.from({ length: 256 }, () => 1)],
    });
  });

  it('refuses a .csv row of more than 256 columns (a header of a million commas) at its 257th', async () => {
    expect(await readSheet(Buffer.from(`a,b\n${','.repeat(1_000_000)}\n`), 'csv', LIMITS)).toEqual({
      refusal: { kind: 'unreadable', reason: 'row 2 has more than 256 columns' },
    });
    expect(await readSheet(Buffer.from(`${'x,'.repeat(255)}x\n`), 'csv', LIMITS)).toEqual({
      rows: [Array.from({ length: 256 }, () => 'x')],
    });
  });

  it('reads attributes in one pass: a huge tag without `=` is refused at once, one under the cap is read', async () => {
    // 600,000 characters with no `=`: the former regex backtracked over every start, minutes of a thread
    const huge = sheetXlsx(`<row r="1" ${'a'.repeat(600_000)}><c r="A1"><v>1</v></c></row>`);
    expect(await readSheet(huge, 'xlsx', LIMITS)).toEqual({
      refusal: { kind: 'unreadable', reason: 'an XML tag longer than 16 KiB' },
    });
    const under = sheetXlsx(`<row ${'b'.repeat(MAX_TAG_CHARS - 100)} r="1"><c r="B1" t='str'><v>x</v></c></row>`);
    expect(await readSheet(under, 'xlsx', LIMITS)).toEqual({ rows: [[undefined, 'x']] });
    const odd = sheetXlsx(`<row r = "1" stray x:y='2' s="a>b"><c  r="C1"\n t="str" ><v>y</v></c></row>`);
    expect(await readSheet(odd, 'xlsx', LIMITS)).toEqual({ rows: [[undefined, undefined, 'y']] });
  });

  it('words running out of memory by format: the thread says out_of_memory, the .csv refusal never speaks of .xlsx', async () => {
    const csv = Buffer.from(`${'x,'.repeat(255)}x\n`.repeat(4000));
    const tiny = {
      resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1, stackSizeMb: 4 },
      timeoutMs: 30_000,
    };
    const reply = await readSheetInThread(csv, 'csv', { maxRows: 5000, maxInflatedBytes: 1 }, tiny);
    expect(reply).toEqual({ refusal: { kind: 'out_of_memory', maxHeapMb: 4 } });
    const csvError = refusalOf({ kind: 'out_of_memory', maxHeapMb: 4 }, 'csv');
    expect(csvError).toMatchObject({ code: 'order_import.file_too_large' });
    expect(csvError.message).toContain('.csv');
    expect(csvError.message).not.toContain('xlsx');
    expect(refusalOf({ kind: 'out_of_memory', maxHeapMb: 4 }, 'xlsx')).toMatchObject({
      code: 'order_import.inflated_too_large',
    });
  });
});
