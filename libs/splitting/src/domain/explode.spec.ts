import { DEMO_PRODUCTS } from './demo-catalogue';
import { checkLineInRange, explodeLine, type PartSpec, RuleEvaluationError } from './explode';
import { checkProduct } from './product-check';
import type { ProductDefinition } from './product';

const product = (code: string): ProductDefinition => {
  const found = DEMO_PRODUCTS.find((p) => p.code === code);
  if (!found) throw new Error(code);
  return found;
};

/** name → [length, width, thickness, per door, material] */
function table(parts: PartSpec[]): Record<string, [number, number, number, number, string]> {
  return Object.fromEntries(parts.map((p) => [p.component, [p.length, p.width, p.thickness, p.perDoor, p.material]]));
}

describe('demo door models', () => {
  it('all pass the rule checks', () => {
    for (const p of DEMO_PRODUCTS) expect(checkProduct(p)).toEqual([]);
  });

  it('split a single swing door 900×2100 in a 120 mm wall into the hand-computed parts', () => {
    // leaf W = 900 − 2·25 − 2·3 = 844; leaf H = 2100 − 25 − 3 − 8 = 2064
    const parts = explodeLine(product('PD-SS01'), {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 3,
      finish: 'OAK',
    });
    expect(table(parts)).toEqual({
      '门边 stile': [2064, 120, 40, 2, 'LVL-40'],
      '上帽头 top rail': [604, 150, 40, 1, 'LVL-40'],
      '下帽头 bottom rail': [604, 200, 40, 1, 'LVL-40'],
      '面板 skin': [2064, 844, 8, 2, 'HDF-8'],
      '木皮 veneer': [2064, 844, 0.6, 2, 'VENEER-OAK'],
      '门芯 core': [1714, 604, 24, 1, 'HONEYCOMB'],
      '立套 jamb leg': [2100, 120, 25, 2, 'JAMB-BOARD'],
      '横套 head jamb': [900, 120, 25, 1, 'JAMB-BOARD'],
      '挡条立 stop leg': [2075, 20, 12, 2, 'STOP-20'],
      '挡条横 stop head': [850, 20, 12, 1, 'STOP-20'],
      '竖套线 casing leg': [2135, 60, 12, 4, 'CASING-60'],
      '横套线 casing head': [970, 60, 12, 2, 'CASING-60'],
      '合页 hinge': [0, 0, 0, 3, 'HINGE-4'],
      '插芯锁 mortise lock': [0, 0, 0, 1, 'LOCK-MORTISE'],
      '门吸 door stopper': [0, 0, 0, 1, 'STOPPER'],
    });
    expect(parts.find((p) => p.component === '门边 stile')?.quantity).toBe(6);
  });

  it('split a 子母门 1200×2100 in a 240 mm wall with a 900 master leaf into the hand-computed parts', () => {
    // slave leaf W = 1200 − 2·25 − 2·3 − 4 − 900 = 240, its stiles 60 wide; leaf H 2064
    const parts = explodeLine(product('PD-ZM01'), {
      width: 1200,
      height: 2100,
      wallThickness: 240,
      masterWidth: 900,
      quantity: 1,
      finish: 'WALNUT',
    });
    expect(table(parts)).toEqual({
      '门边(母) stile': [2064, 120, 40, 2, 'LVL-40'],
      '上帽头(母) top rail': [660, 150, 40, 1, 'LVL-40'],
      '下帽头(母) bottom rail': [660, 200, 40, 1, 'LVL-40'],
      '面板(母) skin': [2064, 900, 8, 2, 'HDF-8'],
      '木皮(母) veneer': [2064, 900, 0.6, 2, 'VENEER-WALNUT'],
      '门芯(母) core': [1714, 660, 24, 1, 'HONEYCOMB'],
      '门边(子) stile': [2064, 60, 40, 2, 'LVL-40'],
      '上帽头(子) top rail': [120, 150, 40, 1, 'LVL-40'],
      '下帽头(子) bottom rail': [120, 200, 40, 1, 'LVL-40'],
      '面板(子) skin': [2064, 240, 8, 2, 'HDF-8'],
      '木皮(子) veneer': [2064, 240, 0.6, 2, 'VENEER-WALNUT'],
      '门芯(子) core': [1714, 120, 24, 1, 'HONEYCOMB'],
      '立套 jamb leg': [2100, 240, 25, 2, 'JAMB-BOARD'],
      '横套 head jamb': [1200, 240, 25, 1, 'JAMB-BOARD'],
      '挡条立 stop leg': [2075, 20, 12, 2, 'STOP-20'],
      '挡条横 stop head': [1150, 20, 12, 1, 'STOP-20'],
      '竖套线 casing leg': [2135, 60, 12, 4, 'CASING-60'],
      '横套线 casing head': [1270, 60, 12, 2, 'CASING-60'],
      '合页 hinge': [0, 0, 0, 6, 'HINGE-4'],
      '插芯锁 mortise lock': [0, 0, 0, 1, 'LOCK-MORTISE'],
      '天地插销 flush bolt': [0, 0, 0, 1, 'FLUSH-BOLT'],
      '门吸 door stopper': [0, 0, 0, 1, 'STOPPER'],
    });
  });

  it('rejects a line outside the process range, naming the field and the range', () => {
    const problems = checkLineInRange(product('PD-SS01'), {
      width: 1300,
      height: 2100,
      wallThickness: 40,
      quantity: 1,
      finish: 'OAK',
    });
    expect(problems.map((p) => p.field)).toEqual(['width', 'wallThickness']);
    expect(problems[0].message).toContain('600–1100');
    expect(problems[0].message).toContain('不在工艺范围');
  });

  it('needs the master leaf width on a 子母门 line', () => {
    const problems = checkLineInRange(product('PD-ZM01'), {
      width: 1200,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'OAK',
    });
    expect(problems.map((p) => p.field)).toEqual(['masterWidth']);
  });

  it('skips a component whose condition is false and fails a non-positive cut size with the component named', () => {
    const base = product('PD-SS01');
    const withCondition: ProductDefinition = {
      ...base,
      components: base.components.map((c) => (c.name === '挡条立 stop leg' ? { ...c, condition: 'T > 150' } : c)),
    };
    const parts = explodeLine(withCondition, {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'OAK',
    });
    expect(parts.some((p) => p.component === '挡条立 stop leg')).toBe(false);
    const broken: ProductDefinition = { ...base, components: [{ ...base.components[0], length: 'H - 3000' }] };
    expect(() =>
      explodeLine(broken, { width: 900, height: 2100, wallThickness: 120, quantity: 1, finish: 'OAK' }),
    ).toThrow(RuleEvaluationError);
  });

  it('rejects rules that do not parse or read unknown variables, with the rule, position and reason', () => {
    const base = product('PD-SS01');
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
        rule: '门边 stile',
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
