import type { MissingPackage } from '../packing.entities';
import {
  closeDecision,
  loadDecision,
  loadingSequence,
  shipmentNumber,
  shipmentSequence,
  sortMissing,
} from './shipment-rules';

const HERE = 'shipment-here';
const missing = (code: string, extra: Partial<MissingPackage> = {}): MissingPackage => ({
  code,
  barcode: code,
  orderId: 'order-1',
  orderNo: 'SO-1',
  lineNo: 1,
  doorNo: 1,
  k: 1,
  n: 3,
  ...extra,
});

describe(shipmentNumber.name, () => {
  it('numbers a day’s shipments SH-YYYYMMDD-NNN, three digits at least, and reads the place back', () => {
    expect(shipmentNumber('20261130', 1)).toBe('SH-20261130-001');
    expect(shipmentNumber('20261130', 42)).toBe('SH-20261130-042');
    expect(shipmentNumber('20261130', 1234)).toBe('SH-20261130-1234');
    expect(shipmentSequence('SH-20261130-042')).toBe(42);
    expect(shipmentSequence('SH-20261130-1234')).toBe(1234);
    expect(shipmentSequence('SH-2026113-042')).toBeNull();
    expect(shipmentSequence('XX')).toBeNull();
  });

  it('refuses a day that is not YYYYMMDD and a place below 1', () => {
    expect(() => shipmentNumber('2026-11-30', 1)).toThrow();
    expect(() => shipmentNumber('20261130', 0)).toThrow();
  });
});

describe(loadingSequence.name, () => {
  it('loads the last stop first and the first stop last', () => {
    expect([1, 2, 3].map((stop) => loadingSequence(stop, 3))).toEqual([3, 2, 1]);
  });
});

describe(loadDecision.name, () => {
  it('loads a packed package of one of the shipment’s orders', () => {
    expect(loadDecision({ orderInShipment: true, status: 'packed', loadedOn: null }, HERE)).toEqual({
      result: 'ok',
      reason: null,
    });
  });

  it('answers duplicate for a package loaded on this shipment already', () => {
    expect(loadDecision({ orderInShipment: true, status: 'loaded', loadedOn: HERE }, HERE).result).toBe('duplicate');
  });

  it('answers not_in_shipment for another order’s package, packed or not, and for one loaded on another truck', () => {
    for (const status of ['packed', null, 'unpacked'] as const) {
      expect(loadDecision({ orderInShipment: false, status, loadedOn: null }, HERE)).toEqual({
        result: 'not_in_shipment',
        reason: 'other_order',
      });
    }
    expect(loadDecision({ orderInShipment: true, status: 'loaded', loadedOn: 'elsewhere' }, HERE)).toEqual({
      result: 'not_in_shipment',
      reason: 'other_shipment',
    });
  });

  it('answers not_packed for a package of the shipment never packed, or unpacked by an undo', () => {
    expect(loadDecision({ orderInShipment: true, status: null, loadedOn: null }, HERE).result).toBe('not_packed');
    expect(loadDecision({ orderInShipment: true, status: 'unpacked', loadedOn: null }, HERE).result).toBe('not_packed');
  });
});

describe(closeDecision.name, () => {
  it('closes clean when nothing is missing, a supervisor’s reason then not recorded', () => {
    expect(closeDecision([], undefined, false)).toEqual({ close: true, missing: [], overrideReason: null });
    expect(closeDecision([], 'truck leaves', true)).toEqual({ close: true, missing: [], overrideReason: null });
  });

  it('refuses with packages missing, listing them, unless a supervisor overrides with a reason', () => {
    const list = [missing('P0000000017')];
    expect(closeDecision(list, undefined, true)).toEqual({ close: false, refusal: 'packages_missing', missing: list });
    expect(closeDecision(list, '客户急需', true)).toEqual({ close: true, missing: list, overrideReason: '客户急需' });
  });

  it('refuses an override reason from anyone but a supervisor, missing packages or not', () => {
    expect(closeDecision([missing('P0000000017')], 'x', false)).toMatchObject({ refusal: 'override_forbidden' });
    expect(closeDecision([], 'x', false)).toMatchObject({ refusal: 'override_forbidden' });
  });
});

describe(sortMissing.name, () => {
  it('lists by delivery stop, then order, line, door and k', () => {
    const list = [
      { ...missing('c', { k: 2 }), stop: 1 },
      { ...missing('d', { orderNo: 'SO-2' }), stop: 2 },
      { ...missing('b', { doorNo: 2 }), stop: 1 },
      { ...missing('a'), stop: 1 },
    ];
    expect(sortMissing(list).map((m) => m.code)).toEqual(['a', 'c', 'b', 'd']);
  });
});
