import { DEFAULT_DOWNTIME_REASONS, reasonParentProblem, type ReasonNode } from './downtime-reasons';

const tree = (nodes: [string, string | null][]) =>
  new Map<string, ReasonNode>(nodes.map(([code, parentCode]) => [code, { code, parentCode }]));

describe('reasonParentProblem', () => {
  const reasons = tree([
    ['breakdown', null],
    ['motor', 'breakdown'],
    ['bearing', 'motor'],
    ['no_order', null],
  ]);

  it('accepts a root and any parent outside the reason’s own branch', () => {
    expect(reasonParentProblem('bearing', null, reasons)).toBeNull();
    expect(reasonParentProblem('bearing', 'no_order', reasons)).toBeNull();
    expect(reasonParentProblem('new', 'bearing', reasons)).toBeNull();
  });

  it('refuses an unknown parent, the reason itself, and one of its descendants (a cycle)', () => {
    expect(reasonParentProblem('motor', 'nope', reasons)).toMatch(/no downtime reason nope/);
    expect(reasonParentProblem('motor', 'motor', reasons)).toMatch(/cycle/);
    expect(reasonParentProblem('breakdown', 'bearing', reasons)).toMatch(/cycle/);
  });
});

describe('DEFAULT_DOWNTIME_REASONS', () => {
  it('is a tree: unique codes, parents listed before their children, no cycle', () => {
    const seen = new Map<string, ReasonNode>();
    for (const reason of DEFAULT_DOWNTIME_REASONS) {
      expect(seen.has(reason.code)).toBe(false);
      expect(reasonParentProblem(reason.code, reason.parentCode, seen)).toBeNull();
      seen.set(reason.code, reason);
    }
  });

  it('covers the door plant’s stops named in the issue, with a reason for each state that takes one', () => {
    const names = DEFAULT_DOWNTIME_REASONS.map((r) => r.nameZh);
    for (const name of ['设备故障', '缺料', '等待质检', '换刀/换锯片', '换色', '无订单', '小停机', '热压机升温'])
      expect(names).toContain(name);
    for (const state of ['down', 'idle', 'setup'] as const)
      expect(DEFAULT_DOWNTIME_REASONS.some((r) => r.appliesTo.includes(state))).toBe(true);
    expect(DEFAULT_DOWNTIME_REASONS.find((r) => r.code === 'no_order')).toMatchObject({
      loss: 'no_order',
      appliesTo: ['idle'],
    });
  });
});
