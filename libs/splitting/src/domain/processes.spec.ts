import { DEFAULT_PROCESSES, isProcessCode, reorderProblems, routeProblems } from './processes';

describe('DEFAULT_PROCESSES', () => {
  it('are the nine steps in shop order, named in both languages, with no wait', () => {
    expect(DEFAULT_PROCESSES.map((p) => [p.code, p.nameZh])).toEqual([
      ['cutting', '开料'],
      ['pressing', '冷压'],
      ['edge_banding', '封边'],
      ['cnc', 'CNC'],
      ['sanding', '砂光'],
      ['veneering', '贴皮'],
      ['painting', '喷涂'],
      ['assembly', '组装'],
      ['packing', '包装'],
    ]);
    for (const process of DEFAULT_PROCESSES) {
      expect(process.nameEn).toMatch(/^[A-Z]/);
      expect(process.minWaitMinutes).toBe(0);
      expect(isProcessCode(process.code)).toBe(true);
    }
  });
});

describe(isProcessCode.name, () => {
  it.each(['cutting', 'edge_banding', 'CNC-2', '养生', '精裁', '组框2', '7', 'a'.repeat(40)])('accepts %s', (code) => {
    expect(isProcessCode(code)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['41 characters', 'a'.repeat(41)],
    ['a space', 'edge banding'],
    ['a slash', 'cut/trim'],
    ['a dot', 'cnc.2'],
    ['a leading _', '_cut'],
    ['a leading -', '-cut'],
    ['full-width punctuation', '养生，'],
    ['a control character', 'cut\u0000'],
    ['an emoji', 'cut🙂'],
  ])('refuses %s', (_why, code) => {
    expect(isProcessCode(code)).toBe(false);
  });
});

describe(reorderProblems.name, () => {
  const current = ['cutting', 'pressing', '养生'];

  it('accepts each code once, in any order', () => {
    expect(reorderProblems(current, ['养生', 'cutting', 'pressing'])).toEqual([]);
  });

  it('names a code the factory does not have at its position', () => {
    expect(reorderProblems(current, ['养生', 'cutting', 'pressing', 'carving'])).toEqual([
      expect.objectContaining({ field: 'codes[3]', code: 'carving' }),
    ]);
  });

  it('names the second mention of a code listed twice', () => {
    expect(reorderProblems(current, ['cutting', 'pressing', 'cutting', '养生'])).toEqual([
      expect.objectContaining({ field: 'codes[2]', code: 'cutting' }),
    ]);
  });

  it('names the processes left out at `codes`', () => {
    const problems = reorderProblems(current, ['pressing']);
    expect(problems).toEqual([expect.objectContaining({ field: 'codes' })]);
    expect(problems[0].message).toContain('cutting, 养生');
  });

  it('refuses an empty list for a factory that has processes', () => {
    expect(reorderProblems(current, [])).toEqual([expect.objectContaining({ field: 'codes' })]);
  });
});

describe(routeProblems.name, () => {
  const catalogue = new Map([
    ['cutting', { active: true }],
    ['养生', { active: true }],
    ['veneering', { active: false }],
  ]);

  it('lets a route of active processes through, whatever its order', () => {
    expect(routeProblems(['养生', 'cutting', '养生'], catalogue)).toEqual([]);
  });

  it('names unknown and switched-off steps by their index', () => {
    expect(routeProblems(['cutting', 'carving', 'veneering'], catalogue)).toEqual([
      { index: 1, code: 'carving', reason: 'unknown' },
      { index: 2, code: 'veneering', reason: 'inactive' },
    ]);
  });
});
