import { describe, expect, it } from 'vitest';
import { localMessage } from './api-message';

describe(localMessage.name, () => {
  it('shows the half of the api’s bilingual sentence in the screen’s language', () => {
    const text = '2000 is outside the process range 600–1100 of PD-SS01 / 不在工艺范围 600–1100';
    expect(localMessage(text, 'zh-CN')).toBe('不在工艺范围 600–1100');
    expect(localMessage(text, 'en')).toBe('2000 is outside the process range 600–1100 of PD-SS01');
    expect(localMessage('"a / b" is not a number / 必须是数字', 'en')).toBe('"a / b" is not a number');
  });

  it('leaves a sentence in one language, or a slash in data, as it is', () => {
    expect(localMessage('quantity must be a positive number', 'zh-CN')).toBe('quantity must be a positive number');
    expect(localMessage('"L / R" is not a swing', 'zh-CN')).toBe('"L / R" is not a swing');
  });
});
