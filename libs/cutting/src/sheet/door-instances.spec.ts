import { validateSheetPlan } from '../validate/validate-sheets';
import { DOOR_SHEET_SIZES, generateDoorInstance, generateDoorInstances } from './door-instances';

describe(generateDoorInstance.name, () => {
  it('cuts k sheets into door-scale parts without waste: the parts fill exactly k sheets', () => {
    for (const seed of [1, 2, 3]) {
      for (let sheets = 2; sheets <= 10; sheets += 1) {
        const { request, witness, optimum } = generateDoorInstance(seed, sheets);
        expect(optimum).toBe(sheets);
        const [stock] = request.sheets;
        expect(DOOR_SHEET_SIZES).toContainEqual({ width: stock.width, height: stock.height });
        const itemArea = request.items.reduce((sum, i) => sum + i.width * i.height * i.quantity, 0);
        expect(itemArea).toBe(sheets * stock.width * stock.height);
        for (const item of request.items) {
          expect(item.rotatable).toBeUndefined();
          expect(Math.min(item.width, item.height)).toBeGreaterThanOrEqual(60);
          expect(item.width % 10).toBe(0);
          expect(item.height % 10).toBe(0);
        }
        // equal parts are merged into one item
        expect(new Set(request.items.map((i) => `${i.width}x${i.height}`)).size).toBe(request.items.length);
        expect(witness.layouts).toHaveLength(sheets);
        for (const layout of witness.layouts) {
          const area = layout.placements.reduce((sum, p) => sum + p.width * p.height, 0);
          expect(area).toBe(stock.width * stock.height);
          expect(Math.max(...layout.cuts.map((c) => c.stage))).toBeLessThanOrEqual(3);
        }
      }
    }
  });

  it('keeps the cutting that made the parts: a valid 3-stage guillotine plan of them, replayed cut by cut', () => {
    for (const seed of [4, 5, 6, 7]) {
      const { request, witness } = generateDoorInstance(seed, 2 + (seed % 9));
      expect(validateSheetPlan(request, witness)).toEqual([]);
    }
  });

  it('gives the same instance for the same seed and another for another seed', () => {
    expect(generateDoorInstance(11, 5)).toEqual(generateDoorInstance(11, 5));
    expect(generateDoorInstance(12, 5).request.items).not.toEqual(generateDoorInstance(11, 5).request.items);
  });

  it('makes a set cycling through 2 to 10 sheets', () => {
    const set = generateDoorInstances(2026, 18);
    expect(set.map((i) => i.optimum)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(set.map((i) => i.name)).size).toBe(18);
  });
});
