import { describe, expect, it } from 'vitest';
import { doorTypeWords, optionPairs, optionWords } from './order-line-words';
import type { DoorModel, ModelInput } from './order-types';

const YES_NO = { yes: '是', no: '否' };
const DOOR_TYPE: ModelInput = {
  name: 'doorType',
  labelZh: '门类型',
  labelEn: 'Door type',
  type: 'enum',
  options: [
    { value: 'single', labelZh: '单开', labelEn: 'single' },
    { value: 'unequal_pair', labelZh: '子母门', labelEn: 'unequal pair' },
  ],
  default: 'single',
};
const CASING: ModelInput = {
  name: 'casing',
  labelZh: '门套线宽',
  labelEn: 'Casing width',
  type: 'enum',
  unit: 'mm',
  options: [{ value: '60', labelZh: '60mm', labelEn: '60 mm' }],
  default: '60',
};
const TRANSOM: ModelInput = { name: 'transom', labelZh: '是否有顶窗', labelEn: 'Transom', type: 'boolean' };
const FLOOR: ModelInput = { name: 'floorT', labelZh: '地板厚', labelEn: 'Floor', type: 'number', unit: 'mm' };
const SERIES = { doorType: 'single', inputs: [DOOR_TYPE, TRANSOM, CASING, FLOOR] } as unknown as DoorModel;

describe('a line’s inputs in words', () => {
  it('says an enum by its label, yes/no in words, a number with its unit', () => {
    expect(optionWords(CASING, '60', 'zh-CN', YES_NO)).toBe('60mm');
    expect(optionWords(CASING, '60', 'en', YES_NO)).toBe('60 mm');
    expect(optionWords(TRANSOM, true, 'zh-CN', YES_NO)).toBe('是');
    expect(optionWords(FLOOR, 12, 'zh-CN', YES_NO)).toBe('12 mm');
    expect(optionWords(CASING, '90', 'zh-CN', YES_NO)).toBe('90');
    expect(optionWords(FLOOR, null, 'zh-CN', YES_NO)).toBe('');
  });

  it('lists the inputs but the door type in the model’s order, and a value the model no longer has by its name', () => {
    const pairs = optionPairs(
      SERIES,
      { floorT: 0, transom: false, doorType: 'single', casing: '60', old: 'x' },
      'zh-CN',
      YES_NO,
    );
    expect(pairs.map((p) => `${p.label} ${p.words}`)).toEqual([
      '是否有顶窗 否',
      '门套线宽 60mm',
      '地板厚 0 mm',
      'old x',
    ]);
  });

  it('names the door type by the series’ label, or by the type’s common name for a model with one type', () => {
    expect(doorTypeWords(SERIES, { doorType: 'unequal_pair' }, 'zh-CN', () => 'x')).toBe('子母门');
    expect(doorTypeWords(SERIES, {}, 'en', () => 'x')).toBe('single');
    const fixed = { doorType: 'double', inputs: [] } as unknown as DoorModel;
    expect(doorTypeWords(fixed, { doorType: 'single' }, 'zh-CN', (type) => `<${type}>`)).toBe('<double>');
    expect(doorTypeWords(undefined, {}, 'zh-CN', () => 'x')).toBe('');
  });
});
