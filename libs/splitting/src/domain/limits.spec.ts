import { DEMO_PRODUCTS } from './demo-catalogue';
import { countPieces, explodeLine } from './explode';
import { checkProduct } from './product-check';
import { PRODUCT_LIMITS, productLimitBreach, type ProductDefinition } from './product';
import { planSplit, RunLimitError } from './split-plan';

const base = (): ProductDefinition => structuredClone(DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01')!);
const door = { width: 900, height: 2100, wallThickness: 120, finish: 'OAK', quantity: 3 };

/** Issue 12, points 2 and 10: what one model and one run may ask for, and which failures a retry cannot change. */
describe('productLimitBreach', () => {
  it('passes the demo models', () => {
    for (const p of DEMO_PRODUCTS) expect(productLimitBreach(p)).toBeNull();
  });

  it('names the component cap and the model count above it', () => {
    const product = base();
    product.components = Array.from({ length: 101 }, (_, i) => ({ ...product.components[0], name: `c${i}` }));
    expect(productLimitBreach(product)).toEqual({ limit: 'components', field: 'components', max: 100, actual: 101 });
    product.components.pop();
    expect(productLimitBreach(product)).toBeNull();
  });

  it('names a constant or parameter quantity above the per-door cap; one reading the line is left to the line', () => {
    const product = base();
    product.parameters.many = 600;
    product.components[2].quantity = '2 * many';
    expect(productLimitBreach(product)).toEqual({
      limit: 'quantityPerDoor',
      field: 'components[2].quantity',
      rule: product.components[2].name,
      max: PRODUCT_LIMITS.quantityPerDoor,
      actual: 1200,
    });
    product.components[2].quantity = 'W * 2';
    expect(productLimitBreach(product)).toBeNull();
  });
});

describe('checkProduct ranges', () => {
  it.each([
    [{ min: -1, max: 1100 }, 'widthRange.min'],
    [{ min: 600, max: 1e308 }, 'widthRange.max'],
    [{ min: 600, max: 10_001 }, 'widthRange.max'],
    [{ min: 1100, max: 600 }, 'widthRange.min'],
    [[], 'widthRange'],
  ])('refuses %j', (range, field) => {
    const product = base();
    (product as unknown as { widthRange: unknown }).widthRange = range;
    expect(checkProduct(product).map((p) => p.field)).toEqual([field]);
  });
});

describe('countPieces', () => {
  it('counts what explodeLine gives (26 pieces per demo single door), from the quantity formulas only', () => {
    // 2 stiles, 2 rails, 2 skins, core, 2 veneers; 3 jamb, 3 stop and 6 casing pieces; 3 hinges, lock, stopper
    const product = base();
    const exploded = explodeLine(product, door).reduce((s, p) => s + p.quantity, 0);
    expect(exploded).toBe(26 * 3);
    expect(countPieces([{ product, door }])).toBe(exploded);
    expect(
      countPieces([
        { product, door },
        { product, door: { ...door, quantity: 10_000 } },
      ]),
    ).toBe(26 * 10_003);
  });

  it('skips rules whose condition is false and counts a quantity that reads the line', () => {
    const product = base();
    product.components[0].condition = 'T > 150';
    product.components[1].quantity = 'Q * 2';
    // the hinge stile (1) is gone, the lock stile is 2 × Q = 6 instead of 1
    expect(countPieces([{ product, door }])).toBe((26 - 1 - 1 + 6) * 3);
  });
});

describe('countPieces within a budget of evaluations', () => {
  it('counts rules that read the line once per distinct size, and past the budget only the constant rules (a lower bound)', () => {
    const product = base();
    // 36 of the 40 rules read the line (their conditions read the door type; this one reads W too); jamb legs,
    // head jamb and casings (2 + 1 + 4 + 2 = 9 pieces a door) read only parameters
    product.components[1].quantity = 'if(W > 850, 1, 5)';
    const lines = [850, 900, 900, 950].map((width) => ({ product, door: { ...door, width, quantity: 1 } }));
    expect(countPieces(lines)).toBe(30 + 26 * 3);
    // two distinct lines' 36 evaluations fit in 72; the 900 again is known; the 950 counts its constant 9
    expect(countPieces(lines, 72)).toBe(30 + 26 * 2 + 9);
    // with 71 only the 850 is evaluated; the 900s and the 950 count their constant 9 each
    expect(countPieces(lines, 71)).toBe(30 + 9 * 3);
    expect(countPieces(lines, 0)).toBe(9 * 4);
  });
});

describe('planSplit', () => {
  it('refuses a run over 1,500,000 pieces before exploding it, naming the cap and the count', async () => {
    const product = base();
    // the 16 rules a single oak door uses × 101 pieces × 1,000 doors
    product.components = product.components.map((c) => ({ ...c, quantity: '101' }));
    const line = (n: number) => ({
      orderId: 'o',
      orderNo: 'SO-1',
      lineId: `l${n}`,
      lineNo: n,
      product,
      productVersion: 1,
      door: { ...door, quantity: 1000 },
    });
    const planned = planSplit([line(1)], new Map(), { cutTimeLimitMs: 10, maxPiecesPerCut: { linear: 1, sheet: 1 } });
    await expect(planned).rejects.toBeInstanceOf(RunLimitError);
    await expect(planned).rejects.toMatchObject({ limit: 'pieces', actual: 1_616_000, max: 1_500_000 });
  });
});
