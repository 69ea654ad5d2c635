import { sameRequest } from './same-request';

describe('sameRequest', () => {
  it('compares what was asked whatever the key order, as jsonb gives it back', () => {
    expect(sameRequest({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
  });

  it('tells another barcode, station or an extra field apart; undefined is the same as absent', () => {
    const first = { station: 'PACK-01', barcode: 'P0000000017' };
    expect(sameRequest(first, { ...first, barcode: 'P0000000024' })).toBe(false);
    expect(sameRequest(first, { ...first, station: 'PACK-02' })).toBe(false);
    expect(sameRequest(first, { ...first, shipmentId: null })).toBe(false);
    expect(sameRequest(first, { ...first, note: undefined })).toBe(true);
    expect(sameRequest({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
  });
});
