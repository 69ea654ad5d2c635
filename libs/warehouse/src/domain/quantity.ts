/**
 * Quantities carry at most three decimals (0.001 m, 0.001 kg). Pure code adds them as integer
 * thousandths so that sums are exact; the database keeps them as numeric.
 */
export const QUANTITY_DECIMALS = 3;
export const MAX_QUANTITY = 1e9;

export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

export function fromMilli(milli: number): number {
  return milli / 1000;
}

/** A numeric column's text ('12.500') as a number. */
export function parseQuantity(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
