import ExcelJS from 'exceljs';
import { IMPORT_TEMPLATE_COLUMNS, type ImportedLine, type TemplateInputColumn } from '../domain/import-rows';

/** Rows of the sheet that carry the inputs' validation: far more than one dealer's order. */
const VALIDATED_ROWS = 1000;
const LISTS_SHEET = '选项';

type Validation = ExcelJS.DataValidation;
/** exceljs keeps range validations in a model its typings do not declare. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: Validation): void } };

/**
 * The order import's template: one sheet, the Chinese headers the import reads (required ones in bold on a
 * tinted cell) and one example row. Built from IMPORT_TEMPLATE_COLUMNS, the import's own header list, then a
 * model's inputs: each with a note on its header and Excel's data validation (a list of an enum's Chinese
 * labels, 是/否 for a boolean, the range of a number), so a dealer picks rather than types.
 */
export async function importTemplate(
  example: Omit<ImportedLine, 'row'>,
  inputs: readonly TemplateInputColumn[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('订单', { views: [{ state: 'frozen', ySplit: 1 }] }) as WithValidations;
  sheet.columns = [
    ...IMPORT_TEMPLATE_COLUMNS.map(({ header, field }) => ({ header, key: field, width: 14 })),
    ...inputs.map(({ header, input }) => ({ header, key: `input:${input.name}`, width: 14 })),
  ];
  IMPORT_TEMPLATE_COLUMNS.forEach(({ required }, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.font = { bold: required };
    if (required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  // enum labels go on a hidden sheet: an inline list breaks on a comma in a label and stops at 255 characters
  const lists = inputs.some((c) => c.input.type === 'enum')
    ? workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' })
    : undefined;
  let listColumn = 0;
  inputs.forEach(({ input }, at) => {
    const column = sheet.getColumn(IMPORT_TEMPLATE_COLUMNS.length + at + 1);
    const letter = column.letter;
    const headerCell = sheet.getRow(1).getCell(column.number);
    headerCell.font = { bold: input.default === undefined };
    headerCell.note = `${input.labelZh} / ${input.labelEn} (${input.name})${describe(input)}`;
    let validation: Validation | undefined;
    if (input.type === 'enum' && lists) {
      listColumn += 1;
      const labels = (input.options ?? []).map((o) => o.labelZh);
      labels.forEach((label, row) => (lists.getRow(row + 1).getCell(listColumn).value = label));
      const listLetter = lists.getColumn(listColumn).letter;
      validation = {
        type: 'list',
        formulae: [`'${LISTS_SHEET}'!$${listLetter}$1:$${listLetter}$${Math.max(labels.length, 1)}`],
      };
    } else if (input.type === 'boolean') {
      validation = { type: 'list', formulae: ['"是,否"'] };
    } else if (input.type === 'number' && (input.min !== undefined || input.max !== undefined)) {
      validation =
        input.min !== undefined && input.max !== undefined
          ? { type: 'decimal', operator: 'between', formulae: [input.min, input.max] }
          : input.min !== undefined
            ? { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [input.min] }
            : { type: 'decimal', operator: 'lessThanOrEqual', formulae: [input.max] };
    }
    if (!validation) return;
    sheet.dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
      ...validation,
      allowBlank: input.default !== undefined,
      showInputMessage: true,
      promptTitle: input.labelZh.slice(0, 32),
      prompt: describe(input).replace(/^: /, '').slice(0, 255),
      showErrorMessage: true,
      errorTitle: input.labelZh.slice(0, 32),
      error: `${input.labelZh}: ${describe(input).replace(/^: /, '')}`.slice(0, 255),
    });
  });
  const row = sheet.addRow(example);
  inputs.forEach(({ example: value }, at) => (row.getCell(IMPORT_TEMPLATE_COLUMNS.length + at + 1).value = value));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What a dealer may write in an input's column, in words for the header note and the validation prompt. */
function describe(input: TemplateInputColumn['input']): string {
  switch (input.type) {
    case 'enum':
      return `: ${(input.options ?? []).map((o) => o.labelZh).join(' / ')}`;
    case 'boolean':
      return ': 是 / 否';
    case 'number': {
      const unit = input.unit ? ` ${input.unit}` : '';
      return `: ${input.min ?? '…'}–${input.max ?? '…'}${unit}`;
    }
    case 'text':
      return ': 文本 / text';
  }
}
