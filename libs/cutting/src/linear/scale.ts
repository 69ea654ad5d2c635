/**
 * Millimetres may carry decimals; the search works on integers. The smallest power of ten (up to
 * 1000, i.e. micrometres) that makes every length whole is the scale.
 */
export function integerScale(values: number[]): number {
  for (const scale of [1, 10, 100, 1000]) {
    if (values.every((v) => Math.abs(v * scale - Math.round(v * scale)) < 1e-9 * Math.max(1, v * scale))) return scale;
  }
  return 1000;
}
