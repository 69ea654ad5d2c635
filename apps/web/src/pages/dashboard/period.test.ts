import { describe, expect, it } from 'vitest';
import { crossesMidnight, currentShift, periodRange, shiftOccurrences, timelineRange, type ShiftTimes } from './period';

// Monday 30 Nov 2026, local time
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes);
const WEEKDAYS = [1, 2, 3, 4, 5];
const DAY: ShiftTimes = { code: 'A', days: WEEKDAYS, start: '08:00', end: '16:30' };
const NIGHT: ShiftTimes = { code: 'N', days: WEEKDAYS, start: '22:00', end: '06:00' };

describe('the dashboard periods', () => {
  it('today runs from local midnight to now, by hour', () => {
    expect(periodRange('today', at(30, 10, 15), null)).toEqual({
      from: at(30, 0),
      to: at(30, 10, 15),
      bucket: 'hour',
    });
  });

  it('the last 7 and 30 days are whole local days ending today, by day', () => {
    expect(periodRange('last7', at(30, 10), null)).toEqual({ from: at(24, 0), to: at(30, 10), bucket: 'day' });
    expect(periodRange('last30', at(30, 10), null)).toEqual({ from: at(1, 0), to: at(30, 10), bucket: 'day' });
  });

  it('this shift runs from its start to now while it runs, to its end once it ended', () => {
    const running = currentShift([DAY, NIGHT], at(30, 10));
    expect(running).toEqual({ code: 'A', date: '2026-11-30', from: at(30, 8), to: at(30, 16, 30) });
    expect(periodRange('shift', at(30, 10), running)).toEqual({ from: at(30, 8), to: at(30, 10), bucket: 'hour' });
    const ended = currentShift([DAY], at(30, 18));
    expect(periodRange('shift', at(30, 18), ended).to).toEqual(at(30, 16, 30));
  });

  it('a night shift crossing midnight is the current one after midnight, started the day before', () => {
    expect(crossesMidnight(NIGHT)).toBe(true);
    expect(crossesMidnight(DAY)).toBe(false);
    // Tuesday 1 Dec 02:00: Monday's night shift
    expect(currentShift([DAY, NIGHT], new Date(2026, 11, 1, 2))).toEqual({
      code: 'N',
      date: '2026-11-30',
      from: at(30, 22),
      to: new Date(2026, 11, 1, 6),
    });
  });

  it('between shifts and over a weekend, the last shift that ended; none without a calendar', () => {
    // Sunday 29 Nov noon: Friday's night shift ended Saturday 06:00
    expect(currentShift([DAY, NIGHT], at(29, 12))).toMatchObject({ code: 'N', date: '2026-11-27', to: at(28, 6) });
    expect(currentShift([], at(29, 12))).toBeNull();
    expect(currentShift([{ ...DAY, active: false }], at(30, 10))).toBeNull();
    expect(periodRange('shift', at(30, 10), null)).toEqual(periodRange('today', at(30, 10), null));
  });

  it('no shift starts on a holiday', () => {
    const holidays = new Set(['2026-11-30']);
    expect(shiftOccurrences([DAY], at(30, 0), at(30, 23), holidays)).toEqual([]);
    expect(currentShift([DAY], at(30, 10), holidays)).toMatchObject({ date: '2026-11-27' });
  });

  it('the timeline shows at most the last 24 hours of the period', () => {
    expect(timelineRange({ from: at(1, 0), to: at(30, 10), bucket: 'day' })).toEqual({
      from: at(29, 10),
      to: at(30, 10),
    });
    expect(timelineRange({ from: at(30, 8), to: at(30, 10), bucket: 'hour' })).toEqual({
      from: at(30, 8),
      to: at(30, 10),
    });
  });
});

describe("the dashboard periods in the factory's time zone, whatever the browser's", () => {
  // 30 Nov 2026 01:30 in Shanghai (UTC+8) is still 29 Nov 17:30 UTC and 12:30 in New York
  const now = new Date(Date.UTC(2026, 10, 29, 17, 30));

  it("today starts at the factory's midnight", () => {
    expect(periodRange('today', now, null, 'Asia/Shanghai').from).toEqual(new Date(Date.UTC(2026, 10, 29, 16, 0)));
    expect(periodRange('today', now, null, 'America/New_York').from).toEqual(new Date(Date.UTC(2026, 10, 29, 5, 0)));
    expect(periodRange('last7', now, null, 'Asia/Shanghai').from).toEqual(new Date(Date.UTC(2026, 10, 23, 16, 0)));
  });

  it("a shift starts on the factory's clock and weekday", () => {
    // the night shift (22:00–06:00) that started Sunday 29 Nov in Shanghai runs at 01:30 Monday there
    const night: ShiftTimes = { code: 'N', days: [7], start: '22:00', end: '06:00' };
    expect(currentShift([night], now, new Set(), 'Asia/Shanghai')).toEqual({
      code: 'N',
      date: '2026-11-29',
      from: new Date(Date.UTC(2026, 10, 29, 14, 0)),
      to: new Date(Date.UTC(2026, 10, 29, 22, 0)),
    });
  });
});
