import { describe, expect, it } from 'vitest';
import { bilingualHalves, localErrors, localMessage, reasonInLanguage, ruleMessage } from './localized-message';

const t = (key: string, values?: Record<string, unknown>) => `${key}(${String(values?.n)})`;
const at = (position: number) => `第 ${position} 个字符`;

describe(bilingualHalves.name, () => {
  it('splits at the last ` / ` whose right side is Chinese', () => {
    expect(bilingualHalves('"a / b" is not a number / 必须是数字')).toEqual({
      english: '"a / b" is not a number',
      chinese: '必须是数字',
    });
  });

  it('finds no halves in one language or in data', () => {
    expect(bilingualHalves('something new')).toBeNull();
    expect(bilingualHalves('"L / R" is not a swing')).toBeNull();
    expect(bilingualHalves(' / 中文')).toBeNull();
  });
});

describe(localMessage.name, () => {
  it('shows the half of the api’s bilingual sentence in the screen’s language', () => {
    const text = '2500 is outside the process range 600–2400 of PD-LVL01 / 不在工艺范围 600–2400';
    expect(localMessage(text, 'zh-CN', t)).toBe('不在工艺范围 600–2400');
    expect(localMessage(text, 'en', t)).toBe('2500 is outside the process range 600–2400 of PD-LVL01');
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

describe(ruleMessage.name, () => {
  const unknown = {
    field: 'components[2].length',
    message: 'rule "下帽头 bottom rail": unknown variable "stileWidth" at character 7 / 未知变量',
    rule: '下帽头 bottom rail',
    position: 7,
  };

  it('keeps the English half in English', () => {
    expect(ruleMessage(unknown, 'en', at)).toBe(
      'rule "下帽头 bottom rail": unknown variable "stileWidth" at character 7',
    );
  });

  it('keeps the Chinese half in Chinese, with the names and the character the English gave', () => {
    expect(ruleMessage(unknown, 'zh-CN', at)).toBe('未知变量 “stileWidth”（第 7 个字符）');
    expect(ruleMessage({ field: 'code', message: 'is taken in this factory / 该编码已被使用' }, 'zh-CN', at)).toBe(
      '该编码已被使用',
    );
    // a quoted name the Chinese already says is not said twice
    expect(ruleMessage({ field: 'x', message: 'expected ")" / 缺少 ")"' }, 'zh-CN', at)).toBe('缺少 ")"');
  });

  it('leaves a message of one language as it is', () => {
    expect(
      ruleMessage({ field: 'nameZh', message: 'nameZh must be longer than or equal to 1 characters' }, 'zh-CN', at),
    ).toBe('nameZh must be longer than or equal to 1 characters');
  });

  it('turns every error of a problem', () => {
    expect(localErrors({ detail: 'd', errors: [unknown] }, 'zh-CN', at).errors?.[0].message).toBe(
      '未知变量 “stileWidth”（第 7 个字符）',
    );
  });
});

describe(reasonInLanguage.name, () => {
  it('takes the side of the language from an `English / 中文` text', () => {
    const reason = 'the orders were edited during the split; run it again / 订单在拆单期间被修改，请重新拆单';
    expect(reasonInLanguage(reason, 'zh-CN')).toBe('订单在拆单期间被修改，请重新拆单');
    expect(reasonInLanguage(reason, 'en')).toBe('the orders were edited during the split; run it again');
  });

  it('keeps the facts only the English side names (codes, numbers) with the Chinese side', () => {
    const reason = 'material NO-SUCH-MAT: not defined; add it under materials / 未定义材料';
    expect(reasonInLanguage(reason, 'zh-CN')).toBe('未定义材料（NO-SUCH-MAT）');
    expect(reasonInLanguage(reason, 'en')).toBe('material NO-SUCH-MAT: not defined; add it under materials');
    expect(reasonInLanguage('5200 doors in one run; at most 5000 / 单次拆单门数过多', 'zh-CN')).toBe(
      '单次拆单门数过多（5200，5000）',
    );
  });

  it('keeps the whole text when it is not two such sides', () => {
    const nested = 'order SO-1 (when the split started / 拆单开始时): cancelled / 订单已取消 [order.not_splittable]';
    expect(reasonInLanguage(nested, 'en')).toBe(nested);
    expect(reasonInLanguage('worker lost', 'zh-CN')).toBe('worker lost');
    expect(reasonInLanguage('A / B', 'zh-CN')).toBe('A / B');
    expect(reasonInLanguage('门 A / 门', 'en')).toBe('门 A / 门');
  });
});
