import fc from 'fast-check';
import { gs1CheckDigit, MAX_PACKAGE_SERIAL, packageCode } from '@mendao/splitting';
import { type Gs1Settings, printedBarcode, readPackageBarcode, ssccOf } from './barcode';

/** GS1's own example: company prefix 0614141, extension 1; serial reference 123456789 makes 106141411234567897. */
const GS1: Gs1Settings = { companyPrefix: '0614141', extension: 1 };
const SSCC = '106141411234567897';
const CODE = packageCode(123_456_789);
const LONG_PREFIX: Gs1Settings = { companyPrefix: '9501234567', extension: 3 };

describe(readPackageBarcode.name, () => {
  it('reads the internal code in any case, trimmed, with or without a GS1 prefix set', () => {
    // ]C0: the AIM identifier of plain Code 128, as a scanner set to send identifiers prefixes it; ]Q1 a QR code
    for (const raw of ['P0000000017', 'p0000000017', '  P0000000017\r\n', ']C0P0000000017', ']Q1P0000000017'])
      for (const gs1 of [null, GS1])
        expect(readPackageBarcode(raw, gs1)).toEqual({ ok: true, code: 'P0000000017', symbology: 'internal' });
  });

  it('reads an SSCC in every form a scanner or a hand sends it', () => {
    for (const raw of [
      SSCC, // the bare 18 digits
      `00${SSCC}`, // GS1-128 with its AI
      `(00)${SSCC}`, // as printed under the bars
      '(00) 1 0614141 123456789 7', // as printed, with the spaces
      `]C100${SSCC}`, // with the AIM symbology identifier of GS1-128
      `\u001d00${SSCC}`, // the FNC1 a scanner sends as GS (0x1D)
      `]C1\u001d00${SSCC}\u001d`,
      ` ${SSCC}\n`,
    ])
      expect(readPackageBarcode(raw, GS1)).toEqual({ ok: true, code: CODE, symbology: 'sscc' });
  });

  it('reads the SSCC of a 10-digit company prefix (a 6-digit serial reference)', () => {
    const sscc = ssccOf(packageCode(999_999), LONG_PREFIX);
    expect(sscc).toBe(`3${LONG_PREFIX.companyPrefix}999999${sscc[17]}`);
    expect(readPackageBarcode(`(00)${sscc}`, LONG_PREFIX)).toEqual({
      ok: true,
      code: packageCode(999_999),
      symbology: 'sscc',
    });
  });

  it('tells a bare SSCC that starts with 00 from the AI 00 (extension 0, a prefix starting with 0)', () => {
    const zero: Gs1Settings = { companyPrefix: '0614141', extension: 0 };
    const sscc = ssccOf(CODE, zero);
    expect(sscc.startsWith('00')).toBe(true);
    for (const raw of [sscc, `00${sscc}`, `(00)${sscc}`])
      expect(readPackageBarcode(raw, zero)).toEqual({ ok: true, code: CODE, symbology: 'sscc' });
  });

  it('takes any extension digit: labels printed before the factory changed it still scan', () => {
    const other = ssccOf(CODE, { ...GS1, extension: 7 });
    expect(other).not.toBe(SSCC);
    expect(readPackageBarcode(other, GS1)).toMatchObject({ ok: true, code: CODE });
  });

  it('refuses a wrong check character, of an internal code or of an SSCC', () => {
    expect(readPackageBarcode('P0000000018', null)).toEqual({ ok: false, reason: 'bad_check' });
    expect(readPackageBarcode('p1234567890', GS1)).toEqual({ ok: false, reason: 'bad_check' });
    for (const raw of ['106141411234567890', '(00)106141411234567898', `]C100${SSCC.slice(0, 16)}87`])
      expect(readPackageBarcode(raw, GS1)).toEqual({ ok: false, reason: 'bad_check' });
    // an SSCC with a bad check is bad whoever's it is: checked before the prefix
    expect(readPackageBarcode('106141411234567890', null)).toEqual({ ok: false, reason: 'bad_check' });
  });

  it('answers malformed for text of no known form', () => {
    for (const raw of [
      '',
      '   ',
      'P000000001', // a digit short
      'P00000000177', // a digit over
      'X0000000017',
      'SO-2026-0001-1-1-1', // the codes of the release before
      'WO-3F2A91C0-2', // a traveler
      'P00000000I7',
      '包装P0000000017',
      '10614141123456789', // 17 digits
      '1061414112345678970', // 19 digits
      `01${SSCC}`, // another AI (GTIN)
      `(00)${SSCC}(400)PO-1`, // an SSCC with more AIs after it
      'Ｐ0000000017', // full-width P
    ])
      expect(readPackageBarcode(raw, GS1)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('answers foreign_prefix for an SSCC of another company, or any SSCC when the factory has no prefix', () => {
    const theirs = ssccOf(CODE, { companyPrefix: '0614142', extension: 1 });
    expect(readPackageBarcode(theirs, GS1)).toEqual({ ok: false, reason: 'foreign_prefix' });
    expect(readPackageBarcode(SSCC, LONG_PREFIX)).toEqual({ ok: false, reason: 'foreign_prefix' });
    expect(readPackageBarcode(SSCC, null)).toEqual({ ok: false, reason: 'foreign_prefix' });
    // our prefix with serial reference 0: no package has serial 0
    const zero = `10614141000000000`;
    expect(readPackageBarcode(`${zero}${gs1CheckDigit(zero)}`, GS1)).toEqual({ ok: false, reason: 'foreign_prefix' });
  });
});

describe(ssccOf.name, () => {
  it('is extension, prefix, the serial as serial reference and the check digit (GS1’s example)', () => {
    expect(ssccOf(CODE, GS1)).toBe(SSCC);
    expect(ssccOf(packageCode(1), GS1)).toBe(`106141410000000019`);
    expect(ssccOf(packageCode(1), LONG_PREFIX)).toMatch(/^39501234567000001\d$/);
  });

  it('fits the serial in what the prefix leaves: 9 digits after 7, 6 after 10; beyond that it throws', () => {
    expect(ssccOf(packageCode(MAX_PACKAGE_SERIAL), GS1)).toMatch(/^10614141999999999\d$/);
    expect(ssccOf(packageCode(999_999), LONG_PREFIX)).toMatch(/^39501234567999999\d$/);
    expect(() => ssccOf(packageCode(1_000_000), LONG_PREFIX)).toThrow('ssccOf: serial 1000000 does not fit 6 digits');
    expect(() => ssccOf(packageCode(MAX_PACKAGE_SERIAL), { companyPrefix: '95012345', extension: 0 })).toThrow(
      'does not fit 8 digits',
    );
  });

  it('refuses what is not a package code', () => {
    expect(() => ssccOf('P0000000018', GS1)).toThrow('ssccOf: not a package code');
    expect(() => ssccOf('SO-1-1-1-1', GS1)).toThrow('ssccOf: not a package code');
  });
});

describe(printedBarcode.name, () => {
  it('is the internal code without a GS1 prefix, the SSCC with one', () => {
    expect(printedBarcode(CODE, null)).toBe(CODE);
    expect(printedBarcode(CODE, GS1)).toBe(SSCC);
  });

  it('keeps the internal code for a serial the prefix has no room for, and it reads back', () => {
    expect(printedBarcode(packageCode(999_999), LONG_PREFIX)).toMatch(/^39501234567999999\d$/);
    const beyond = packageCode(1_000_000);
    expect(printedBarcode(beyond, LONG_PREFIX)).toBe(beyond);
    expect(readPackageBarcode(printedBarcode(beyond, LONG_PREFIX), LONG_PREFIX)).toEqual({
      ok: true,
      code: beyond,
      symbology: 'internal',
    });
  });

  it('reads back as the code it was printed for, whatever the prefix and the form the scanner sends', () => {
    const prefix = fc
      .integer({ min: 7, max: 10 })
      .chain((length) =>
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join('')),
      );
    const settings = fc.option(fc.record({ companyPrefix: prefix, extension: fc.integer({ min: 0, max: 9 }) }));
    const sent = fc.constantFrom(
      (text: string) => text,
      (text: string) => text.toLowerCase(),
      (text: string) => (/^\d{18}$/.test(text) ? `(00)${text}` : text),
      (text: string) => (/^\d{18}$/.test(text) ? `]C100${text}` : `]C1${text}`),
      (text: string) => ` ${text}\r\n`,
    );
    fc.assert(
      fc.property(settings, fc.integer({ min: 1, max: MAX_PACKAGE_SERIAL }), sent, (gs1, serial, send) => {
        // the serial as the prefix leaves room for (16 − prefix length digits)
        const room =
          gs1 === null ? MAX_PACKAGE_SERIAL : Math.min(MAX_PACKAGE_SERIAL, 10 ** (16 - gs1.companyPrefix.length) - 1);
        const code = packageCode(((serial - 1) % room) + 1);
        const read = readPackageBarcode(send(printedBarcode(code, gs1)), gs1);
        expect(read).toEqual({ ok: true, code, symbology: gs1 === null ? 'internal' : 'sscc' });
      }),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('catches any single wrong digit of a printed SSCC', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_PACKAGE_SERIAL }),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        (serial, at, shift) => {
          const sscc = ssccOf(packageCode(serial), GS1);
          const wrong = `${sscc.slice(0, at)}${(Number(sscc[at]) + shift) % 10}${sscc.slice(at + 1)}`;
          expect(readPackageBarcode(wrong, GS1)).toEqual({ ok: false, reason: 'bad_check' });
        },
      ),
      { seed: 17, numRuns: 1000 },
    );
  });
});
