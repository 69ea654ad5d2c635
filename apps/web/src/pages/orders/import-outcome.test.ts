import { describe, expect, it } from 'vitest';
import { importErrorRows, importRefusal, importWarningRows } from './import-outcome';

describe('the import outcome', () => {
  it('lists warnings of whole columns first, then those of single cells by row', () => {
    const rows = importWarningRows({
      warnings: [
        { column: 'K', header: '顶窗', row: 4, message: 'PD-MY01 has no input 顶窗 / 门型 PD-MY01 没有 顶窗，未导入' },
        { column: 'J', header: '单价', message: 'column J 单价 is not imported / 未导入的列 J 单价' },
        { column: 'K', header: '顶窗', row: 3, message: 'x / 甲' },
      ],
    });
    expect(rows.map((r) => [r.column, r.row])).toEqual([
      ['J', null],
      ['K', 3],
      ['K', 4],
    ]);
  });

  it('titles the known fields, the whole row for a rule, and shows a model input’s column as the file headed it', () => {
    const rows = importErrorRows({
      errors: [
        { row: 5, field: '顶窗', message: 'transom must be yes or no / 是否有顶窗请填 是 或 否' },
        { row: 5, field: 'line', message: 'rule / 规则' },
        { row: 3, field: 'dueDate', message: 'differs / 不一致' },
      ],
    });
    expect(rows.map((r) => [r.row, r.field, r.column])).toEqual([
      [3, 'dueDate', 'orders.dueDate'],
      [5, '顶窗', null],
      [5, 'line', 'orders.import.wholeLine'],
    ]);
  });

  it('keeps the table of a rejected file, with its count', () => {
    const refusal = importRefusal({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      detail: '2 problem(s)',
      code: 'order_import.rejected',
      errors: [
        { row: 2, field: 'width', message: 'a' },
        { row: 3, field: 'swing', message: 'b' },
      ],
    } as Parameters<typeof importRefusal>[0]);
    expect(refusal).toMatchObject({ text: 'orders.import.rejected', values: { n: 2 } });
    expect(refusal.rows).toHaveLength(2);
  });
});
