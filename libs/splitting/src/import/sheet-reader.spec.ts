import ExcelJS from 'exceljs';
import { manyRowsCsv, manyRowsXlsx, zip, zipBomb } from '../testing/hostile-imports';
import { readSheet } from './sheet-reader';

const LIMITS = { maxRows: 100, maxInflatedBytes: 4 * 1024 * 1024 };

describe(readSheet.name, () => {
  it('reads .csv as text cells: quotes, doubled quotes, commas and line breaks inside quotes, CRLF, a BOM', async () => {
    const csv = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\n\n1,,3';
    expect(await readSheet(Buffer.from(csv), 'csv', LIMITS)).toEqual({
      rows: [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines'], [''], ['1', '', '3']],
    });
    expect(await readSheet(Buffer.from('"open'), 'csv', LIMITS)).toMatchObject({ refusal: { kind: 'unreadable' } });
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
});
