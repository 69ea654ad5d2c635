import { accuracyFigures, errorKind, localDays, type ScanCount } from './accuracy-figures';

const row = (over: Partial<ScanCount>): ScanCount => ({
  group: '2026-11-30',
  name: null,
  kind: 'pack',
  result: 'ok',
  reason: null,
  scans: 1,
  undone: 0,
  ...over,
});
const noShipments = { closed: 0, clean: 0, withOverride: 0 };
const noOrders = { shipped: 0, shippedComplete: 0 };

describe(errorKind.name, () => {
  it('names the error a station caught by its result, refined by its reason', () => {
    expect(errorKind('pack', 'ok', null)).toBe('ok');
    expect(errorKind('pack', 'duplicate', null)).toBe('duplicate');
    expect(errorKind('pack', 'not_expected', 'wrong_order')).toBe('wrong_order');
    expect(errorKind('pack', 'not_expected', 'door_not_ready')).toBe('door_not_ready');
    expect(errorKind('pack', 'not_expected', 'not_released')).toBe('not_released');
    expect(errorKind('pack', 'not_expected', 'order_packed')).toBe('order_packed');
    expect(errorKind('pack', 'not_expected', 'order_shipped')).toBe('order_shipped');
    expect(errorKind('pack', 'not_expected', 'stale')).toBe('stale');
    expect(errorKind('pack', 'unknown', null)).toBe('unknown');
    expect(errorKind('pack', 'unknown', 'bad_check')).toBe('bad_check');
    expect(errorKind('pack', 'unknown', 'malformed')).toBe('malformed');
    expect(errorKind('load', 'not_in_shipment', null)).toBe('not_in_shipment');
    expect(errorKind('load', 'not_packed', null)).toBe('not_packed');
    expect(errorKind('load', 'unknown', 'bad_check')).toBe('bad_check');
  });

  it('counts an SSCC of another company prefix as unknown, and a result it does not know as other', () => {
    expect(errorKind('pack', 'unknown', 'foreign_prefix')).toBe('unknown');
    expect(errorKind('load', 'unknown', 'foreign_prefix')).toBe('unknown');
    expect(errorKind('pack', 'not_expected', 'closed')).toBe('other');
    expect(errorKind('load', 'not_expected', 'wrong_order')).toBe('other');
    expect(errorKind('pack', 'not_in_shipment', null)).toBe('other');
  });
});

describe(accuracyFigures.name, () => {
  it('is (ok − undone) ÷ ok pack scans, with every refusal an error caught of its kind', () => {
    const { groups, totals } = accuracyFigures(
      [
        row({ scans: 200, undone: 1 }),
        row({ result: 'duplicate', scans: 3 }),
        row({ result: 'not_expected', reason: 'wrong_order', scans: 2 }),
        row({ result: 'unknown', reason: 'bad_check', scans: 1 }),
        row({ kind: 'load', scans: 199 }),
        row({ kind: 'load', result: 'not_packed', scans: 1 }),
      ],
      { closed: 4, clean: 3, withOverride: 1 },
      { shipped: 5, shippedComplete: 4 },
    );
    expect(groups).toHaveLength(1);
    expect(totals.pack).toMatchObject({ scans: 206, ok: 200, undone: 1, errorsCaught: 6 });
    expect(totals.pack.errors).toMatchObject({ duplicate: 3, wrong_order: 2, bad_check: 1, unknown: 0, other: 0 });
    expect(totals.load).toMatchObject({ scans: 200, ok: 199, errorsCaught: 1 });
    expect(totals.load.errors.not_packed).toBe(1);
    expect(totals).toMatchObject({
      packagesPacked: 200,
      packagesPackedCorrect: 199,
      packingAccuracy: 199 / 200,
      errorsCaught: 7,
      shippingAccuracy: 3 / 4,
      orders: { shipped: 5, shippedComplete: 4 },
    });
  });

  it('gives no accuracy (null) when nothing was packed or closed, never 0 or 100 %', () => {
    const { totals } = accuracyFigures([row({ result: 'unknown', reason: 'malformed' })], noShipments, noOrders);
    expect([totals.packingAccuracy, totals.shippingAccuracy]).toEqual([null, null]);
    expect(totals.pack.errors.malformed).toBe(1);
  });

  it('lists every day asked for, zeros included, and the totals are the groups summed', () => {
    const days = ['2026-11-28', '2026-11-29', '2026-11-30'];
    const rows = [
      row({ group: '2026-11-28', scans: 4 }),
      row({ group: '2026-11-30', scans: 6, undone: 2 }),
      row({ group: '2026-11-30', kind: 'load', result: 'duplicate', scans: 1 }),
    ];
    const { groups, totals } = accuracyFigures(rows, noShipments, noOrders, days);
    expect(groups.map((g) => [g.key, g.pack.ok, g.load.errorsCaught, g.packingAccuracy])).toEqual([
      ['2026-11-28', 4, 0, 1],
      ['2026-11-29', 0, 0, null],
      ['2026-11-30', 6, 1, 4 / 6],
    ]);
    expect(totals.pack.ok).toBe(groups.reduce((s, g) => s + g.pack.ok, 0));
  });

  it('keeps a group’s name (station name, username) and the loading scans as the group without a station', () => {
    const { groups } = accuracyFigures(
      [row({ group: 'PACK-01', name: '包装线 1号' }), row({ group: null, name: null, kind: 'load' })],
      noShipments,
      noOrders,
    );
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['PACK-01', '包装线 1号'],
      [null, null],
    ]);
  });
});

describe(localDays.name, () => {
  it('takes the days on the factory’s clocks: 16:00Z is the next day in Shanghai', () => {
    const from = Date.parse('2026-11-27T16:00:00Z');
    const to = Date.parse('2026-11-30T16:00:00Z');
    expect(localDays(from, to, 'Asia/Shanghai')).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(localDays(from, to, 'UTC')).toEqual(['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
  });

  it('lists a day once across a daylight-saving change', () => {
    const days = localDays(Date.parse('2026-03-28T00:00:00Z'), Date.parse('2026-03-31T00:00:00Z'), 'Europe/Berlin');
    expect(days).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });
});
