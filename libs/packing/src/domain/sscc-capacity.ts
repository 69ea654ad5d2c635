/** SSCC-18: extension digit, company prefix, serial reference, check digit: the reference has 16 − prefix digits. */
export function serialReferenceDigits(companyPrefix: string): number {
  return 16 - companyPrefix.length;
}
