import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../i18n/catalogues';
import type { LoadScanAnswer, PackageView, PackScanAnswer } from './packing-api';
import {
  loadFeedback,
  loadingOrder,
  missingOf,
  packFeedback,
  problemFeedback,
  type ScanFeedback,
} from './scan-feedback';

const pkg: PackageView = {
  code: 'P0000000017',
  barcode: 'P0000000017',
  kind: 'leaf',
  k: 2,
  n: 3,
  order: { id: 'o1', orderNo: 'SO-1', customer: '王女士' },
  line: {
    id: 'l1',
    lineNo: 1,
    room: '主卧',
    productCode: 'FLAT-1',
    width: 800,
    height: 2100,
    finish: 'walnut',
    handing: 'left-in',
  },
  doorNo: 2,
  contents: [],
  status: 'packed',
};

/** A pack scan's answer as the api gives it, with `change` over an ok one. */
function packAnswer(change: Partial<PackScanAnswer>): PackScanAnswer {
  return {
    result: 'ok',
    replayed: false,
    package: pkg,
    order: { id: 'o1', orderNo: 'SO-1', customer: '王女士', packed: 6, expected: 6, complete: true },
    door: { lineNo: 1, doorNo: 2, room: '主卧', packed: 3, n: 3, missing: [] },
    station: { code: 'PACK-01', openOrder: null },
    ...change,
  };
}

/** Every sentence of a feedback is a key both languages hold. */
function keysOf(feedback: ScanFeedback): string[] {
  return [...('key' in feedback.title ? [feedback.title.key] : []), ...feedback.details.map((d) => d.key)];
}

function expectWorded(feedback: ScanFeedback) {
  for (const key of keysOf(feedback)) {
    expect(CATALOGUES['zh-CN'][key]).toBeDefined();
    expect(CATALOGUES.en[key]).toBeDefined();
  }
}

describe('the packing station’s feedback', () => {
  it('says a good pack scan in green with the door’s k of n and the order’s count, and a completed order', () => {
    const said = packFeedback(packAnswer({}));
    expect(said).toMatchObject({ tone: 'ok', sound: 'ok', result: 'ok' });
    expect(keysOf(said)).toEqual([
      'packingStation.ok',
      'packingStation.package',
      'packingStation.doorCount',
      'packingStation.orderCount',
      'packingStation.orderComplete',
    ]);
    expect(said.details[1].values).toEqual({ lineNo: 1, doorNo: 2, packed: 3, n: 3 });
    expectWorded(said);
  });

  it('says a duplicate in amber with its own sound, nothing wrong and nothing done', () => {
    const said = packFeedback(packAnswer({ result: 'duplicate' }));
    expect(said).toMatchObject({ tone: 'warn', sound: 'warn', result: 'duplicate' });
    expect(said.title).toEqual({ key: 'packingStation.duplicate', values: { code: 'P0000000017' } });
    expectWorded(said);
  });

  it('says which reason a package is not expected for: wrong order (both orders named), door not ready, not released, stale', () => {
    const wrong = packFeedback(
      packAnswer({
        result: 'not_expected',
        reason: 'wrong_order',
        station: { code: 'PACK-01', openOrder: { id: 'o2', orderNo: 'SO-2' } },
      }),
    );
    expect(wrong).toMatchObject({ tone: 'error', sound: 'error', result: 'not_expected' });
    expect(wrong.details[0]).toMatchObject({
      key: 'packingStation.notExpected.wrongOrder',
      values: { orderNo: 'SO-1', open: 'SO-2' },
    });
    const reasons = ['door_not_ready', 'not_released', 'stale', 'order_packed', 'order_shipped', 'something_new'].map(
      // a reason a newer api may give says "other"
      (reason) =>
        packFeedback(packAnswer({ result: 'not_expected', reason: reason as PackScanAnswer['reason'] })).details[0].key,
    );
    expect(reasons).toEqual([
      'packingStation.notExpected.doorNotReady',
      'packingStation.notExpected.notReleased',
      'packingStation.notExpected.stale',
      'packingStation.notExpected.orderPacked',
      'packingStation.notExpected.orderShipped',
      'packingStation.notExpected.other',
    ]);
    expectWorded(wrong);
  });
});

describe('the loading station’s feedback', () => {
  it('says each load answer with its tone and the shipment’s totals', () => {
    const base = { package: pkg, loaded: 4, expected: 9 } satisfies Partial<LoadScanAnswer>;
    const ok = loadFeedback({
      ...base,
      result: 'ok',
      order: { id: 'o1', orderNo: 'SO-1', customer: '王女士', loaded: 3, expected: 3, complete: true },
    });
    expect(ok).toMatchObject({ tone: 'ok', sound: 'ok' });
    expect(keysOf(ok)).toContain('loading.orderComplete');
    expect(ok.details.find((d) => d.key === 'loading.totalCount')?.values).toEqual({ loaded: 4, expected: 9 });
    const answers = (['duplicate', 'not_in_shipment', 'not_packed'] as const).map((result) =>
      loadFeedback({ ...base, result }),
    );
    expect(answers.map((a) => [a.result, a.tone, a.sound])).toEqual([
      ['duplicate', 'warn', 'warn'],
      ['not_in_shipment', 'error', 'error'],
      ['not_packed', 'error', 'error'],
    ]);
    const elsewhere = loadFeedback({
      ...base,
      result: 'not_in_shipment',
      reason: 'other_shipment',
      package: { ...pkg, status: 'loaded', shipment: { id: 's2', number: 'SH-20261130-002' } },
    });
    expect(elsewhere.title).toEqual({
      key: 'loading.onOtherShipment',
      values: { code: 'P0000000017', shipment: 'SH-20261130-002' },
    });
    for (const said of [ok, ...answers, elsewhere]) expectWorded(said);
  });

  it('lists the shipment’s orders in loading order: the last stop first', () => {
    expect(loadingOrder([{ stop: 1 }, { stop: 3 }, { stop: 2 }]).map((o) => o.stop)).toEqual([3, 2, 1]);
  });

  it('finds the missing packages of a refused close in the problem (top level or in params)', () => {
    const missing = [
      { code: 'P0000000017', barcode: 'P0000000017', orderNo: 'SO-1', lineNo: 1, doorNo: 2, k: 2, n: 3 },
    ];
    expect(missingOf({ code: 'shipment.packages_missing', missing })).toEqual(missing);
    expect(missingOf({ code: 'shipment.packages_missing', params: { missing } })).toEqual(missing);
    expect(missingOf({ code: 'shipment.closed' })).toEqual([]);
    expect(missingOf(null)).toEqual([]);
  });
});

describe('a refused scan', () => {
  it('says an unknown package, a wrong check character and a code of no known form in red, with the code', () => {
    const cases = [
      ['packing.unknown_package', 'unknown', 'packingStation.problem.unknown'],
      ['packing.bad_check_character', 'unknown', 'packingStation.problem.badCheck'],
      ['packing.malformed_barcode', 'unknown', 'packingStation.problem.malformed'],
      ['shipment.closed', 'refused', 'loading.problem.closed'],
    ];
    for (const [code, result, key] of cases) {
      const said = problemFeedback({ code, params: code.startsWith('packing') ? { result } : {} }, 'P0000000018');
      expect(said).toMatchObject({
        tone: 'error',
        sound: 'error',
        result,
        title: { key, values: { barcode: 'P0000000018' } },
      });
      expectWorded(said);
    }
  });

  it('names an unknown station or shipment by the field the api names, and otherwise says the api’s sentence', () => {
    const station = problemFeedback({ code: 'resource.not_found', errors: [{ field: 'station' }] }, 'X');
    expect(station.title).toMatchObject({ key: 'packingStation.problem.station' });
    const shipment = problemFeedback({ code: 'resource.not_found', errors: [{ field: 'id' }] }, 'X');
    expect(shipment.title).toMatchObject({ key: 'loading.problem.shipment' });
    const other = problemFeedback({ code: 'packing.station_inactive', detail: 'Station inactive / 工位已停用' }, 'X');
    expect(other.title).toEqual({ text: 'Station inactive / 工位已停用' });
    expect(problemFeedback(undefined, 'X').title).toMatchObject({ key: 'packingStation.problem.other' });
  });
});
