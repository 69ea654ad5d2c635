import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { i18n } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import { REFUSAL_TEXT, refusalText } from './warehouse-common';

const t = (lang: string) => (key: MessageKey, values?: Record<string, unknown>) => i18n.getFixedT(lang)(key, values);

function refused(code: string, params: Record<string, unknown> = {}) {
  return new ApiError({
    type: 't',
    title: 'x',
    status: 422,
    code: code as never,
    detail: 'english only / 中文',
    requestId: 'r',
    params,
  } as never);
}

describe('refusals of the stores screens', () => {
  it.each([
    'stock.fractional_quantity',
    'remnant.larger_than_stock',
    'remnant.run_not_succeeded',
    'remnant.reserved',
    'remnant.not_receivable',
    'pick_list.over_issue_reason',
    'pick_list.beyond_need',
    'pick_list.complete',
    'pick_list.other_run',
  ])('says %s in the screen’s language, not the api’s two-language detail', (code) => {
    expect(REFUSAL_TEXT[code as keyof typeof REFUSAL_TEXT]).toBeDefined();
    const zh = refusalText(refused(code), t('zh-CN'));
    const en = refusalText(refused(code), t('en'));
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toContain('english only');
  });

  it('fills in the facts the api gave: the material a remnant is too large for, the materials no item takes', () => {
    expect(refusalText(refused('remnant.larger_than_stock', { material: 'HDF-8' }), t('zh-CN'))).toContain('HDF-8');
    const materials = [
      { material: 'MDF-18', problem: 'no item' },
      { material: 'PINE-40', problem: 'too large' },
    ];
    expect(refusalText(refused('remnant.not_receivable', { materials }), t('en'))).toContain('MDF-18, PINE-40');
  });
});
