import { availability, type RunStep } from './availability';

const at = (iso: string) => new Date(iso);
const step = (overrides: Partial<RunStep>): RunStep => ({
  code: 'WO-1',
  sequence: 1,
  process: 'cutting',
  refs: ['p1', 'p2'],
  status: 'released',
  finishedAt: null,
  ...overrides,
});

describe(availability.name, () => {
  const wait = (process: string) => (process === 'curing' ? 1440 : 0);
  const now = at('2026-01-05T08:00:00Z');

  it('the first work order of a run is available at once', () => {
    expect(availability(step({}), [step({})], wait, now)).toEqual({
      available: true,
      availableAt: null,
      waitingFor: [],
    });
  });

  it('waits for an earlier work order sharing a part until it is done', () => {
    const first = step({ status: 'in_progress' });
    const second = step({ code: 'WO-2', sequence: 2, process: 'edge_banding', refs: ['p2'] });
    expect(availability(second, [first, second], wait, now)).toEqual({
      available: false,
      availableAt: null,
      waitingFor: [{ code: 'WO-1', process: 'cutting', status: 'in_progress' }],
    });
  });

  it('does not wait for an earlier work order of other parts', () => {
    const first = step({ status: 'released', refs: ['p9'] });
    const second = step({ code: 'WO-2', sequence: 2, refs: ['p1'] });
    expect(availability(second, [first, second], wait, now).available).toBe(true);
  });

  it('after 养生 (1440 min) it is available only a day after the curing finished', () => {
    const curing = step({ process: 'curing', status: 'done', finishedAt: at('2026-01-05T07:00:00Z') });
    const next = step({ code: 'WO-2', sequence: 2, process: 'edge_banding' });
    const before = availability(next, [curing, next], wait, now);
    expect(before).toEqual({ available: false, availableAt: at('2026-01-06T07:00:00Z'), waitingFor: [] });
    expect(availability(next, [curing, next], wait, at('2026-01-06T07:00:00Z')).available).toBe(true);
  });
});
