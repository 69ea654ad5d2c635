import { DEMO_PRODUCTS } from './demo-catalogue';
import { checkLineInRange, explodeLine, RuleEvaluationError } from './explode';
import { checkProduct } from './product-check';
import type { ProductDefinition } from './product';

const product = (code: string): ProductDefinition => {
  const found = DEMO_PRODUCTS.find((p) => p.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('demo door models', () => {
  it('all pass the rule checks', () => {
    for (const p of DEMO_PRODUCTS) expect(checkProduct(p)).toEqual([]);
  });

  it('rejects a line outside the process range, naming the field and the range', () => {
    const problems = checkLineInRange(product('PD-LVL01'), {
      width: 2500,
      height: 2100,
      wallThickness: 40,
      quantity: 1,
      finish: 'OAK',
    });
    expect(problems.map((p) => p.field)).toEqual(['width', 'wallThickness']);
    expect(problems[0].message).toContain('600–2400');
    expect(problems[0].message).toContain('不在工艺范围');
  });

  it('needs the master leaf width on a 子母门 line', () => {
    const problems = checkLineInRange(product('PD-LVL01'), {
      width: 1200,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'OAK',
      options: { doorType: 'unequal_pair' },
    });
    expect(problems.map((p) => p.field)).toEqual(['masterWidth']);
  });

  it('skips a component whose condition is false and fails a non-positive cut size with the component named', () => {
    const base = product('PD-LVL01');
    const withCondition: ProductDefinition = {
      ...base,
      components: base.components.map((c) => (c.name === '挡门条立 stop leg' ? { ...c, condition: 'T > 150' } : c)),
    };
    const parts = explodeLine(withCondition, {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'OAK',
    });
    expect(parts.some((p) => p.component === '挡门条立 stop leg')).toBe(false);
    const broken: ProductDefinition = { ...base, components: [{ ...base.components[0], length: 'H - 3000' }] };
    expect(() =>
      explodeLine(broken, { width: 900, height: 2100, wallThickness: 120, quantity: 1, finish: 'OAK' }),
    ).toThrow(RuleEvaluationError);
  });

  it('rejects rules that do not parse or read unknown variables, with the rule, position and reason', () => {
    const base = product('PD-LVL01');
    const bad: ProductDefinition = {
      ...base,
      components: [
        { ...base.components[0], length: 'H - jambT -' },
        { ...base.components[1], name: 'x', width: 'railTopW + foo' },
      ],
    };
    const problems = checkProduct(bad);
    expect(problems).toEqual([
      {
        field: 'components[0].length',
        rule: '门边(合页侧) hinge stile',
        position: 12,
        message: expect.stringContaining('at character 12'),
      },
      {
        field: 'components[1].width',
        rule: 'x',
        position: 12,
        message: expect.stringContaining('unknown variable "foo" at character 12'),
      },
    ]);
  });
});
