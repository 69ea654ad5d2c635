import { describe, expect, it } from 'vitest';
import { choiceMatches, mergeRunChoices } from './run-choices';
import type { Schemas } from './warehouse-common';

type SplitRun = Schemas['SplitRunDto'];

function run(id: string, orderNo: string, createdAt: string, status: SplitRun['status'] = 'succeeded'): SplitRun {
  return { id, status, createdAt, orders: [{ id: `o-${orderNo}`, orderNo }] } as unknown as SplitRun;
}

const a = run('aaaaaaaa-0000-4000-8000-000000000000', 'SO-0100', '2026-11-29T08:00:00Z');
const b = run('bbbbbbbb-0000-4000-8000-000000000000', 'SO-0101', '2026-11-28T08:00:00Z', 'failed');
const old = run('cccccccc-0000-4000-8000-000000000000', 'SO-0001', '2025-01-02T08:00:00Z');

describe(mergeRunChoices.name, () => {
  it('offers the succeeded newest runs and an older run found by its order, newest first, each once', () => {
    const choices = mergeRunChoices([a, b], [old, a], 'zh-CN');
    expect(choices.map((c) => c.value)).toEqual([a.id, old.id]);
    expect(choices[1].label).toContain('SO-0001');
    expect(choices[1].label.startsWith('CCCCCCCC · SO-0001')).toBe(true);
  });
});

describe(choiceMatches.name, () => {
  it('matches an order number or the id block in any case', () => {
    const [choice] = mergeRunChoices([a], [], 'en');
    expect(choiceMatches('so-0100', choice)).toBe(true);
    expect(choiceMatches('aaaa', choice)).toBe(true);
    expect(choiceMatches('SO-0101', choice)).toBe(false);
  });
});
