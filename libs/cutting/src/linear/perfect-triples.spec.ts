import { Effort } from '../effort';
import { Random } from '../random';
import { completePerfectTriples, isPerfectTripleInstance } from './perfect-triples';

describe(completePerfectTriples.name, () => {
  it('finds the waste-free triples of a generated 3-partition', () => {
    const random = new Random(3);
    const sizes: number[] = [];
    for (let bin = 0; bin < 30; bin += 1) {
      const a = 380 + random.int(110);
      const b = 260 + random.int(Math.min(230, 1000 - a - 260 - 251));
      sizes.push(a, b, 1000 - a - b);
    }
    random.shuffle(sizes);
    expect(isPerfectTripleInstance(sizes, 1000, 30)).toBe(true);
    const bins = completePerfectTriples(sizes, 1000, new Effort(Infinity, Date.now() + 2000), new Random(1));
    expect(bins).not.toBeNull();
    expect(bins?.every((bin) => bin.length === 3 && bin.reduce((s, i) => s + sizes[i], 0) === 1000)).toBe(true);
    expect(new Set(bins?.flat()).size).toBe(sizes.length);
  });

  it('applies only to 3n items filling n bins exactly with no two items filling one', () => {
    expect(isPerfectTripleInstance([300, 300, 400], 1000, 1)).toBe(true);
    expect(isPerfectTripleInstance([300, 300, 399], 1000, 1)).toBe(false);
    expect(isPerfectTripleInstance([500, 500, 0.5], 1000, 1)).toBe(false);
  });

  it('gives up (null) when no triple partition exists', () => {
    expect(
      completePerfectTriples(
        [300, 301, 402, 330, 333, 334],
        1000,
        new Effort(Infinity, Date.now() + 100),
        new Random(1),
      ),
    ).toBeNull();
  });
});
