import { describe, expect, it } from 'vitest';
import { askLot, cleared, currentStep, interpret, quantityOf, type StationState } from './scan-steps';

const LOCATIONS = new Map([
  ['RCV', { code: 'RCV', name: '收货区' }],
  ['LOCA-01', { code: 'A-01', name: '板材库 A-01' }],
  ['A-01', { code: 'A-01', name: '板材库 A-01' }],
]);
const find = (code: string) => LOCATIONS.get(code);

function run(state: StationState, ...entries: string[]) {
  const posts = [];
  for (const entry of entries) {
    const action = interpret(state, entry, find);
    if (action.kind === 'state' || action.kind === 'post') state = action.state;
    if (action.kind === 'post') posts.push(action.scan);
    if (action.kind === 'refuse') posts.push({ refused: action.reason });
  }
  return { state, posts };
}

describe('the scan station’s steps', () => {
  it('receives: a location, then each item scan posts 1 there, the location staying', () => {
    const { state, posts } = run({ mode: 'receipt' }, 'RCV', 'HDF-8', 'HDF-8');
    expect(posts).toEqual([
      { mode: 'receipt', item: 'HDF-8', quantity: 1, to: 'RCV' },
      { mode: 'receipt', item: 'HDF-8', quantity: 1, to: 'RCV' },
    ]);
    expect(currentStep(state)).toBe('item');
  });

  it('takes a typed number as the quantity of the next item scan only', () => {
    const { posts } = run({ mode: 'issue' }, 'LOCA-01', '12', 'HDF-8', 'HDF-8', 'x2.5', 'LVL-40');
    expect(posts.map((p) => ('quantity' in p ? [p.item, p.quantity, p.from] : p))).toEqual([
      ['HDF-8', 12, 'A-01'],
      ['HDF-8', 1, 'A-01'],
      ['LVL-40', 2.5, 'A-01'],
    ]);
  });

  it('refuses an item before its location, and reads long numbers as item barcodes', () => {
    expect(run({ mode: 'receipt' }, '6900000000012').posts).toEqual([{ refused: 'locationFirst' }]);
    expect(quantityOf('6900000000012')).toBeUndefined();
    expect(quantityOf('*5')).toBe(5);
  });

  it('reads a bare number of 1–4 digits as a quantity, 5 digits or more as an item code, and x/* any quantity', () => {
    expect(quantityOf('1')).toBe(1);
    expect(quantityOf('9999')).toBe(9999);
    expect(quantityOf('12.5')).toBe(12.5);
    expect(quantityOf('10023')).toBeUndefined();
    expect(quantityOf('100231')).toBeUndefined();
    expect(quantityOf('x100231')).toBe(100231);
    expect(quantityOf('X12')).toBe(12);
    expect(quantityOf('*12')).toBe(12);
    expect(quantityOf('×12')).toBe(12);
    expect(quantityOf('x1234567')).toBeUndefined();
    // scanning item 100231 books one of it; the next item is one too, not 100,231
    const { posts } = run({ mode: 'receipt' }, 'RCV', '100231', 'HDF-8', 'x20000', 'HDF-8');
    expect(posts.map((p) => ('quantity' in p ? [p.item, p.quantity] : p))).toEqual([
      ['100231', 1],
      ['HDF-8', 1],
      ['HDF-8', 20000],
    ]);
  });

  it('refuses a zero quantity', () => {
    expect(run({ mode: 'receipt' }, '0').posts).toEqual([{ refused: 'badQuantity' }]);
  });

  it('transfers: first location is from, second is to, a third starts again from there', () => {
    const first = run({ mode: 'transfer' }, 'RCV');
    expect(currentStep(first.state)).toBe('to');
    const second = run(first.state, 'A-01', 'HDF-8');
    expect(second.posts).toEqual([{ mode: 'transfer', item: 'HDF-8', quantity: 1, from: 'RCV', to: 'A-01' }]);
    const { state } = run(second.state, 'A-01');
    expect(state.from?.code).toBe('A-01');
    expect(state.to).toBeUndefined();
    expect(currentStep(state)).toBe('to');
  });

  it('asks for a lot when the api wants one, posts the same scan with it, and keeps it for that item', () => {
    const first = run({ mode: 'receipt' }, 'RCV', '3', 'VENEER-OAK');
    const asking = askLot(first.state, first.posts[0] as { mode: 'receipt'; item: string; quantity: number });
    expect(currentStep(asking)).toBe('lot');
    const { posts } = run(asking, 'V-OAK-2611', 'VENEER-OAK', 'HDF-8');
    expect(posts).toEqual([
      { mode: 'receipt', item: 'VENEER-OAK', quantity: 3, lot: 'V-OAK-2611', to: 'RCV' },
      { mode: 'receipt', item: 'VENEER-OAK', quantity: 1, lot: 'V-OAK-2611', to: 'RCV' },
      { mode: 'receipt', item: 'HDF-8', quantity: 1, to: 'RCV' },
    ]);
  });

  it('counts a fixed location without a location scan; Esc keeps it', () => {
    const start: StationState = { mode: 'count', fixedLocation: { code: 'A-01', name: '' } };
    expect(run(start, 'HDF-8').posts).toEqual([{ mode: 'count', item: 'HDF-8', quantity: 1, location: 'A-01' }]);
    expect(currentStep(cleared({ ...start, quantity: 4 }))).toBe('item');
    expect(currentStep({ mode: 'count' })).toBe('location');
  });
});
