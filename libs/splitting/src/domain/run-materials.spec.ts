import { DEMO_PRODUCTS } from './demo-catalogue';
import { resolveLine } from './door-line';
import { explodeLine } from './explode';
import type { ComponentRule, ProductDefinition } from './product';
import { mayCutFrom } from './run-materials';

const rule = (material: string, edgeBanding?: ComponentRule['edgeBanding']) =>
  ({ material, ...(edgeBanding ? { edgeBanding } : {}) }) as ComponentRule;
const model = (...components: ComponentRule[]) => ({ components, parameters: {} }) as unknown as ProductDefinition;

describe('mayCutFrom: the materials a run may cut, before its lines are exploded', () => {
  it('takes the codes its models name, and none other', () => {
    const may = mayCutFrom([model(rule('CASING-60'), rule('HDF-8', { L1: 'BAND-22' }))]);
    expect(['CASING-60', 'HDF-8', 'BAND-22'].map(may)).toEqual([true, true, true]);
    expect(['CASING-80', 'HDF-8X', 'MDF-18', ''].map(may)).toEqual([false, false, false, false]);
  });

  it('reads a {placeholder} as any text, and the rest of the template literally', () => {
    const may = mayCutFrom([model(rule('VENEER-{finish}'), rule('JAMB-{wall}.5'))]);
    expect(['VENEER-OAK', 'VENEER-', 'JAMB-120.5'].map(may)).toEqual([true, true, true]);
    expect(['VENEER', 'XVENEER-OAK', 'JAMB-120x5', 'JAMB-120.50'].map(may)).toEqual([false, false, false, false]);
  });

  it("a placeholder naming one of the model's tables is one of its values (or the placeholder left unfilled)", () => {
    const finishes = {
      name: 'finishMaterial',
      key: 'finish',
      rows: [{ when: 'OAK', value: 'VENEER-OAK' }],
      default: 'PAINT-W',
    };
    const may = mayCutFrom([
      {
        ...model(rule('{finishMaterial}'), rule('EDGE-{thick}')),
        tables: [finishes, { name: 'thick', key: 'finish', rows: [{ when: 'OAK', value: 1.5 }] }],
      },
    ]);
    expect(['VENEER-OAK', 'PAINT-W', '{finishMaterial}', 'EDGE-1.5'].map(may)).toEqual([true, true, true, true]);
    expect(['CASING-60', 'VENEER-OAKX', 'EDGE-2', 'EDGE-1x5'].map(may)).toEqual([false, false, false, false]);
    // a table an input shadows is not known before the line
    const shadowed = { ...model(rule('{finishMaterial}')), tables: [finishes], inputs: [{ name: 'finishMaterial' }] };
    expect(mayCutFrom([shadowed as ProductDefinition])('ANYTHING')).toBe(true);
  });

  it('a placeholder of anything else may be any material; no model, none', () => {
    expect(mayCutFrom([model(rule('{core}'))])('ANYTHING')).toBe(true);
    expect(mayCutFrom([])('CASING-60')).toBe(false);
  });

  it('every material an exploded demo door is cut from or banded with is among them', () => {
    const may = mayCutFrom(DEMO_PRODUCTS);
    // the demo models name their finishes through a table: a run of them does not claim every material
    expect(['NO-SUCH-MATERIAL', 'CASING-999'].map(may)).toEqual([false, false]);
    for (const product of DEMO_PRODUCTS)
      for (const finish of ['WHITE', 'GREY']) {
        const { door, problems } = resolveLine(product, {
          width: 900,
          height: 2100,
          wallThickness: 120,
          quantity: 1,
          finish,
          swing: 'left-in',
        });
        expect(problems).toEqual([]);
        const parts = explodeLine(product, door);
        const used = parts.flatMap((p) => [p.material, ...Object.values(p.edgeBanding ?? {})]);
        expect(used.length).toBeGreaterThan(0);
        expect(used.filter((m) => !may(m))).toEqual([]);
      }
  });
});
