import { notExpectedReason } from './pack-rules';

const ORDER = { id: 'o1', status: 'in_production', splitStale: false, lastSplitRunId: 'r2' };
const OK = { order: ORDER, splitRunId: 'r2', openOrderId: null, doorReady: true };

describe('notExpectedReason', () => {
  it('lets a package of a released order’s last split, ready door, at a free station or its own order be packed', () => {
    expect(notExpectedReason(OK)).toBeNull();
    expect(notExpectedReason({ ...OK, openOrderId: 'o1' })).toBeNull();
  });

  it.each([
    ['stale: a run that is not the order’s last', { splitRunId: 'r1' }, 'stale'],
    ['stale: the order edited since its split', { order: { ...ORDER, splitStale: true } }, 'stale'],
    ['not_released: split, not released', { order: { ...ORDER, status: 'split' } }, 'not_released'],
    ['not_released: cancelled', { order: { ...ORDER, status: 'cancelled' } }, 'not_released'],
    [
      'order_shipped: shipped already (closed short with an override, this package left behind)',
      { order: { ...ORDER, status: 'shipped' } },
      'order_shipped',
    ],
    [
      'order_packed: packed already (every package of it packed)',
      { order: { ...ORDER, status: 'packed' } },
      'order_packed',
    ],
    ['wrong_order: another order open at the station', { openOrderId: 'o2' }, 'wrong_order'],
    ['door_not_ready: not through the processes before packing', { doorReady: false }, 'door_not_ready'],
  ] as const)('%s', (_what, change, reason) => {
    expect(notExpectedReason({ ...OK, ...change })).toBe(reason);
  });

  it('says what the packer acts on first: a stale label before the station’s order, the order before the door', () => {
    expect(notExpectedReason({ ...OK, splitRunId: 'r1', openOrderId: 'o2', doorReady: false })).toBe('stale');
    expect(notExpectedReason({ ...OK, order: { ...ORDER, status: 'split' }, openOrderId: 'o2' })).toBe('not_released');
    expect(notExpectedReason({ ...OK, openOrderId: 'o2', doorReady: false })).toBe('wrong_order');
  });
});
