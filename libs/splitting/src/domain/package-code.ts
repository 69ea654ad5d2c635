/**
 * A package's code (包装码): `P`, a nine-digit serial unique in the factory, and a GS1 mod-10 check digit, e.g.
 * `P0000012347`. Order numbers may be Chinese, which Code 128 cannot carry, so the code is a serial and the label
 * prints the order beside it. Serials come from the factory's counter and are never reused: a re-split makes new
 * codes, so a label of a replaced split can never pass as the new one.
 */
export const PACKAGE_CODE_PATTERN = /^P(\d{9})(\d)$/;
export const MAX_PACKAGE_SERIAL = 999_999_999;

/** The GS1 mod-10 check digit of a digit string (weights 3, 1, 3… from the right), as SSCC, GTIN and GLN use. */
export function gs1CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Error(`gs1CheckDigit: digits only, got ${JSON.stringify(digits)}`);
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i -= 1, weight = 4 - weight) {
    sum += Number(digits[i]) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** The code of the package with this serial. */
export function packageCode(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_PACKAGE_SERIAL) {
    throw new Error(`packageCode: serial out of range: ${serial}`);
  }
  const digits = String(serial).padStart(9, '0');
  return `P${digits}${gs1CheckDigit(digits)}`;
}

/** The serial of a well-formed code with a right check digit; null otherwise. */
export function packageSerial(code: string): number | null {
  const match = PACKAGE_CODE_PATTERN.exec(code);
  if (!match || gs1CheckDigit(match[1]) !== Number(match[2])) return null;
  return Number(match[1]);
}
