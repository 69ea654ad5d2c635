import {
  checkTypes,
  evaluate,
  evaluateValue,
  ExpressionError,
  parseExpression,
  variablesOf,
  type ValueType,
} from './expression';

const run = (source: string, vars: Record<string, number> = {}) => evaluate(parseExpression(source), vars);

describe('formula language', () => {
  it('follows arithmetic precedence and associativity', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('10 - 4 - 3')).toBe(3);
    expect(run('100 / 10 / 2')).toBe(5);
    expect(run('-W + 5', { W: 2 })).toBe(3);
    expect(run('7 % 4')).toBe(3);
  });

  it('computes door deductions from variables', () => {
    expect(run('H - jambT - gapTop - gapBottom', { H: 2100, jambT: 25, gapTop: 3, gapBottom: 8 })).toBe(2064);
    expect(run('(W - 2*jambT - 2*gapSide - gapMeet) / 2', { W: 1800, jambT: 25, gapSide: 3, gapMeet: 4 })).toBe(870);
  });

  it('has comparisons, logic and if()', () => {
    expect(run('if(H > 2286, 4, if(H > 1524, 3, 2))', { H: 2100 })).toBe(3);
    expect(run('if(H > 2286, 4, if(H > 1524, 3, 2))', { H: 2400 })).toBe(4);
    expect(run('T >= 100 && T <= 300', { T: 240 })).toBe(1);
    expect(run('!(T == 240) || 0', { T: 240 })).toBe(0);
  });

  it('has min, max, round, ceil, floor and abs', () => {
    expect(run('min(3, 1, 2) + max(4, 9)')).toBe(10);
    expect(run('round(2.5) + round(1.234, 2)')).toBeCloseTo(4.23);
    expect(run('ceil(2.1) + floor(2.9) + abs(-1)')).toBe(6);
  });

  it('reports the position and reason of a syntax error', () => {
    const cases: [string, number][] = [
      ['W + * 2', 4],
      ['(W + 2', 6],
      ['W $ 2', 2],
      ['foo(1)', 0],
      ['if(1, 2)', 0],
      ['W 2', 2],
    ];
    for (const [source, position] of cases) {
      try {
        parseExpression(source);
        throw new Error(`parsed ${source}`);
      } catch (error) {
        expect(error).toBeInstanceOf(ExpressionError);
        expect((error as ExpressionError).position).toBe(position);
      }
    }
  });

  it('lists the variables a formula reads, so unknown names are caught when a rule is saved', () => {
    expect([...variablesOf(parseExpression('W - 2*jambT + if(T > 100, casingW, 0)')).keys()]).toEqual([
      'W',
      'jambT',
      'T',
      'casingW',
    ]);
  });

  it('cannot reach JavaScript: no property access, no constructor, no prototype lookups', () => {
    expect(() => parseExpression('constructor.constructor("x")')).toThrow(ExpressionError);
    expect(() => run('constructor', {})).toThrow(ExpressionError);
    expect(() => run('toString', {})).toThrow(ExpressionError);
    expect(() => parseExpression('W["x"]')).toThrow(ExpressionError);
    for (const name of ['constructor(1)', '__proto__(1)', 'toString(1)', 'hasOwnProperty(1)']) {
      expect(() => parseExpression(name)).toThrow(/unknown function/);
    }
  });

  it('refuses a division by zero where it happens, also inside a condition, and huge literals', () => {
    expect(() => run('W / 0', { W: 1 })).toThrow(/division by zero/);
    try {
      run('if(W / (T - T) > 100, 1, 2)', { W: 900, T: 120 });
      throw new Error('evaluated');
    } catch (error) {
      expect((error as ExpressionError).position).toBe(5); // the "/"
    }
    expect(() => run('(0 % 0) && 1')).toThrow(/division by zero/);
    expect(() => parseExpression('1' + '0'.repeat(400))).toThrow(/too large/);
  });
});

describe('text in formulas', () => {
  const value = (source: string, vars: Record<string, number | string> = {}) =>
    evaluateValue(parseExpression(source), vars);

  it('compares text, chooses text with if() and reads quotes of either kind', () => {
    expect(value("doorType == 'unequal_pair'", { doorType: 'unequal_pair' })).toBe(1);
    expect(value('门类型 != "子母"', { 门类型: '子母' })).toBe(0);
    expect(value("if(hingeSide == 'left', 'LOCK-L', 'LOCK-R')", { hingeSide: 'right' })).toBe('LOCK-R');
    expect(() => run("'a' + 1")).toThrow(ExpressionError);
    expect(() => parseExpression("'open")).toThrow(/not closed/);
  });

  it('checks types before a formula runs: arithmetic on text, text against numbers, undeclared enum values', () => {
    const types = new Map<string, ValueType>([
      ['doorType', { kind: 'text', values: ['single', 'double'], source: 'doorType' }],
      ['finish', { kind: 'text' }],
      ['W', { kind: 'number' }],
    ]);
    const problems = (source: string) => checkTypes(parseExpression(source), types).problems.map((p) => p.position);
    expect(problems("doorType == 'single'")).toEqual([]);
    expect(problems("doorType == 'sliding'")).toEqual([12]);
    expect(problems('finish * 2')).toEqual([0]);
    expect(problems('W == finish')).toEqual([2]);
    expect(problems("if(W > 1, 'a', 2)")).toEqual([0]);
    expect(checkTypes(parseExpression("if(W > 1, 'a', finish)"), types).type.kind).toBe('text');
  });
});
