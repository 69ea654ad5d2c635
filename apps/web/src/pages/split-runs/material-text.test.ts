import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/i18n';
import { planProfileText, requirementQuantity } from './material-text';

type Unit = Parameters<typeof requirementQuantity>[1];

/** The requirement as the materials tab shows it, through the real catalogues. */
function shown(quantity: number, unit: Unit, language: Language): string {
  const said = requirementQuantity(quantity, unit, language);
  return i18n.getFixedT(language)(said.key, said.params);
}

describe('requirementQuantity', () => {
  it('writes measures to one decimal in their unit, in both languages', () => {
    expect(shown(16.632, 'm2', 'zh-CN')).toBe('16.6 m²');
    expect(shown(42.25, 'm', 'zh-CN')).toBe('42.3 m');
    expect(shown(3.204, 'kg', 'en')).toBe('3.2 kg');
    expect(shown(0.75, 'l', 'en')).toBe('0.8 L');
    expect(shown(1248.84, 'm', 'en')).toBe('1,248.8 m');
    expect(shown(12, 'm2', 'en')).toBe('12 m²');
  });

  it('writes counts with their words, one set said as one in English', () => {
    expect(shown(12, 'set', 'zh-CN')).toBe('12 套');
    expect(shown(12, 'set', 'en')).toBe('12 sets');
    expect(shown(1, 'set', 'en')).toBe('1 set');
    expect(shown(1, 'set', 'zh-CN')).toBe('1 套');
    expect(shown(36, 'pcs', 'zh-CN')).toBe('36 个');
    expect(shown(36, 'pcs', 'en')).toBe('36 pcs');
    expect(shown(1, 'pcs', 'en')).toBe('1 pc');
    // a rule may ask for half a set per door: the api's decimals are kept, not rounded to a whole one
    expect(shown(2.5, 'set', 'en')).toBe('2.5 sets');
  });

  it('does not round a small measure to nothing', () => {
    expect(shown(0.012, 'm2', 'zh-CN')).toBe('0.012 m²');
    expect(shown(0.0456, 'kg', 'en')).toBe('0.046 kg');
    expect(shown(0, 'm', 'en')).toBe('0 m');
  });
});

describe('planProfileText', () => {
  const zh = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');

  it('says the width a bar is ripped to and its thickness', () => {
    expect(planProfileText({ ripWidth: 150, thickness: 40 }, zh, 'zh-CN')).toBe('开料宽 150 mm · 厚 40 mm');
    expect(planProfileText({ ripWidth: 150, thickness: 40 }, en, 'en')).toBe('ripped to 150 mm · 40 mm thick');
  });

  it('says the thickness alone for a fixed profile or a sheet, and nothing for a run saved before either', () => {
    expect(planProfileText({ ripWidth: null, thickness: 8 }, zh, 'zh-CN')).toBe('厚 8 mm');
    expect(planProfileText({ ripWidth: null, thickness: null }, en, 'en')).toBe('');
  });
});
