import fc from 'fast-check';
import { gs1CheckDigit, MAX_PACKAGE_SERIAL, PACKAGE_CODE_PATTERN, packageCode, packageSerial } from './package-code';

/** The ten digits of a code (serial and check), and the code they make. */
const digitsOf = (code: string) => code.slice(1).split('').map(Number);
const codeOf = (digits: number[]) => `P${digits.join('')}`;

describe(gs1CheckDigit.name, () => {
  it('gives the check digits of published GS1 keys (SSCC-18, GTIN-13, GTIN-12)', () => {
    // GS1 General Specifications' SSCC example, 106141411234567897
    expect(gs1CheckDigit('10614141123456789')).toBe(7);
    expect(gs1CheckDigit('400638133393')).toBe(1); // EAN-13 4006381333931
    expect(gs1CheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
    expect(gs1CheckDigit('000000000')).toBe(0);
  });

  it('weighs from the right: leading zeros change nothing', () => {
    expect(gs1CheckDigit('0003600029145')).toBe(gs1CheckDigit('3600029145'));
  });

  it('refuses anything but digits', () => {
    for (const bad of ['', '12a4', ' 123', '１２３', '-1'])
      expect(() => gs1CheckDigit(bad)).toThrow('gs1CheckDigit: digits only');
  });
});

describe(packageCode.name, () => {
  it('is P, the serial in nine digits and its check digit', () => {
    expect(packageCode(1)).toBe('P0000000017');
    expect(packageCode(123_456_789)).toBe('P1234567895');
    expect(packageCode(MAX_PACKAGE_SERIAL)).toBe('P9999999999');
    expect(packageCode(1)).toMatch(PACKAGE_CODE_PATTERN);
  });

  it('refuses a serial outside 1…999,999,999 or not whole', () => {
    for (const bad of [0, -1, 1.5, MAX_PACKAGE_SERIAL + 1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => packageCode(bad)).toThrow('packageCode: serial out of range');
  });
});

describe(packageSerial.name, () => {
  it('reads the serial back from any code', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_PACKAGE_SERIAL }),
        (serial) => packageSerial(packageCode(serial)) === serial,
      ),
    );
  });

  it('answers null for a wrong check digit or a code of another form', () => {
    expect(packageSerial('P0000000018')).toBeNull();
    for (const bad of ['', 'P000000001', 'P00000000177', 'p0000000017', 'X0000000017', ' P0000000017', 'SO-1-1-1-1'])
      expect(packageSerial(bad)).toBeNull();
  });

  // the serials checked digit by digit below: the ends of the range, and a seeded spread between
  const serials = [
    1,
    9,
    10,
    123_456_789,
    MAX_PACKAGE_SERIAL,
    ...fc.sample(fc.integer({ min: 1, max: MAX_PACKAGE_SERIAL }), { seed: 17, numRuns: 60 }),
  ];

  it('catches every single wrong digit, the check digit included (a misread or a slip of the hand)', () => {
    let tried = 0;
    for (const serial of serials) {
      const digits = digitsOf(packageCode(serial));
      digits.forEach((digit, at) => {
        for (let other = 0; other <= 9; other += 1) {
          if (other === digit) continue;
          const wrong = codeOf(digits.map((d, i) => (i === at ? other : d)));
          expect(packageSerial(wrong)).toBeNull();
          tried += 1;
        }
      });
    }
    expect(tried).toBe(serials.length * 10 * 9);
  });

  it('catches every swap of two neighbouring digits but those 5 apart, which the GS1 mod 10 cannot see', () => {
    let caught = 0;
    let unseen = 0;
    for (const serial of serials) {
      const digits = digitsOf(packageCode(serial));
      for (let at = 0; at + 1 < digits.length; at += 1) {
        const [a, b] = [digits[at], digits[at + 1]];
        if (a === b) continue;
        const swapped = [...digits];
        [swapped[at], swapped[at + 1]] = [b, a];
        if (Math.abs(a - b) === 5) {
          // 3a + b ≡ 3b + a (mod 10) when a − b = ±5: the known blind spot of the weights 3, 1
          expect(packageSerial(codeOf(swapped))).not.toBeNull();
          unseen += 1;
        } else {
          expect(packageSerial(codeOf(swapped))).toBeNull();
          caught += 1;
        }
      }
    }
    expect(caught).toBeGreaterThan(serials.length * 5);
    expect(unseen).toBeGreaterThan(0);
  });
});
