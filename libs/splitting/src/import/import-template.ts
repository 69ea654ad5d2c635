import ExcelJS from 'exceljs';
import { IMPORT_TEMPLATE_COLUMNS, type ImportedLine } from '../domain/import-rows';

/**
 * The order import's template: one sheet, the Chinese headers the import reads (required ones in bold on a
 * tinted cell) and one example row. Built from IMPORT_TEMPLATE_COLUMNS, the import's own header list.
 */
export async function importTemplate(example: Omit<ImportedLine, 'row'>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('订单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_TEMPLATE_COLUMNS.map(({ header, field }) => ({ header, key: field, width: 14 }));
  IMPORT_TEMPLATE_COLUMNS.forEach(({ required }, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.font = { bold: required };
    if (required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  sheet.addRow(example);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
