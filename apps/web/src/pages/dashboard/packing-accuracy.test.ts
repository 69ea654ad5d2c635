import { describe, expect, it } from 'vitest';
import { errorKindsOption } from './packing-accuracy-card';
import { errorBars, type AccuracyTotals } from './packing-accuracy-api';

const figures = <K extends string>(errors: Record<K, number>) => ({
  scans: 0,
  ok: 0,
  undone: 0,
  errorsCaught: Object.values<number>(errors).reduce((s, n) => s + n, 0),
  errors,
});

const totals = {
  pack: figures({
    duplicate: 2,
    wrong_order: 1,
    door_not_ready: 0,
    not_released: 0,
    stale: 0,
    unknown: 1,
    bad_check: 3,
    malformed: 0,
    other: 0,
  }),
  load: figures({ duplicate: 1, not_in_shipment: 4, not_packed: 0, unknown: 0, bad_check: 0, malformed: 0, other: 0 }),
} as unknown as AccuracyTotals;

describe('errorBars', () => {
  it('puts packing and loading side by side per kind, every kind in a fixed order, other only when seen', () => {
    const bars = errorBars(totals);
    expect(bars.map((b) => b.kind)).toEqual([
      'duplicate',
      'wrong_order',
      'door_not_ready',
      'not_released',
      'order_packed',
      'order_shipped',
      'stale',
      'not_in_shipment',
      'not_packed',
      'unknown',
      'bad_check',
      'malformed',
    ]);
    expect(bars[0]).toEqual({ kind: 'duplicate', pack: 2, load: 1 });
    expect(bars.find((b) => b.kind === 'not_in_shipment')).toEqual({ kind: 'not_in_shipment', pack: 0, load: 4 });
  });
});

describe('errorKindsOption', () => {
  it('stacks the two series on the kinds, a zero left out rather than drawn as an empty label', () => {
    const option = errorKindsOption([{ label: '重复扫描', pack: 2, load: 0 }], { pack: '打包', load: '装车' }) as {
      yAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
    };
    expect(option.yAxis.data).toEqual(['重复扫描']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['打包', [2]],
      ['装车', [null]],
    ]);
  });
});
