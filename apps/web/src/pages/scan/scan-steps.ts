/**
 * The scan station's steps, for a keyboard-wedge scanner (it types a code and presses Enter) and no mouse.
 * Every entry is one line; what it means follows from what it is:
 *   - a location's code or barcode sets the location (receipt: where it goes; issue: where it comes from;
 *     transfer: first "from", then "to"; a third starts a new transfer from there; count: where it was found);
 *   - a bare number of 1–4 digits (optionally with decimals), or `x12` / `*12` / `×12` with up to 6 digits,
 *     sets the quantity of the next item scan only (default 1);
 *   - anything else is an item's code or barcode: with the location(s) set, it is posted at once with that
 *     quantity; the location stays, so a pallet of 40 boxes is 40 scans;
 *   - when the api answers that the item needs a lot, the next entry is taken as the lot and the same item
 *     and quantity are posted again (the lot then stays for further scans of that item);
 *   - Esc clears the location(s), quantity and lot.
 * A bare number of 5 digits or more is an item's code or barcode (item codes such as `100231`, EAN-13), never
 * a quantity: a quantity that large is typed with its `x`, so a scanned item code cannot book 100,231 units.
 */

export const MODES = ['receipt', 'issue', 'transfer', 'count'] as const;
export type Mode = (typeof MODES)[number];

export interface KnownLocation {
  code: string;
  name: string;
}

export interface StationState {
  mode: Mode;
  /** receipt: where to; count: where found (a count of an item everywhere) */
  location?: KnownLocation;
  from?: KnownLocation;
  to?: KnownLocation;
  /** the quantity typed for the next item scan */
  quantity?: number;
  /** waiting for the lot of this item scan */
  lotFor?: { item: string; quantity: number };
  /** the lot that stays for further scans of `item` */
  lot?: { item: string; lot: string };
  /** a count of one location fixes it: no location scan needed */
  fixedLocation?: KnownLocation;
}

export type Step = 'location' | 'from' | 'to' | 'item' | 'lot';

/** What the station waits for now. */
export function currentStep(state: StationState): Step {
  if (state.lotFor) return 'lot';
  switch (state.mode) {
    case 'receipt':
      return state.location ? 'item' : 'location';
    case 'issue':
      return state.from ? 'item' : 'from';
    case 'transfer':
      return !state.from ? 'from' : !state.to ? 'to' : 'item';
    case 'count':
      return state.location || state.fixedLocation ? 'item' : 'location';
  }
}

/** A scan to post: the item as scanned, where, how many, and its lot if any. */
export interface ScanIntent {
  mode: Mode;
  item: string;
  quantity: number;
  lot?: string;
  from?: string;
  to?: string;
  location?: string;
  /** Why an issue takes more than its pick list still needs (given after the api refused it without one). */
  overIssueReason?: string;
}

export type Action =
  | { kind: 'none' }
  | { kind: 'state'; state: StationState; said: 'location' | 'from' | 'to' | 'quantity' }
  | { kind: 'post'; state: StationState; scan: ScanIntent }
  | { kind: 'refuse'; reason: 'locationFirst' | 'badQuantity' };

/** `x12`, `*12`, `×12`: a quantity said as one (up to 6 digits); a bare number only up to 4 digits. */
const QUANTITY = /^(?:[x×*](\d{1,6}(?:\.\d{1,3})?)|(\d{1,4}(?:\.\d{1,3})?))$/i;

/** The quantity an entry spells, if it is one. */
export function quantityOf(entry: string): number | undefined {
  const match = QUANTITY.exec(entry);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** What one entry (a scan or a typed line) does in the current state. */
export function interpret(
  state: StationState,
  raw: string,
  findLocation: (code: string) => KnownLocation | undefined,
): Action {
  const entry = raw.trim();
  if (entry === '') return { kind: 'none' };
  if (state.lotFor) {
    const { item, quantity } = state.lotFor;
    const next: StationState = { ...state, lotFor: undefined, lot: { item, lot: entry } };
    return { kind: 'post', state: next, scan: intent(next, item, quantity, entry) };
  }
  const location = findLocation(entry);
  if (location) return placeLocation(state, location);
  const quantity = quantityOf(entry);
  if (quantity !== undefined) {
    if (quantity <= 0) return { kind: 'refuse', reason: 'badQuantity' };
    return { kind: 'state', state: { ...state, quantity }, said: 'quantity' };
  }
  if (currentStep(state) !== 'item') return { kind: 'refuse', reason: 'locationFirst' };
  const lot = state.lot?.item === entry ? state.lot.lot : undefined;
  const next: StationState = { ...state, quantity: undefined, lot: lot ? state.lot : undefined };
  return { kind: 'post', state: next, scan: intent(state, entry, state.quantity ?? 1, lot) };
}

function placeLocation(state: StationState, location: KnownLocation): Action {
  switch (state.mode) {
    case 'receipt':
    case 'count':
      return { kind: 'state', state: { ...state, location }, said: 'location' };
    case 'issue':
      return { kind: 'state', state: { ...state, from: location }, said: 'from' };
    case 'transfer':
      if (state.from && !state.to) return { kind: 'state', state: { ...state, to: location }, said: 'to' };
      return { kind: 'state', state: { ...state, from: location, to: undefined }, said: 'from' };
  }
}

function intent(state: StationState, item: string, quantity: number, lot: string | undefined): ScanIntent {
  const base = { mode: state.mode, item, quantity, ...(lot ? { lot } : {}) };
  switch (state.mode) {
    case 'receipt':
      return { ...base, to: state.location?.code };
    case 'issue':
      return { ...base, from: state.from?.code };
    case 'transfer':
      return { ...base, from: state.from?.code, to: state.to?.code };
    case 'count':
      return { ...base, location: (state.location ?? state.fixedLocation)?.code };
  }
}

/** The api asked for a lot: the next entry is the lot for this same item and quantity. */
export function askLot(state: StationState, scan: ScanIntent): StationState {
  return { ...state, lotFor: { item: scan.item, quantity: scan.quantity } };
}

/** Esc: back to the first step of the mode (a count's own location stays). */
export function cleared(state: StationState): StationState {
  return { mode: state.mode, fixedLocation: state.fixedLocation };
}

/** Another mode starts from its first step. */
export function withMode(state: StationState, mode: Mode): StationState {
  return { mode, fixedLocation: mode === 'count' ? state.fixedLocation : undefined };
}
