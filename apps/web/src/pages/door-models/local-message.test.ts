import { describe, expect, it } from 'vitest';
import { localErrors, localMessage } from './local-message';

const at = (position: number) => `第 ${position} 个字符`;

describe('an api message in the screen’s language', () => {
  const unknown = {
    field: 'components[2].length',
    message: 'rule "下帽头 bottom rail": unknown variable "stileWidth" at character 7 / 未知变量',
    rule: '下帽头 bottom rail',
    position: 7,
  };

  it('keeps the English half in English', () => {
    expect(localMessage(unknown, 'en', at)).toBe(
      'rule "下帽头 bottom rail": unknown variable "stileWidth" at character 7',
    );
  });

  it('keeps the Chinese half in Chinese, with the names and the character the English gave', () => {
    expect(localMessage(unknown, 'zh-CN', at)).toBe('未知变量 “stileWidth”（第 7 个字符）');
    expect(localMessage({ field: 'code', message: 'is taken in this factory / 该编码已被使用' }, 'zh-CN', at)).toBe(
      '该编码已被使用',
    );
    // a quoted name the Chinese already says is not said twice
    expect(localMessage({ field: 'x', message: 'expected ")" / 缺少 ")"' }, 'zh-CN', at)).toBe('缺少 ")"');
  });

  it('leaves a message of one language as it is', () => {
    expect(
      localMessage({ field: 'nameZh', message: 'nameZh must be longer than or equal to 1 characters' }, 'zh-CN', at),
    ).toBe('nameZh must be longer than or equal to 1 characters');
  });

  it('turns every error of a problem', () => {
    expect(localErrors({ detail: 'd', errors: [unknown] }, 'zh-CN', at).errors?.[0].message).toBe(
      '未知变量 “stileWidth”（第 7 个字符）',
    );
  });
});
