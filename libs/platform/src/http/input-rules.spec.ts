import { decimalPlaces, isDecimalNumber, jsonNestsDeeperThan, textProblem } from './input-rules';

describe('input rules', () => {
  describe('decimalPlaces: any finite number, exponent forms included', () => {
    it.each([
      [0, 0],
      [12, 0],
      [0.125, 3],
      [-0.5, 1],
      [1e-7, 7],
      [1.5e-7, 8],
      [2.5e-4, 5],
      [1e21, 0],
      [1.25e2, 0],
      [Number.MAX_VALUE, 0],
      [Number.MIN_VALUE, 324],
    ])('%s has %s decimals', (value, places) => {
      expect(decimalPlaces(value)).toBe(places);
    });

    it('isDecimalNumber refuses non-numbers and non-finite numbers', () => {
      expect(isDecimalNumber(1.125, 3)).toBe(true);
      expect(isDecimalNumber(1e-7, 3)).toBe(false);
      expect(isDecimalNumber(1e21, 3)).toBe(true);
      expect(isDecimalNumber(Number.POSITIVE_INFINITY, 3)).toBe(false);
      expect(isDecimalNumber(Number.NaN, 3)).toBe(false);
      expect(isDecimalNumber('1', 3)).toBe(false);
    });
  });

  describe('jsonNestsDeeperThan: a linear scan of the text', () => {
    it('counts objects and arrays, the root being depth 1', () => {
      expect(jsonNestsDeeperThan('{"a":[1]}', 2)).toBe(false);
      expect(jsonNestsDeeperThan('{"a":[{}]}', 2)).toBe(true);
      expect(jsonNestsDeeperThan('['.repeat(100_000), 32)).toBe(true);
      expect(jsonNestsDeeperThan('[]'.repeat(100), 1)).toBe(false);
    });

    it('ignores brackets in strings, escaped quotes included', () => {
      expect(jsonNestsDeeperThan(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
      expect(jsonNestsDeeperThan(JSON.stringify({ a: 'x\\"[[[' }), 1)).toBe(false);
      expect(jsonNestsDeeperThan(JSON.stringify({ a: '\\', b: [[]] }), 2)).toBe(true);
    });
  });

  describe('textProblem', () => {
    it('accepts ordinary text in any script, emoji included', () => {
      for (const text of ['SO-2026-0001', '江山某装饰公司', '=HYPERLINK("x")', 'Çà va 👍', '']) {
        expect(textProblem(text)).toBeNull();
      }
    });

    it('refuses every control character in one-line text', () => {
      for (const text of ['a\u0000b', 'a\tb', 'a\nb', 'a\rb', '\u001b[31m', 'a\u007fb', 'a\u0085b']) {
        expect(textProblem(text)).toMatch(/control character U\+00[0-9A-F]{2}/);
      }
    });

    it('lets multi-line text keep tab and line breaks, nothing else', () => {
      expect(textProblem('a\tb\r\nc', { multiline: true })).toBeNull();
      expect(textProblem('a\u0000b', { multiline: true })).toMatch(/U\+0000/);
      expect(textProblem('a\u007fb', { multiline: true })).toMatch(/U\+007F/);
    });

    it('refuses unpaired surrogates, high or low, at any position', () => {
      for (const text of ['\ud800', 'a\ud800b', '\udc00a', 'a\udfff', '👍\ud83d']) {
        expect(textProblem(text, { multiline: true })).toMatch(/unpaired surrogate/);
      }
    });
  });
});
