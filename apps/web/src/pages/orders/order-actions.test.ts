import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../api/client';
import { importErrorRows, importRefusal } from './import-outcome';
import { allows, refusalText } from './order-actions';

const problem = (over: Partial<ApiProblem>): ApiProblem =>
  ({
    type: '',
    title: '',
    status: 422,
    detail: 'the api says',
    instance: '/',
    requestId: 'r-1',
    ...over,
  }) as ApiProblem;

describe('order actions', () => {
  it('offer what the api’s state machine allows from each status', () => {
    expect(allows('draft', 'confirm')).toBe(true);
    expect(allows('confirmed', 'confirm')).toBe(false);
    expect(allows('confirmed', 'cancel')).toBe(true);
    expect(allows('cancelled', 'cancel')).toBe(false);
    expect(allows('in_production', 'edit')).toBe(false);
  });

  it('say a refusal in the screen’s words with the order’s status, else the api’s detail', () => {
    const t = (key: string, values?: Record<string, unknown>) => `${key}:${JSON.stringify(values)}`;
    const label = (status: string) => `<${status}>`;
    expect(refusalText(problem({ code: 'order.already_confirmed', params: { status: 'confirmed' } }), t, label)).toBe(
      'orders.refused.alreadyConfirmed:{"status":"<confirmed>","orderNo":""}',
    );
    expect(refusalText(problem({ code: 'request.validation_failed' }), t, label)).toBe('the api says');
  });
});

describe('import outcome', () => {
  it('lists a refused file’s problems by spreadsheet row, with the column’s title where it is known', () => {
    const rows = importErrorRows(
      problem({
        errors: [
          { row: 4, field: 'quantity', message: 'must be positive' },
          { row: 3, field: 'width', message: 'not a number' },
          { row: 3, field: 'mystery', message: '?' },
        ],
      }),
    );
    expect(rows.map((r) => [r.row, r.field, r.column])).toEqual([
      [3, 'width', 'orders.line.width'],
      [3, 'mystery', null],
      [4, 'quantity', 'orders.line.quantity'],
    ]);
  });

  it('says a busy importer, a too-large file and a lost connection in words, without a table', () => {
    expect(
      importRefusal(problem({ code: 'order_import.busy', status: 429, params: { retryAfterSeconds: 5 } })),
    ).toEqual({
      text: 'orders.import.busy',
      values: { seconds: 5 },
      rows: [],
      warnings: [],
    });
    expect(importRefusal(problem({ code: 'order_import.file_too_large', status: 413 })).text).toBe(
      'orders.import.tooLarge',
    );
    expect(importRefusal(null, 413).text).toBe('orders.import.tooLarge');
    expect(importRefusal(null).text).toBe('orders.import.failed');
    const rejected = importRefusal(
      problem({ code: 'order_import.rejected', errors: [{ row: 2, field: 'width', message: 'x' }] }),
    );
    expect(rejected).toMatchObject({ text: 'orders.import.rejected', values: { n: 1 } });
    expect(rejected.rows).toHaveLength(1);
    // a refused file also lists the columns it would not import
    const withWarnings = importRefusal({
      ...problem({ code: 'order_import.rejected', errors: [{ row: 2, field: 'width', message: 'x' }] }),
      warnings: [{ column: 'J', header: '单价', message: 'column J 单价 is not imported / 未导入的列 J 单价' }],
    });
    expect(withWarnings.warnings.map((w) => [w.column, w.header])).toEqual([['J', '单价']]);
  });
});
