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

/** Item units counted whole: a picker takes a sheet, a piece or a set, never part of one. */
export const WHOLE_UNITS: readonly string[] = ['piece', 'sheet', 'set'];

export function isWholeUnit(unit: string): boolean {
  return WHOLE_UNITS.includes(unit);
}

/** Whether a quantity breaks its unit: a fraction of an item counted whole. */
export function isFractionOf(unit: string, quantity: number): boolean {
  return isWholeUnit(unit) && toMilli(quantity) % 1000 !== 0;
}

/** A need in whole units, rounded up at the thousandth (2.0004 sheets is 2, 2.001 is 3). */
export function wholeUp(quantity: number): number {
  return Math.ceil(toMilli(quantity) / 1000);
}
