import { describe, expect, it } from 'vitest';
import { allDay, clockSpan, plannedMinutes, reasonTree, TIME_PATTERN, weekdaysText } from './calendar-rules';
import type { DowntimeReason } from './equipment-api';

const reason = (code: string, parentCode: string | null, sort = 0): DowntimeReason => ({
  code,
  parentCode,
  nameZh: code,
  nameEn: code,
  appliesTo: ['down'],
  loss: 'breakdown',
  active: true,
  sort,
});

describe('shift times', () => {
  it('span the clock, through midnight when the end is not after the start', () => {
    expect(clockSpan('08:00', '16:30')).toBe(510);
    expect(clockSpan('22:00', '06:00')).toBe(480);
    expect(clockSpan('08:00', '08:00')).toBe(1440);
  });

  it('plan the span less the breaks, a break after midnight included', () => {
    expect(plannedMinutes({ start: '08:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] })).toBe(480);
    expect(
      plannedMinutes({
        start: '22:00',
        end: '06:00',
        breaks: [
          { start: '23:50', end: '00:20' },
          { start: '03:00', end: '03:15' },
        ],
      }),
    ).toBe(435);
  });

  it('are written HH:MM', () => {
    expect(['08:00', '23:59', '00:00'].every((t) => TIME_PATTERN.test(t))).toBe(true);
    expect(['8:00', '24:00', '12:60', '1200'].some((t) => TIME_PATTERN.test(t))).toBe(false);
  });

  it('name their weekdays with runs joined', () => {
    const name = (day: number) => ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day];
    expect(weekdaysText([5, 1, 2, 3, 4], name)).toBe('Mon–Fri');
    expect(weekdaysText([1, 3, 6, 7], name)).toBe('Mon, Wed, Sat, Sun');
    expect(weekdaysText([1, 2, 3, 4, 5, 6, 7], name)).toBe('Mon–Sun');
  });
});

describe('the downtime reason tree', () => {
  it('puts children under their parent, each level by sort then code', () => {
    const tree = reasonTree([
      reason('motor', 'breakdown', 2),
      reason('no_material', null, 2),
      reason('breakdown', null, 1),
      reason('blade', 'breakdown', 1),
    ]);
    expect(tree.map((r) => [r.code, r.children?.map((c) => c.code)])).toEqual([
      ['breakdown', ['blade', 'motor']],
      ['no_material', undefined],
    ]);
  });

  it('keeps a reason whose parent is missing at the top, and survives a cycle', () => {
    expect(reasonTree([reason('orphan', 'gone')]).map((r) => r.code)).toEqual(['orphan']);
    expect(reasonTree([reason('a', 'b'), reason('b', 'a')])).toEqual([]);
  });
});

describe('allDay', () => {
  it('is a shift whose end is its start (24 hours, said in the form), not a night shift or a typo in progress', () => {
    expect(allDay({ start: '08:00', end: '08:00' })).toBe(true);
    expect(allDay({ start: '22:00', end: '06:00' })).toBe(false);
    expect(allDay({ start: '8:0', end: '8:0' })).toBe(false);
    expect(clockSpan('08:00', '08:00')).toBe(24 * 60);
  });
});
