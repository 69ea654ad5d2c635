import type { TenancyContext } from '@mendao/platform';
import { ScanHints } from './scan-hints';

describe('ScanHints: which scans go straight to the single path', () => {
  let factory = 'F1';
  const hints = () => new ScanHints({ factoryId: () => factory } as unknown as TenancyContext);
  beforeEach(() => (factory = 'F1'));

  const packed = (openOrder: { id: string; orderNo: string } | null) => ({
    result: 'ok',
    station: { code: 'S1', openOrder },
  });

  it('sends nothing alone before it has heard an answer', () => {
    const h = hints();
    expect(h.packAlone('S1', 'P1', 'O1')).toBe(false);
    expect(h.loadAlone('SH1', 'P1', 'O1')).toBe(false);
  });

  it('sends alone a package it packed, and one of another order than the one open at the station', () => {
    const h = hints();
    h.heardPack('S1', 'P1', packed({ id: 'O1', orderNo: 'PK-1' }));
    expect(h.packAlone('S1', 'P1', 'O1')).toBe(true);
    expect(h.packAlone('S1', 'P2', 'O1')).toBe(false);
    expect(h.packAlone('S1', 'P3', 'O2')).toBe(true);
    // another station, another factory: nothing heard there
    expect(h.packAlone('S2', 'P3', 'O2')).toBe(false);
    factory = 'F2';
    expect(h.packAlone('S1', 'P1', 'O1')).toBe(false);
  });

  it('lets any order through a station whose order was completed, and hears refusals for the station only', () => {
    const h = hints();
    h.heardPack('S1', 'P1', packed({ id: 'O1', orderNo: 'PK-1' }));
    h.heardPack('S1', 'P9', packed(null));
    expect(h.packAlone('S1', 'P3', 'O2')).toBe(false);
    h.heardPack('S1', 'P4', { result: 'not_expected', station: { code: 'S1', openOrder: { id: 'O2' } } });
    expect(h.packAlone('S1', 'P4', 'O2')).toBe(false);
    expect(h.packAlone('S1', 'P5', 'O3')).toBe(true);
  });

  it('sends alone a package it loaded, and one of an order not yet seen on the truck once one has been', () => {
    const h = hints();
    h.heardLoad('SH1', 'P1', 'O1', { result: 'not_in_shipment' });
    expect(h.loadAlone('SH1', 'P2', 'O2')).toBe(false);
    h.heardLoad('SH1', 'P1', 'O1', { result: 'ok' });
    expect(h.loadAlone('SH1', 'P1', 'O1')).toBe(true);
    expect(h.loadAlone('SH1', 'P2', 'O1')).toBe(false);
    expect(h.loadAlone('SH1', 'P3', 'O2')).toBe(true);
    h.heardLoad('SH1', 'P3', 'O2', { result: 'ok' });
    expect(h.loadAlone('SH1', 'P4', 'O2')).toBe(false);
    // packed is not loaded: the same code may still be loaded
    expect(h.loadAlone('SH2', 'P9', 'O1')).toBe(false);
  });
});
