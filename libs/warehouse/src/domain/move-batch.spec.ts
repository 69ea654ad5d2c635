import { type MoveClaims, takeBatch } from './move-batch';

const move = (scan: string, ...balances: string[]): MoveClaims => ({ scan, balances });
const scans = (moves: MoveClaims[]) => moves.map((m) => m.scan);

describe(takeBatch.name, () => {
  it('takes moves in arrival order up to the limit and leaves the rest queued in order', () => {
    const queue = [move('s1', 'a'), move('s2', 'b'), move('s3', 'c'), move('s4', 'd')];
    expect(scans(takeBatch(queue, 3, (m) => m))).toEqual(['s1', 's2', 's3']);
    expect(scans(queue)).toEqual(['s4']);
  });

  it('leaves a move that shares a balance with one already taken for the next statement', () => {
    const queue = [move('s1', 'a', 'b'), move('s2', 'b', 'c'), move('s3', 'c'), move('s4', 'a')];
    expect(scans(takeBatch(queue, 10, (m) => m))).toEqual(['s1', 's3']);
    expect(scans(queue)).toEqual(['s2', 's4']);
    expect(scans(takeBatch(queue, 10, (m) => m))).toEqual(['s2', 's4']);
    expect(queue).toEqual([]);
  });

  it('never puts the same scan twice in one statement', () => {
    const queue = [move('s1', 'a'), move('s1', 'b'), move('s2', 'c')];
    expect(scans(takeBatch(queue, 10, (m) => m))).toEqual(['s1', 's2']);
    expect(queue).toEqual([move('s1', 'b')]);
  });

  it('keeps scan and balance keys apart', () => {
    const queue = [move('x', 'y'), move('y', 'x')];
    expect(scans(takeBatch(queue, 10, (m) => m))).toEqual(['x', 'y']);
  });

  it('takes nothing from an empty queue', () => {
    const queue: MoveClaims[] = [];
    expect(takeBatch(queue, 10, (m) => m)).toEqual([]);
  });
});
