import { describe, expect, it } from 'vitest';
import { bucketLabel, pareto, reasonLabel, secondsByState, stopReasons, stopTime, timelineBars } from './charts';
import { duration, kpiLevel, percent } from './kpi';

const blade = { reason: 'blade_broken', nameZh: '锯片断裂', nameEn: 'Blade broken', loss: 'breakdown' };
const material = { reason: 'no_material', nameZh: '缺料', nameEn: 'No material', loss: 'breakdown' };

describe('the downtime Pareto', () => {
  it('sorts reasons by lost time, merges one reason from several machines, and climbs to 100 %', () => {
    const bars = pareto(
      [
        { ...material, seconds: 600, stops: 1 },
        { ...blade, seconds: 1800, stops: 2 },
        { ...material, seconds: 600, stops: 2 },
        { reason: 'cleaning', nameZh: '清洁', nameEn: 'Cleaning', seconds: 0, stops: 0 },
      ],
      'en',
      'Other',
    );
    expect(bars).toEqual([
      { reason: 'blade_broken', label: 'Blade broken', seconds: 1800, stops: 2, cumulative: 0.6 },
      { reason: 'no_material', label: 'No material', seconds: 1200, stops: 3, cumulative: 1 },
    ]);
  });

  it('names the reasons in Chinese, and folds those beyond the top into one bar', () => {
    const many = Array.from({ length: 4 }, (_, n) => ({
      reason: `r${n}`,
      nameZh: `原因${n}`,
      nameEn: `Reason ${n}`,
      seconds: 100 * (n + 1),
      stops: 1,
    }));
    const bars = pareto(many, 'zh-CN', '其他', 2);
    expect(bars.map((b) => [b.label, b.seconds, b.stops])).toEqual([
      ['原因3', 400, 1],
      ['原因2', 300, 1],
      ['其他', 300, 2],
    ]);
    expect(bars[2].cumulative).toBe(1);
  });

  it('is empty without downtime', () => {
    expect(pareto([], 'zh-CN', '其他')).toEqual([]);
  });

  it('falls back to the other language, then to the code', () => {
    expect(reasonLabel({ reason: 'off', nameZh: null, nameEn: null }, 'zh-CN')).toBe('off');
    expect(reasonLabel({ reason: 'x', nameZh: '停机', nameEn: '' }, 'en')).toBe('停机');
  });
});

describe('the state timeline', () => {
  it('makes one bar per interval, row by machine, with the reason in the language', () => {
    const bars = timelineBars(
      [
        [
          { from: '2026-11-30T00:00:00Z', to: '2026-11-30T01:00:00Z', state: 'running' },
          { from: '2026-11-30T01:00:00Z', to: '2026-11-30T01:30:00Z', state: 'down', ...blade },
        ],
        [{ from: '2026-11-30T00:00:00Z', to: '2026-11-30T00:00:00Z', state: 'idle' }],
        [{ from: '2026-11-30T00:00:00Z', to: '2026-11-30T00:10:00Z', state: 'warming' }],
      ],
      'zh-CN',
    );
    const hour = Date.parse('2026-11-30T01:00:00Z');
    expect(bars).toEqual([
      [0, hour - 3_600_000, hour, 'running', ''],
      [0, hour, hour + 1_800_000, 'down', '锯片断裂'],
      [2, hour - 3_600_000, hour - 3_000_000, 'unknown', ''],
    ]);
    expect(secondsByState(bars)).toMatchObject({ running: 3600, down: 1800, unknown: 600, idle: 0 });
  });
});

describe('the KPI tiles', () => {
  it('colour OEE, availability, performance and quality by their own thresholds', () => {
    expect(kpiLevel('oee', 0.86)).toBe('good');
    expect(kpiLevel('oee', 0.6)).toBe('fair');
    expect(kpiLevel('oee', 0.59)).toBe('poor');
    expect(kpiLevel('availability', 0.89)).toBe('fair');
    expect(kpiLevel('performance', 1.1)).toBe('good');
    expect(kpiLevel('quality', 0.96)).toBe('fair');
    expect(kpiLevel('quality', 0.94)).toBe('poor');
    expect(kpiLevel('oee', null)).toBe('none');
  });

  it('write ratios as percentages and seconds as hours and minutes', () => {
    expect(percent(0.8534, 'en')).toBe('85.3%');
    expect(percent(null, 'en')).toBe('—');
    const words = { h: 'h', min: 'min', s: 's' };
    expect(duration(45, words)).toBe('45 s');
    expect(duration(600, words)).toBe('10 min');
    expect(duration(7500, words)).toBe('2 h 05 min');
  });
});

describe('the trend buckets', () => {
  const local = (day: number, hours: number) => new Date(2026, 10, day, hours).toISOString();

  it('are labelled by their middle, so a first day clipped to the range is not named after the day before', () => {
    // a day of the factory's that starts 8 hours before the browser's midnight, and one clipped at both ends
    expect(bucketLabel({ from: local(23, 16), to: local(24, 16) }, 'day')).toBe('11-24');
    expect(bucketLabel({ from: local(24, 0), to: local(24, 16) }, 'day')).toBe('11-24');
    expect(bucketLabel({ from: local(30, 14), to: local(30, 15) }, 'hour')).toBe('14:00');
    // the factory's clocks: 06:00–07:00 UTC is 14:00 in Shanghai, and a day cut at its midnight is its date
    expect(bucketLabel({ from: '2026-11-30T06:00:00Z', to: '2026-11-30T07:00:00Z' }, 'hour', 'Asia/Shanghai')).toBe(
      '14:00',
    );
    expect(bucketLabel({ from: '2026-11-29T16:00:00Z', to: '2026-11-30T16:00:00Z' }, 'day', 'Asia/Shanghai')).toBe(
      '11-30',
    );
  });
});

describe('stop time (停机时长) and its reasons agree', () => {
  it('counts down, setup and idle, and the reasons of the same time without the small stops', () => {
    const row = { downTime: 600, setupTime: 1200, idleTime: 300 };
    const reasons = [
      { reason: 'blade_broken', loss: 'breakdown', seconds: 600, stops: 1 },
      { reason: 'blade_change', loss: 'setup', seconds: 1200, stops: 1 },
      { reason: 'no_order', loss: 'no_order', seconds: 300, stops: 1 },
      { reason: 'minor_stop', loss: 'small_stop', seconds: 90, stops: 2 },
    ];
    expect(stopTime(row)).toBe(2100);
    const kept = stopReasons(reasons);
    expect(kept.map((r) => r.reason)).toEqual(['blade_broken', 'blade_change', 'no_order']);
    expect(kept.reduce((sum, r) => sum + r.seconds, 0)).toBe(stopTime(row));
  });
});
