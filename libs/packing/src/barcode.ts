import { gs1CheckDigit, packageCode, packageSerial, PACKAGE_CODE_PATTERN } from '@mendao/splitting';

/** The factory's GS1 settings; with a company prefix, package labels carry an SSCC-18. */
export interface Gs1Settings {
  companyPrefix: string;
  extension: number;
}

/** FNC1 as a scanner sends it inside a GS1-128 (ASCII GS, 0x1D). */
const GROUP_SEPARATOR = String.fromCharCode(0x1d);

export type ScannedPackage =
  | { ok: true; code: string; symbology: 'internal' | 'sscc' }
  | { ok: false; reason: 'malformed' | 'bad_check' | 'foreign_prefix' };

/**
 * What a scanner sent, read as a package code. Accepts the internal code (`P` + 9 digits + check, any case) and,
 * when the factory has a GS1 prefix, an SSCC as scanners send it: 18 digits, `00` + 18 (GS1-128 with its AI),
 * `(00)` + 18 as printed, with FNC1 sent as GS. A leading AIM symbology identifier (`]C0` Code 128, `]C1` GS1-128,
 * `]Q1` QR…, sent by scanners set to) is dropped. Every check digit is verified: a misread or a hand-typed slip is
 * refused here, before anything is looked up.
 */
export function readPackageBarcode(raw: string, gs1: Gs1Settings | null): ScannedPackage {
  const text = raw
    .trim()
    .replace(/^\][A-Za-z][0-9A-Za-z]/, '')
    .replaceAll(GROUP_SEPARATOR, '')
    .replace(/[\s()]/g, '');
  const upper = text.toUpperCase();
  if (PACKAGE_CODE_PATTERN.test(upper)) {
    return packageSerial(upper) === null
      ? { ok: false, reason: 'bad_check' }
      : { ok: true, code: upper, symbology: 'internal' };
  }
  const sscc = /^(?:00)?(\d{18})$/.exec(text)?.[1];
  if (sscc === undefined) return { ok: false, reason: 'malformed' };
  if (gs1CheckDigit(sscc.slice(0, 17)) !== Number(sscc[17])) return { ok: false, reason: 'bad_check' };
  if (gs1 === null || sscc.slice(1, 1 + gs1.companyPrefix.length) !== gs1.companyPrefix) {
    return { ok: false, reason: 'foreign_prefix' };
  }
  const serial = Number(sscc.slice(1 + gs1.companyPrefix.length, 17));
  if (serial < 1 || serial > 999_999_999) return { ok: false, reason: 'foreign_prefix' };
  return { ok: true, code: packageCode(serial), symbology: 'sscc' };
}

/**
 * The SSCC-18 of a package: extension digit, company prefix, the serial as serial reference, check digit.
 * Throws when the serial does not fit the serial reference the prefix leaves (16 − prefix length digits).
 */
export function ssccOf(code: string, gs1: Gs1Settings): string {
  const serial = packageSerial(code);
  if (serial === null) throw new Error(`ssccOf: not a package code: ${code}`);
  const width = 16 - gs1.companyPrefix.length;
  const reference = String(serial);
  if (reference.length > width) throw new Error(`ssccOf: serial ${serial} does not fit ${width} digits`);
  const body = `${gs1.extension}${gs1.companyPrefix}${reference.padStart(width, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}

/**
 * What the label prints and a scanner reads back: the SSCC with a GS1 prefix, else the internal code. A serial too
 * long for the prefix's serial reference (16 − prefix length digits) keeps its internal code, printed as Code 128:
 * scans always accept it, so nothing on a request path throws for such a package.
 */
export function printedBarcode(code: string, gs1: Gs1Settings | null): string {
  if (gs1 === null) return code;
  const serial = packageSerial(code);
  if (serial === null || String(serial).length > 16 - gs1.companyPrefix.length) return code;
  return ssccOf(code, gs1);
}
