import { handingOf, HANDINGS, ifcOperation, parseHanding } from './handing';

const code = (text: string) => {
  const parsed = parseHanding(text);
  return 'handing' in parsed ? parsed.handing.code : null;
};

describe('handing', () => {
  it('reads the words dealers write', () => {
    expect(code('左内开')).toBe('left-in');
    expect(code('右外开')).toBe('right-out');
    expect(code('左推拉')).toBe('left-sliding');
    expect(code('右推拉门')).toBe('right-sliding');
    expect(code('内开左')).toBe('left-in');
    expect(code(' 左 内 开 ')).toBe('left-in');
    expect(code('右内')).toBe('right-in');
    expect(code('垭口')).toBe('none');
    expect(code('无')).toBe('none');
  });

  it('reads codes and English', () => {
    expect(code('L-IN')).toBe('left-in');
    expect(code('LI')).toBe('left-in');
    expect(code('RH-out')).toBe('right-out');
    expect(code('rs')).toBe('right-sliding');
    expect(code('left inswing')).toBe('left-in');
    expect(code('Right Out')).toBe('right-out');
    for (const handing of HANDINGS) expect(code(handing)).toBe(handing);
  });

  it('refuses what does not say both sides, naming what is missing', () => {
    const problem = (text: string) => {
      const parsed = parseHanding(text);
      return 'problem' in parsed ? parsed.problem : null;
    };
    expect(problem('右开')).toMatch(/内开、外开或推拉/);
    expect(problem('内开')).toMatch(/左开或右开/);
    expect(problem('左右内开')).toMatch(/左开或右开/);
    expect(problem('xyz')).not.toBeNull();
    expect(problem('左内外开')).not.toBeNull();
  });

  it('keeps hinge side and opening side apart', () => {
    expect(handingOf('right-out')).toEqual({ code: 'right-out', hingeSide: 'right', openSide: 'out' });
    expect(handingOf('left-sliding')).toEqual({ code: 'left-sliding', hingeSide: 'left', openSide: 'sliding' });
    expect(handingOf('none')).toEqual({ code: 'none', hingeSide: 'none', openSide: 'none' });
  });

  it('names the IFC door operation', () => {
    expect(ifcOperation('single', handingOf('right-in'), 1)).toBe('SINGLE_SWING_RIGHT');
    expect(ifcOperation('single', handingOf('left-out'), 1)).toBe('SINGLE_SWING_LEFT');
    expect(ifcOperation('unequal_pair', handingOf('left-in'), 2)).toBe('DOUBLE_DOOR_SINGLE_SWING');
    expect(ifcOperation('sliding', handingOf('left-sliding'), 2)).toBe('DOUBLE_DOOR_SLIDING');
    expect(ifcOperation('sliding', handingOf('right-sliding'), 1)).toBe('SLIDING_TO_RIGHT');
  });
});
