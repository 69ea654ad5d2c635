import { doorProgress, missingKs } from './pack-progress';

describe('door progress (k of n)', () => {
  it('counts packed and loaded packages, lists the missing k in order', () => {
    const packages = [
      { k: 3, n: 4, status: 'created' as const },
      { k: 1, n: 4, status: 'packed' as const },
      { k: 4, n: 4, status: 'loaded' as const },
      { k: 2, n: 4, status: 'created' as const },
    ];
    expect(doorProgress(2, 5, packages)).toEqual({ lineNo: 2, doorNo: 5, packed: 2, n: 4, missing: [2, 3] });
    expect(missingKs(packages.map((p) => ({ ...p, status: 'packed' as const })))).toEqual([]);
  });

  it('a door with nothing packed misses every k; n comes from the packages', () => {
    expect(doorProgress(1, 1, [{ k: 1, n: 1, status: 'created' }])).toEqual({
      lineNo: 1,
      doorNo: 1,
      packed: 0,
      n: 1,
      missing: [1],
    });
  });
});
