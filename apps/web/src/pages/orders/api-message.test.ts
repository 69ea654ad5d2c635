import { describe, expect, it } from 'vitest';
import { localMessage } from './api-message';

const t = (key: string, values?: Record<string, unknown>) => `${key}(${String(values?.n)})`;

describe(localMessage.name, () => {
  it('shows the half of the api’s bilingual sentence in the screen’s language', () => {
    const text = '2000 is outside the process range 600–1100 of PD-SS01 / 不在工艺范围 600–1100';
    expect(localMessage(text, 'zh-CN', t)).toBe('不在工艺范围 600–1100');
    expect(localMessage(text, 'en', t)).toBe('2000 is outside the process range 600–1100 of PD-SS01');
    expect(localMessage('"a / b" is not a number / 必须是数字', 'en', t)).toBe('"a / b" is not a number');
  });

  it('says the api’s common English-only field checks in Chinese, with their limit', () => {
    expect(localMessage('quantity must be a positive number', 'zh-CN', t)).toBe('orders.check.positive(undefined)');
    expect(localMessage('quantity must not be greater than 10000', 'zh-CN', t)).toBe('orders.check.atMost(10000)');
    expect(localMessage('swing must be shorter than or equal to 40 characters', 'zh-CN', t)).toBe(
      'orders.check.tooLong(40)',
    );
    expect(localMessage('quantity must be a positive number', 'en', t)).toBe('quantity must be a positive number');
  });

  it('leaves any other sentence, or a slash in data, as it is', () => {
    expect(localMessage('something new', 'zh-CN', t)).toBe('something new');
    expect(localMessage('"L / R" is not a swing', 'zh-CN', t)).toBe('"L / R" is not a swing');
  });
});
