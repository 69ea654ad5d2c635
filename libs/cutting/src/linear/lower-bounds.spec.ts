import { areaBound, martelloTothL2 } from './lower-bounds';

describe(martelloTothL2.name, () => {
  it('counts big items that cannot share a bin, which the area bound misses', () => {
    const sizes = [60, 60, 60, 10];
    expect(areaBound(sizes, 100)).toBe(2);
    expect(martelloTothL2(sizes, 100)).toBe(3);
  });

  it('never exceeds a known optimum on small exhaustive cases', () => {
    // 3 × 50 and 3 × 50 fill 3 bins exactly; 34+33+33 fits in one
    expect(martelloTothL2([50, 50, 50, 50, 50, 50], 100)).toBe(3);
    expect(martelloTothL2([34, 33, 33], 100)).toBe(1);
    expect(martelloTothL2([51, 51, 49, 49], 100)).toBe(2);
  });
});
