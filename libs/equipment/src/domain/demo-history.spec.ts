import { plannedWindows } from './calendar';
import { type DemoCalendar, demoHistory, type DemoMachineProfile, seededRandom } from './demo-history';
import { DEFAULT_DOWNTIME_REASONS } from './downtime-reasons';

const FROM = Date.parse('2026-11-02T00:00:00+08:00');
const TO = Date.parse('2026-11-30T10:00:00+08:00');
const calendar: DemoCalendar = {
  timeZone: 'Asia/Shanghai',
  holidays: ['2026-11-18'],
  maintenance: [
    { machineId: 'eb', from: Date.parse('2026-11-21T08:00:00+08:00'), to: Date.parse('2026-11-21T12:00:00+08:00') },
  ],
  shifts: [
    {
      code: 'day',
      days: [1, 2, 3, 4, 5, 6],
      start: '08:00',
      end: '17:30',
      breaks: [{ start: '12:00', end: '13:00' }],
      processes: null,
    },
    {
      code: 'night',
      days: [1, 2, 3, 4, 5],
      start: '20:00',
      end: '05:00',
      breaks: [{ start: '00:00', end: '00:30' }],
      processes: ['edge_banding'],
    },
  ],
};
const bander: DemoMachineProfile = {
  code: 'EB-01',
  process: 'edge_banding',
  idealCycleSeconds: 4,
  speed: [0.86, 0.96],
  scrapRate: 0.03,
  startup: 'adjustment',
  setups: ['edge_band_colour', 'tool_change'],
  breakdowns: ['glue_pot_heater', 'motor_bearing'],
  waits: ['no_material', 'starved_upstream'],
};
const press: DemoMachineProfile = {
  ...bander,
  code: 'PRS-01',
  process: 'pressing',
  idealCycleSeconds: 2400,
  startup: 'press_heat_up',
};

describe('demoHistory', () => {
  const history = demoHistory(bander, calendar, 'eb', FROM, TO);
  const times = history.states.map((s) => Date.parse(s.at as string));

  it('is the same for the same machine and calendar (a seeded PRNG), and differs between machines', () => {
    expect(demoHistory(bander, calendar, 'eb', FROM, TO)).toEqual(history);
    expect(demoHistory({ ...bander, code: 'EB-02' }, calendar, 'eb', FROM, TO).states).not.toEqual(history.states);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('sends states in time order at distinct instants inside the range, each reason one the state may take', () => {
    expect(times.every((t, i) => i === 0 || t > times[i - 1])).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(FROM);
    expect(times[times.length - 1]).toBeLessThan(TO);
    const reasons = new Map(DEFAULT_DOWNTIME_REASONS.map((r) => [r.code, r.appliesTo as string[]]));
    for (const s of history.states) {
      if (s.state === 'down') expect(s.reason).toBeDefined();
      if (s.reason) expect(reasons.get(s.reason)).toContain(s.state);
    }
    expect(history.counts.every((c) => Number.isInteger(c.good) && c.good >= 0 && Number.isInteger(c.scrap))).toBe(
      true,
    );
  });

  it('works the night shift only for its processes, and not on the holiday nor in maintenance', () => {
    const local = (t: number) => new Date(t + 8 * 3_600_000).toISOString();
    const pressStates = demoHistory(press, calendar, 'prs', FROM, TO).states.map((s) =>
      local(Date.parse(s.at as string)),
    );
    expect(pressStates.filter((at) => at.slice(11, 13) >= '18' || at.slice(11, 13) < '07')).toEqual([]);
    expect(times.some((t) => local(t).slice(11, 13) === '22')).toBe(true);
    const running = history.states.filter((s) => s.state !== 'off').map((s) => local(Date.parse(s.at as string)));
    expect(running.filter((at) => at.startsWith('2026-11-18T') && at.slice(11, 13) >= '08')).toEqual([]);
    expect(running.filter((at) => at >= '2026-11-21T08:00' && at < '2026-11-21T12:00')).toEqual([]);
  });

  it('runs about 80 % of planned busy time, at about 90 % of its ideal speed, with about 3 % scrap', () => {
    const windows = plannedWindows(calendar, 'eb', FROM, TO, bander.process);
    const planned = windows.reduce((sum, w) => sum + (w.to - w.from), 0);
    let running = 0;
    history.states.forEach((s, i) => {
      if (s.state === 'running') running += (times[i + 1] ?? TO) - times[i];
    });
    const availability = running / planned;
    const good = history.counts.reduce((sum, c) => sum + c.good, 0);
    const scrap = history.counts.reduce((sum, c) => sum + c.scrap, 0);
    const performance = ((good + scrap) * bander.idealCycleSeconds * 1000) / running;
    expect(availability).toBeGreaterThan(0.7);
    expect(availability).toBeLessThan(0.9);
    expect(performance).toBeGreaterThan(0.85);
    expect(performance).toBeLessThan(0.97);
    expect(scrap / (good + scrap)).toBeCloseTo(0.03, 2);
  });
});
