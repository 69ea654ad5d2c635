/** Absolute tolerance for coordinates and lengths (mm): decimals go through float sums of kerfs and trims. */
export const EPS = 1e-6;

/** Equal within 1e-6 relative (absolute near zero): totals sum hundreds of decimals. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Short decimal form for messages: 1e-9 noise is not worth printing. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : String(value);
}
