import { ValidationFailedError } from '../errors/domain.error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursor pagination', () => {
  it('round-trips a cursor and cuts the extra row into nextCursor', () => {
    const page = toPage([{ k: 'a' }, { k: 'b' }, { k: 'c' }], 2, (r) => [r.k]);
    expect(page.items).toEqual([{ k: 'a' }, { k: 'b' }]);
    expect(decodeCursor(page.nextCursor ?? undefined, 1)).toEqual(['b']);
    expect(toPage([{ k: 'a' }], 2, (r) => [r.k]).nextCursor).toBeNull();
  });

  it('rejects a cursor it did not issue, naming the field', () => {
    expect(() => decodeCursor('garbage!', 1)).toThrow(ValidationFailedError);
    expect(() => decodeCursor(encodeCursor(['a', 'b']), 1)).toThrow(ValidationFailedError);
    expect(decodeCursor(undefined, 1)).toBeUndefined();
  });
});
