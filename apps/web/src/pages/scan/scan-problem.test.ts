import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { problemText } from './scan-problem';

const say = (body: unknown) => {
  const text = problemText(body);
  return 'detail' in text ? text.detail : i18n.t(text.key, text.values);
};

describe(problemText.name, () => {
  it('says what the api refused in the screen’s words, with its facts', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(
      say({
        code: 'stock.insufficient',
        params: { available: 3, requested: 10, item: 'HDF-8', location: 'A-02', lot: '' },
      }),
    ).toBe('库存不足：HDF-8 在 A-02 仅有 3，需要 10');
    expect(say({ code: 'resource.not_found', params: { resource: 'item', key: 'X-1' } })).toBe('条码 X-1 不是已知物料');
    await i18n.changeLanguage('en');
    expect(
      say({
        code: 'stock.insufficient',
        params: { available: 1, requested: 2, item: 'VENEER-OAK', location: 'C-01', lot: 'V-1' },
      }),
    ).toBe('Not enough stock: VENEER-OAK (lot V-1) at C-01 has 1, 2 asked');
    expect(say({ code: 'stock.lot_required', params: { rules: ['stock.lot_required'] } })).toBe(
      'The item is lot-tracked: scan its lot',
    );
  });

  it('says why an over-issue or a fraction was refused, with what the pick list still needs', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(
      say({ code: 'pick_list.beyond_need', params: { item: 'VENEER-OAK', remaining: 16.558, requested: 20 } }),
    ).toBe('超出领料单需求：VENEER-OAK 还需 16.558，本次 20');
    expect(say({ code: 'pick_list.over_issue_reason', params: { length: 1, min: 2, max: 200 } })).toBe(
      '超领原因需 2 至 200 个字',
    );
    expect(say({ code: 'stock.fractional_quantity', params: { item: 'HDF-8', unit: 'sheet', quantity: 1.5 } })).toBe(
      'HDF-8 按整数计量，数量 1.5 不能有小数',
    );
  });

  it('falls back to the api’s own detail for a code it has no words for, and to a plain refusal without one', async () => {
    await i18n.changeLanguage('en');
    expect(say({ code: 'request.validation_failed', detail: 'quantity must be positive' })).toBe(
      'quantity must be positive',
    );
    expect(say(null)).toBe('Refused');
  });
});
