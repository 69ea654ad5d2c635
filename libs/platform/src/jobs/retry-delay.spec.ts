import { retryDelayMs } from './retry-delay';

describe(retryDelayMs.name, () => {
  it('doubles from the base and caps at ten minutes', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(40, 1000)).toBe(600_000);
  });
});
