import { takeBatch } from './take-batch';

interface Move {
  scan: string;
  balances: string[];
}
const move = (scan: string, ...balances: string[]): Move => ({ scan, balances });
const claims = (m: Move) => [`scan ${m.scan}`, ...m.balances.map((b) => `balance ${b}`)];
const scans = (moves: Move[]) => moves.map((m) => m.scan);

describe(takeBatch.name, () => {
  it('takes items in arrival order up to the limit and leaves the rest queued in order', () => {
    const queue = [move('s1', 'a'), move('s2', 'b'), move('s3', 'c'), move('s4', 'd')];
    expect(scans(takeBatch(queue, 3, claims))).toEqual(['s1', 's2', 's3']);
    expect(scans(queue)).toEqual(['s4']);
  });

  it('leaves an item that claims a key taken already for the next statement', () => {
    const queue = [move('s1', 'a', 'b'), move('s2', 'b', 'c'), move('s3', 'c'), move('s4', 'a')];
    expect(scans(takeBatch(queue, 10, claims))).toEqual(['s1', 's3']);
    expect(scans(queue)).toEqual(['s2', 's4']);
    expect(scans(takeBatch(queue, 10, claims))).toEqual(['s2', 's4']);
    expect(queue).toEqual([]);
  });

  it('never puts the same scan twice in one statement', () => {
    const queue = [move('s1', 'a'), move('s1', 'b'), move('s2', 'c')];
    expect(scans(takeBatch(queue, 10, claims))).toEqual(['s1', 's2']);
    expect(queue).toEqual([move('s1', 'b')]);
  });

  it('tells keys of different kinds apart by their names', () => {
    const queue = [move('x', 'y'), move('y', 'x')];
    expect(scans(takeBatch(queue, 10, claims))).toEqual(['x', 'y']);
  });

  it('takes nothing from an empty queue', () => {
    const queue: Move[] = [];
    expect(takeBatch(queue, 10, claims)).toEqual([]);
  });
});
