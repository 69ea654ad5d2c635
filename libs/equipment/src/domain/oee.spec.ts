import { FactoryCalendar, localDate, plannedWindows, zonedInstant } from './calendar';
import type { Loss } from './equipment-codes';
import { emptyTotals, oeeFigures, OeeTotals } from './oee';
import { CountEvent, RollupSlot, sliceIntoSlots } from './rollup';
import { StateEvent, stateIntervals } from './state-intervals';

// Asia/Shanghai is UTC+8 all year: local times are written with their offset so the arithmetic reads locally
const L = (local: string) => Date.parse(`${local}+08:00`);
const H = 3600;

// 2026-06-01 is a Monday; Wednesday 2026-06-03 is a holiday
const calendar: FactoryCalendar = {
  timeZone: 'Asia/Shanghai',
  shifts: [
    { code: 'DAY', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] },
    // crosses midnight; its break is read after midnight, within the shift
    { code: 'NIGHT', days: [1, 2, 3, 4, 5], start: '20:00', end: '04:00', breaks: [{ start: '00:00', end: '00:30' }] },
  ],
  holidays: ['2026-06-03'],
  maintenance: [],
};

const reasonLoss = new Map<string, Loss>([
  ['blade_broken', 'breakdown'],
  ['motor', 'breakdown'],
  ['blade_change', 'setup'],
  ['no_material', 'no_order'],
]);

const span = (w: { from: number; to: number }) => [new Date(w.from).toISOString(), new Date(w.to).toISOString()];

describe('planned busy time (calendar)', () => {
  it('expands shifts in the factory time zone, minus breaks, across midnight, with no shift starting on a holiday', () => {
    const windows = plannedWindows(calendar, 'm1', L('2026-06-02T00:00:00'), L('2026-06-04T00:00:00'));
    expect(windows.map((w) => [w.shiftCode, w.shiftDate, ...span(w)])).toEqual([
      // Monday's night shift after its midnight break: 00:30-04:00 Tuesday
      ['NIGHT', '2026-06-01', ...span({ from: L('2026-06-02T00:30:00'), to: L('2026-06-02T04:00:00') })],
      ['DAY', '2026-06-02', ...span({ from: L('2026-06-02T08:00:00'), to: L('2026-06-02T12:00:00') })],
      ['DAY', '2026-06-02', ...span({ from: L('2026-06-02T13:00:00'), to: L('2026-06-02T17:00:00') })],
      ['NIGHT', '2026-06-02', ...span({ from: L('2026-06-02T20:00:00'), to: L('2026-06-03T00:00:00') })],
      // Tuesday's night shift runs into the holiday; nothing starts on Wednesday itself
      ['NIGHT', '2026-06-02', ...span({ from: L('2026-06-03T00:30:00'), to: L('2026-06-03T04:00:00') })],
    ]);
    // 3.5 h + 4 h + 4 h + 4 h + 3.5 h = 19 h
    expect(windows.reduce((s, w) => s + (w.to - w.from) / 1000, 0)).toBe(19 * H);
  });

  it('takes planned maintenance out, for its machine or for every machine, and clips to the range', () => {
    const withMaintenance: FactoryCalendar = {
      ...calendar,
      maintenance: [
        { machineId: 'm1', from: L('2026-06-02T09:00:00'), to: L('2026-06-02T10:30:00') },
        { machineId: 'other', from: L('2026-06-02T14:00:00'), to: L('2026-06-02T15:00:00') },
        { machineId: null, from: L('2026-06-02T16:00:00'), to: L('2026-06-02T18:00:00') },
      ],
    };
    const windows = plannedWindows(withMaintenance, 'm1', L('2026-06-02T08:30:00'), L('2026-06-02T23:00:00'));
    expect(windows.map(span)).toEqual([
      span({ from: L('2026-06-02T08:30:00'), to: L('2026-06-02T09:00:00') }),
      span({ from: L('2026-06-02T10:30:00'), to: L('2026-06-02T12:00:00') }),
      // the other machine's maintenance (14-15) does not touch this one; the factory-wide one (16-18) does
      span({ from: L('2026-06-02T13:00:00'), to: L('2026-06-02T16:00:00') }),
      span({ from: L('2026-06-02T20:00:00'), to: L('2026-06-02T23:00:00') }),
    ]);
  });

  it('applies a shift for some processes only to the machines of those processes', () => {
    const sawNights: FactoryCalendar = {
      ...calendar,
      shifts: [
        calendar.shifts[0],
        { code: 'SAW-N', days: [2], start: '20:00', end: '22:00', breaks: [], processes: ['cutting', 'edge_banding'] },
      ],
    };
    const day = [L('2026-06-02T00:00:00'), L('2026-06-03T00:00:00')] as const;
    // the day shift 08-12 + 13-17 for every machine, the 2 h evening shift for the saw only
    const hours = (process?: string) =>
      plannedWindows(sawNights, 'm1', ...day, process).reduce((s, w) => s + (w.to - w.from) / 1000, 0) / H;
    expect([hours('cutting'), hours('pressing'), hours()]).toEqual([10, 8, 8]);
  });

  it('keeps a switched-off shift planned before it was switched off, mid-occurrence included, and not after', () => {
    const day = [L('2026-06-02T00:00:00'), L('2026-06-04T00:00:00')] as const;
    const plain: FactoryCalendar = { ...calendar, holidays: [], maintenance: [], shifts: [calendar.shifts[0]] };
    const off = (activeUntil: number | null): FactoryCalendar => ({
      ...plain,
      shifts: [{ ...calendar.shifts[0], active: false, activeUntil }],
    });
    const hours = (c: FactoryCalendar) =>
      plannedWindows(c, 'm1', ...day).reduce((s, w) => s + (w.to - w.from) / 1000, 0) / H;
    // switched off on Wednesday at 10:00: Tuesday's 8 h and Wednesday's 08-10
    expect(hours(off(L('2026-06-03T10:00:00')))).toBe(10);
    expect(hours(off(L('2026-06-01T00:00:00')))).toBe(0);
    expect(hours(off(null))).toBe(0);
    expect(hours(plain)).toBe(16);
  });

  it('follows daylight saving time where the zone has it: a 22:00-06:00 shift over the autumn change lasts 9 h', () => {
    // Europe/Berlin leaves summer time on Sunday 2026-10-25 at 03:00 local (01:00Z)
    const berlin: FactoryCalendar = {
      timeZone: 'Europe/Berlin',
      shifts: [{ code: 'N', days: [6], start: '22:00', end: '06:00', breaks: [] }],
      holidays: [],
      maintenance: [],
    };
    const [w] = plannedWindows(berlin, null, Date.parse('2026-10-24T00:00:00Z'), Date.parse('2026-10-26T00:00:00Z'));
    // 22:00 CEST = 20:00Z; 06:00 CET = 05:00Z
    expect(span(w)).toEqual(['2026-10-24T20:00:00.000Z', '2026-10-25T05:00:00.000Z']);
    expect(zonedInstant(Date.parse('2026-03-29T06:00:00Z'), 'Europe/Berlin')).toBe(Date.parse('2026-03-29T04:00:00Z'));
    expect(localDate(Date.parse('2026-06-01T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-06-02');
  });
});

describe('state intervals', () => {
  it('sorts out-of-order events, starts as unknown before the first state and leaves the last one open up to now', () => {
    const events: StateEvent[] = [
      { at: L('2026-06-01T09:00:00'), state: 'down', reason: 'motor' },
      { at: L('2026-06-01T08:30:00'), state: 'running', reason: null },
      { at: L('2026-06-01T09:30:00'), state: 'running', reason: null },
    ];
    const now = L('2026-06-01T10:00:00');
    const intervals = stateIntervals(events, L('2026-06-01T08:00:00'), L('2026-06-01T12:00:00'), now);
    expect(intervals.map((i) => [i.state, i.reason, (i.to - i.from) / 1000, i.open])).toEqual([
      ['unknown', null, 30 * 60, false],
      ['running', null, 30 * 60, false],
      ['down', 'motor', 30 * 60, false],
      // open: 09:30 to min(12:00, now 10:00)
      ['running', null, 30 * 60, true],
    ]);
  });

  it('judges a minor stop on the whole down run: 60 s is one, 60 s + 90 s under two reasons is not', () => {
    const t = L('2026-06-01T09:00:00');
    const intervals = stateIntervals(
      [
        { at: t, state: 'running', reason: null },
        { at: t + 1000 * 1000, state: 'down', reason: 'blade_broken' },
        { at: t + 1060 * 1000, state: 'running', reason: null },
        { at: t + 2000 * 1000, state: 'down', reason: 'blade_broken' },
        { at: t + 2060 * 1000, state: 'down', reason: 'motor' },
        { at: t + 2150 * 1000, state: 'running', reason: null },
        // a gateway re-sending the same state does not cut the interval
        { at: t + 2200 * 1000, state: 'running', reason: null },
      ],
      t,
      t + 3000 * 1000,
      t + 3000 * 1000,
    );
    expect(intervals.filter((i) => i.state === 'down').map((i) => [(i.to - i.from) / 1000, i.smallStop])).toEqual([
      [60, true],
      [60, false],
      [90, false],
    ]);
    expect(intervals.length).toBe(6);
  });
});

describe('OEE of a Monday and the night after it, computed by hand', () => {
  // the ideal cycle is 30 s per part until 13:00, then 20 s
  const cycleTimes = [
    { validFrom: -8.64e15, seconds: 30 },
    { validFrom: L('2026-06-01T13:00:00'), seconds: 20 },
  ];
  const events: StateEvent[] = [
    // sent out of order on purpose
    { at: L('2026-06-01T16:30:00'), state: 'down', reason: 'motor' },
    { at: L('2026-06-01T07:50:00'), state: 'running', reason: null },
    { at: L('2026-06-02T03:00:00'), state: 'idle', reason: null },
    { at: L('2026-06-01T10:00:00'), state: 'down', reason: 'blade_broken' },
    { at: L('2026-06-01T10:01:00'), state: 'running', reason: null },
    { at: L('2026-06-01T21:00:00'), state: 'running', reason: null },
    { at: L('2026-06-01T23:30:00'), state: 'down', reason: 'motor' },
    { at: L('2026-06-02T01:00:00'), state: 'running', reason: null },
    { at: L('2026-06-02T02:00:00'), state: 'setup', reason: 'blade_change' },
    { at: L('2026-06-02T02:20:00'), state: 'running', reason: null },
  ];
  const counts: CountEvent[] = [
    { at: L('2026-06-01T09:00:00'), good: 100, scrap: 0 },
    { at: L('2026-06-01T12:30:00'), good: 10, scrap: 0 }, // lunch break: outside PBT
    { at: L('2026-06-01T14:00:00'), good: 90, scrap: 10 },
    { at: L('2026-06-01T18:00:00'), good: 5, scrap: 0 }, // between shifts: outside PBT
    { at: L('2026-06-02T02:25:00'), good: 20, scrap: 5 }, // 5 min after a setup: start-up rejects
  ];
  const from = L('2026-06-01T00:00:00');
  const now = L('2026-06-02T03:30:00');

  const slotsOf = (closedOnly: boolean) =>
    sliceIntoSlots({
      intervals: stateIntervals(events, L('2026-06-01T07:50:00'), now, now),
      windows: plannedWindows(calendar, 'm1', from, now),
      counts,
      cycleTimes,
      reasonLoss,
      timeZone: 'Asia/Shanghai',
      from,
      to: now,
      closedOnly,
    });

  const sum = (slots: RollupSlot[]): OeeTotals & { unplannedGood: number; stops: number; smallStops: number } => {
    const t = { ...emptyTotals(), unplannedGood: 0, stops: 0, smallStops: 0 };
    for (const s of slots) {
      for (const k of ['planned', 'running', 'setup', 'down', 'idle', 'smallStop', 'good', 'scrap'] as const)
        t[k] += s[k];
      t.idealSeconds += s.idealSeconds;
      t.scrapSeconds += s.scrapSeconds;
      t.startupScrapSeconds += s.startupScrapSeconds;
      t.unplannedGood += s.unplannedGood;
      t.stops += s.stops;
      t.smallStops += s.smallStops;
      for (const r of s.reasons) t.lossSeconds[r.loss] = (t.lossSeconds[r.loss] ?? 0) + r.seconds;
    }
    return t;
  };

  it('splits time at shift boundaries and midnight, counts the open interval up to now, and gives A, P, Q, OEE', () => {
    const t = sum(slotsOf(false));
    // PBT: DAY 08-12 + 13-17 = 8 h; NIGHT 20-24 = 4 h; after its 00:00-00:30 break 00:30-03:30 (now) = 3 h → 15 h
    expect(t.planned).toBe(15 * H);
    // APT: 08:00-10:00 7200 + minor stop 60 + 10:01-12:00 7140 + 13:00-16:30 12600 + 21:00-23:30 9000
    //      + 01:00-02:00 3600 + 02:20-03:00 2400 = 42000
    expect(t.running).toBe(42000);
    expect(t.smallStop).toBe(60);
    // breakdown 16:30-21:00: 16:30-17:00 1800 + 20:00-21:00 3600 (17-20 is no shift);
    // breakdown 23:30-01:00: 23:30-24:00 1800 + 00:30-01:00 1800 (the break is not down time) → 9000
    expect(t.down).toBe(9000);
    expect(t.stops).toBe(2);
    expect(t.smallStops).toBe(1);
    expect(t.setup).toBe(1200); // 02:00-02:20
    expect(t.idle).toBe(1800); // 03:00-now, open
    // planned counts: 100 + 90 + 20 good, 10 + 5 scrap; the 12:30 and 18:00 counts are outside PBT
    expect([t.good, t.scrap, t.unplannedGood]).toEqual([210, 15, 15]);
    // Σ PRU×PQ: 100 × 30 s (before 13:00) + 100 × 20 s + 25 × 20 s = 3000 + 2000 + 500 = 5500
    expect(t.idealSeconds).toBe(5500);
    const f = oeeFigures(t);
    expect(f.availability).toBeCloseTo(42000 / 54000, 12); // 0.7778
    expect(f.performance).toBeCloseTo(5500 / 42000, 12); // 0.1310
    expect(f.quality).toBeCloseTo(210 / 225, 12); // 0.9333
    expect(f.oee).toBeCloseTo((42000 / 54000) * (5500 / 42000) * (210 / 225), 12);
    expect(f.losses).toEqual({
      breakdowns: 9000,
      setup: 1200,
      smallStops: 60,
      slowCycles: 42000 - 60 - 5500, // 36440
      startupRejects: 5 * 20, // the 02:25 scrap, 5 min after the setup ended
      productionRejects: 10 * 20, // the 14:00 scrap
    });
  });

  it('puts a breakdown crossing a shift boundary and midnight in the right slots, its stop counted once', () => {
    const slots = slotsOf(false);
    const at = (local: string, shift: string) => slots.find((s) => s.slotStart === L(local) && s.shiftCode === shift);
    expect([at('2026-06-01T16:00:00', 'DAY')?.down, at('2026-06-01T16:00:00', 'DAY')?.stops]).toEqual([1800, 1]);
    expect([at('2026-06-01T20:00:00', 'NIGHT')?.down, at('2026-06-01T20:00:00', 'NIGHT')?.stops]).toEqual([3600, 0]);
    expect(at('2026-06-01T23:00:00', 'NIGHT')).toMatchObject({ down: 1800, running: 1800, shiftDate: '2026-06-01' });
    // after midnight the slot still belongs to Monday's night shift, on Tuesday's calendar day
    expect(at('2026-06-02T00:00:00', 'NIGHT')).toMatchObject({
      planned: 1800,
      down: 1800,
      shiftDate: '2026-06-01',
      localDay: '2026-06-02',
    });
    // counts outside PBT land in a slot without a shift; the one stamped 18:00:00 reports the hour before it
    expect(at('2026-06-01T17:00:00', '')).toMatchObject({ planned: 0, unplannedGood: 5, good: 0 });
    expect(at('2026-06-01T18:00:00', '')).toBeUndefined();
  });

  it('puts a count stamped at a shift end in the shift, and one stamped at its start outside it', () => {
    const slots = sliceIntoSlots({
      intervals: stateIntervals(events, L('2026-06-01T07:50:00'), now, now),
      windows: plannedWindows(calendar, 'm1', from, now),
      counts: [
        { at: L('2026-06-01T08:00:00'), good: 3, scrap: 0 },
        { at: L('2026-06-01T17:00:00'), good: 4, scrap: 0 },
      ],
      cycleTimes,
      reasonLoss,
      timeZone: 'Asia/Shanghai',
      from,
      to: now,
    });
    const at = (local: string, shift: string) => slots.find((s) => s.slotStart === L(local) && s.shiftCode === shift);
    expect(at('2026-06-01T07:00:00', '')).toMatchObject({ unplannedGood: 3, good: 0 });
    expect(at('2026-06-01T16:00:00', 'DAY')).toMatchObject({ good: 4, unplannedGood: 0 });
  });

  it('stores closed intervals only for the rollup: the open idle is left to the query', () => {
    const t = sum(slotsOf(true));
    expect([t.planned, t.idle]).toEqual([15 * H - 1800, 0]);
  });

  it('gives null ratios when a denominator is 0', () => {
    expect(oeeFigures(emptyTotals())).toMatchObject({
      availability: null,
      performance: null,
      quality: null,
      oee: null,
    });
    const idleOnly = { ...emptyTotals(), planned: 3600, idle: 3600 };
    expect(oeeFigures(idleOnly)).toMatchObject({ availability: 0, performance: null, oee: null });
  });
});
