import { describe, expect, it } from 'vitest';
import type { components } from '../../../../../clients/typescript/schema';
import { CATALOGUES } from '../../i18n/catalogues';
import { contentsText, edgeBandingText, endCutsText, featureText, packageLeaf } from './part-words';

type Content = components['schemas']['PackageContentDto'];
const zh = (key: string) => CATALOGUES['zh-CN'][key] ?? `?${key}`;

describe('a part’s attributes in words', () => {
  it('marks mitred ends 45° and square ones as square, start/end', () => {
    expect(endCutsText({ start: 'mitre45', end: 'mitre45' }, zh)).toBe('45°/45°');
    expect(endCutsText({ start: 'square', end: 'mitre45' }, zh)).toBe('直角/45°');
    expect(endCutsText(null, zh)).toBe('');
  });

  it('groups banded edges by band, long edges first', () => {
    expect(edgeBandingText({ W2: 'EDGE-ABS', L1: 'EDGE-PVC-22', L2: 'EDGE-PVC-22' })).toBe(
      'L1 L2: EDGE-PVC-22 · W2: EDGE-ABS',
    );
    expect(edgeBandingText(null)).toBe('');
    expect(edgeBandingText({})).toBe('');
  });

  it('says a feature with its count, side and note', () => {
    expect(featureText({ kind: 'hinge_pocket', quantity: 3, side: 'left' }, zh)).toBe('合页槽 ×3 左');
    expect(featureText({ kind: 'lock_mortise', quantity: 1, side: null, note: '锁体 72' }, zh)).toBe('锁槽 ×1 锁体 72');
    // a side a later api names that this screen does not know is shown as it is
    expect(featureText({ kind: 'groove', quantity: 2, side: 'edge' }, zh)).toBe('开槽 ×2 edge');
  });
});

describe('a package in the packer’s words', () => {
  const leaf = (item: string, itemEn: string): Content => ({ item, itemEn, quantity: 1, unit: '扇' });

  it('lists contents with their units (English without the Chinese unit)', () => {
    const contents = [leaf('门扇', 'door leaf'), { item: '门套线', itemEn: 'casing', quantity: 6, unit: '根' }];
    expect(contentsText(contents, 'zh-CN')).toBe('门扇 ×1 扇；门套线 ×6 根');
    // no Chinese punctuation in English
    expect(contentsText(contents, 'en')).toBe('door leaf ×1; casing ×6');
  });

  it('names the leaves of a 子母门 母 and 子, those of a pair by number, and no leaf for other packages', () => {
    expect(packageLeaf({ leafNo: 1, contents: [leaf('母门扇', 'master leaf')] })?.key).toBe(
      'splitRuns.packages.leafMaster',
    );
    expect(packageLeaf({ leafNo: 2, contents: [leaf('子门扇', 'slave leaf')] })?.key).toBe(
      'splitRuns.packages.leafSlave',
    );
    expect(packageLeaf({ leafNo: 2, contents: [leaf('门扇', 'door leaf')] })).toEqual({
      key: 'splitRuns.packages.leafNo',
      params: { n: 2 },
    });
    expect(packageLeaf({ leafNo: null, contents: [leaf('门套', 'door frame set')] })).toBeNull();
  });
});
