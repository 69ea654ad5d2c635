import { describe, expect, it } from 'vitest';
import { CODE128_PATTERNS, code128Bars, code128Symbols, QUIET_ZONE } from './code128';

describe('Code 128', () => {
  it('has 106 symbols of 11 modules and a stop of 13, all different, each with an even bar width (its parity)', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
    CODE128_PATTERNS.forEach((pattern, value) => {
      const widths = [...pattern].map(Number);
      expect({ value, modules: widths.reduce((s, w) => s + w, 0) }).toEqual({
        value,
        modules: value === 106 ? 13 : 11,
      });
      const bars = widths.filter((_, k) => k % 2 === 0).reduce((s, w) => s + w, 0);
      expect({ value, even: bars % 2 === 0 }).toEqual({ value, even: true });
      expect(widths.every((w) => w >= 1 && w <= 4)).toBe(true);
    });
  });

  it('encodes text in code set B with the modulo-103 check symbol', () => {
    // the worked example of the standard's annex: "Wikipedia" checks to 88
    expect(code128Symbols('Wikipedia')).toEqual([104, 55, 73, 75, 73, 80, 69, 68, 73, 65, 88, 106]);
    expect(code128Symbols('A-02')).toEqual([104, 33, 13, 16, 18, (104 + 33 + 26 + 48 + 72) % 103, 106]);
  });

  it('packs an even run of digits two to a symbol in code set C', () => {
    expect(code128Symbols('123456')).toEqual([105, 12, 34, 56, (105 + 12 + 68 + 168) % 103, 106]);
    // an odd count of digits stays in set B
    expect(code128Symbols('6901234567892')?.[0]).toBe(104);
  });

  it('refuses what set B cannot carry, and the empty string', () => {
    expect(code128Symbols('')).toBeNull();
    expect(code128Symbols('板材')).toBeNull();
    expect(code128Bars('tab\there')).toBeNull();
  });

  it('draws bars from the quiet zone on, ending with the stop’s final bar before the closing quiet zone', () => {
    const drawn = code128Bars('HDF-8');
    expect(drawn).not.toBeNull();
    const { bars, modules } = drawn as NonNullable<typeof drawn>;
    // start, 5 characters, check: 7 symbols of 11 modules, the stop 13, and the two quiet zones
    expect(modules).toBe(QUIET_ZONE + 7 * 11 + 13 + QUIET_ZONE);
    expect(bars[0]).toEqual([QUIET_ZONE, 2]);
    const [lastX, lastWidth] = bars[bars.length - 1];
    expect(lastX + lastWidth).toBe(modules - QUIET_ZONE);
    expect(bars).toHaveLength(7 * 3 + 4);
  });
});
