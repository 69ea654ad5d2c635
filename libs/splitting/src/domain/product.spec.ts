import { DEMO_PRODUCTS } from './demo-catalogue';
import { checkProduct } from './product-check';
import type { ProductDefinition } from './product';

const base = (): ProductDefinition => structuredClone(DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01')!);

describe('checkProduct', () => {
  it('names the rule, the field path and the 1-based character of a formula that does not parse', () => {
    const product = base();
    product.components[0].length = 'H - (jambT';
    expect(checkProduct(product)).toEqual([
      {
        field: 'components[0].length',
        rule: product.components[0].name,
        position: 11,
        message: expect.stringContaining('expected ")"'),
      },
    ]);
  });

  it('names the rule, the field path and the character of an unknown variable', () => {
    const product = base();
    product.components[2].quantity = '1 + bogus';
    expect(checkProduct(product)).toEqual([
      {
        field: 'components[2].quantity',
        rule: product.components[2].name,
        position: 5,
        message: expect.stringContaining('unknown variable "bogus"'),
      },
    ]);
  });

  it('reports a problem outside formulas with its field and no position', () => {
    const product = base();
    product.widthRange = { min: 1000, max: 600 };
    expect(checkProduct(product)).toEqual([{ field: 'widthRange.min', message: expect.any(String) }]);
  });
});
