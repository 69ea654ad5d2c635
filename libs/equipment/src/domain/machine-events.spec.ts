import {
  affectedSpan,
  countEventRefusal,
  defaultEventId,
  type EventContext,
  type EventProblem,
  eventTimeProblem,
  isIsoInstant,
  MAX_COUNT,
  MAX_PAST_MS,
  parseCountEvent,
  parseStateEvent,
  quantityProblem,
  type ReasonRule,
  reportsCount,
} from './machine-events';

const NOW = Date.UTC(2026, 10, 30, 8, 0, 0);
const reasons = new Map<string, ReasonRule>([
  ['blade_broken', { active: true, appliesTo: ['down'] }],
  ['no_order', { active: true, appliesTo: ['idle'] }],
  ['old', { active: false, appliesTo: ['down', 'idle', 'setup'] }],
]);
const context: EventContext = { now: NOW, reasons };

const state = (raw: unknown) => {
  const problems: EventProblem[] = [];
  return { event: parseStateEvent(raw, 'states[0]', context, problems), problems };
};
const count = (raw: unknown) => {
  const problems: EventProblem[] = [];
  return { event: parseCountEvent(raw, 'counts[0]', context, problems), problems };
};
const fields = (problems: EventProblem[]) => problems.map((p) => p.field);

describe('parseStateEvent', () => {
  it('reads a state with its offset as the same instant, and names it by kind and instant when no id is given', () => {
    const { event } = state({ at: '2026-11-30T15:30:00+08:00', state: 'running' });
    expect(event).toEqual({
      eventId: 'state@2026-11-30T07:30:00.000Z',
      at: new Date('2026-11-30T07:30:00Z'),
      state: 'running',
      reason: null,
    });
    expect(defaultEventId('count', new Date('2026-11-30T07:30:00Z'))).toBe('count@2026-11-30T07:30:00.000Z');
  });

  it('keeps a given event id and an applicable reason', () => {
    expect(state({ eventId: 'gw-1', at: '2026-11-30T07:00:00Z', state: 'down', reason: 'blade_broken' }).event).toEqual(
      { eventId: 'gw-1', at: new Date('2026-11-30T07:00:00Z'), state: 'down', reason: 'blade_broken' },
    );
  });

  it.each([
    ['a down state without a reason', { state: 'down' }, 'states[0].reason'],
    ['an unknown state', { state: 'paused' }, 'states[0].state'],
    ['an unknown reason', { state: 'idle', reason: 'nap' }, 'states[0].reason'],
    ['an inactive reason', { state: 'down', reason: 'old' }, 'states[0].reason'],
    ['a reason for another state', { state: 'down', reason: 'no_order' }, 'states[0].reason'],
    ['a reason on running', { state: 'running', reason: 'no_order' }, 'states[0].reason'],
    ['a time without its offset', { state: 'running', at: '2026-11-30T07:00:00' }, 'states[0].at'],
    ['a time that is no time', { state: 'running', at: '2026-13-45T99:00:00Z' }, 'states[0].at'],
    ['a day the calendar has not', { state: 'running', at: '2026-02-30T07:00:00Z' }, 'states[0].at'],
    ['an hour the clock has not', { state: 'running', at: '2026-11-30T24:00:00Z' }, 'states[0].at'],
    ['a minute the clock has not', { state: 'running', at: '2026-11-30T07:60+08:00' }, 'states[0].at'],
    ['a second the clock has not', { state: 'running', at: '2026-11-30T07:00:60Z' }, 'states[0].at'],
    ['a 31st of a 30-day month', { state: 'running', at: '2026-04-31T07:00:00Z' }, 'states[0].at'],
    ['29 February of a common year', { state: 'running', at: '2026-02-29T07:00:00Z' }, 'states[0].at'],
    ['29 February of a century not leap', { state: 'running', at: '2100-02-29T07:00:00Z' }, 'states[0].at'],
    ['a day 0', { state: 'running', at: '2026-11-00T07:00:00Z' }, 'states[0].at'],
    ['a time 5 min 1 s ahead', { state: 'running', at: new Date(NOW + 301_000).toISOString() }, 'states[0].at'],
    [
      'a time 400 days and 1 ms back',
      { state: 'running', at: new Date(NOW - MAX_PAST_MS - 1).toISOString() },
      'states[0].at',
    ],
    ['a time in 1900', { state: 'running', at: '1900-01-01T00:00:00Z' }, 'states[0].at'],
    ['a time in year 0', { state: 'running', at: '0000-01-01T00:00:00Z' }, 'states[0].at'],
    ['an empty event id', { state: 'running', eventId: ' ' }, 'states[0].eventId'],
    ['an event id with a control character', { state: 'running', eventId: 'a\nb' }, 'states[0].eventId'],
    ['a field it does not have', { state: 'running', good: 3 }, 'states[0].good'],
  ])('refuses %s, at its field', (_, raw, field) => {
    const { event, problems } = state({ at: '2026-11-30T07:00:00Z', ...raw });
    expect(event).toBeNull();
    expect(fields(problems)).toEqual([field]);
  });

  it.each(['2026-11-30T07:00:00.5+08:00', '2026-11-30T07:59+0800', '2025-12-31T23:59:59.999Z'])(
    'accepts the real instant %s',
    (at) => {
      expect(state({ at, state: 'running' }).problems).toEqual([]);
    },
  );

  it('accepts a time exactly 400 days back', () => {
    expect(state({ at: new Date(NOW - MAX_PAST_MS).toISOString(), state: 'off' }).problems).toEqual([]);
  });

  it('accepts a time exactly 5 minutes ahead', () => {
    expect(state({ at: new Date(NOW + 300_000).toISOString(), state: 'off' }).problems).toEqual([]);
  });

  it('lists every problem of one event', () => {
    expect(fields(state({ at: 'soon', state: 'down', eventId: 7 }).problems)).toEqual([
      'states[0].eventId',
      'states[0].at',
      'states[0].reason',
    ]);
    expect(fields(state('running').problems)).toEqual(['states[0]']);
  });
});

describe('isIsoInstant', () => {
  it.each([
    '2024-02-29T07:00:00Z',
    '2000-02-29T07:00:00.5+08:00',
    '2026-11-30T07:59+0800',
    '2026-11-07T08:00:00-05:00',
  ])('takes %s', (text) => expect(isIsoInstant(text)).toBe(true));

  it.each(['2026-11-07T08:00:00', '2026-11-07', '2026-11-07T08:00', '2026-02-29T07:00:00Z', '2026-11-07 08:00:00Z'])(
    'refuses %s (no zone, no time, or no such day)',
    (text) => expect(isIsoInstant(text)).toBe(false),
  );
});

describe('eventTimeProblem', () => {
  it('says which way an instant is out of range, and nothing for one inside', () => {
    expect(eventTimeProblem(NOW - MAX_PAST_MS - 1, NOW)?.kind).toBe('past');
    expect(eventTimeProblem(NOW + 300_001, NOW)?.kind).toBe('future');
    expect(eventTimeProblem(NOW - MAX_PAST_MS, NOW)).toBeNull();
    expect(eventTimeProblem(NOW + 300_000, NOW)).toBeNull();
  });
});

describe('parseCountEvent', () => {
  it('reads whole counts', () => {
    expect(count({ at: '2026-11-30T07:00:00Z', good: 12, scrap: 0 }).event).toEqual({
      eventId: 'count@2026-11-30T07:00:00.000Z',
      at: new Date('2026-11-30T07:00:00Z'),
      good: 12,
      scrap: 0,
    });
  });

  it('refuses negative, fractional, textual and missing counts, at each field', () => {
    expect(fields(count({ at: '2026-11-30T07:00:00Z', good: -1, scrap: 0.5 }).problems)).toEqual([
      'counts[0].good',
      'counts[0].scrap',
    ]);
    expect(fields(count({ at: '2026-11-30T07:00:00Z', good: '3' }).problems)).toEqual([
      'counts[0].good',
      'counts[0].scrap',
    ]);
  });

  it('bounds a count far below the column type', () => {
    expect(quantityProblem(MAX_COUNT)).toBeNull();
    expect(quantityProblem(MAX_COUNT + 1)).toMatch(/at most/);
    expect(quantityProblem(Number.NaN)).toMatch(/number/);
  });
});

describe('affectedSpan', () => {
  const t = (minute: number) => new Date(NOW + minute * 60_000);
  const none = {
    statesFrom: null,
    statesTo: null,
    previousState: null,
    nextState: null,
    countsFrom: null,
    countsTo: null,
  };

  it('runs from the state before the first new one to the state after the last', () => {
    expect(
      affectedSpan({ ...none, statesFrom: t(-50), statesTo: t(-40), previousState: t(-100), nextState: t(-10) }, NOW),
    ).toEqual({
      from: t(-100),
      to: t(-10),
    });
  });

  it('runs up to now when the last new state is the latest, and starts at the first when none is before it', () => {
    expect(affectedSpan({ ...none, statesFrom: t(-50), statesTo: t(-40) }, NOW)).toEqual({ from: t(-50), to: t(0) });
    // a state a little ahead of the clock
    expect(affectedSpan({ ...none, statesFrom: t(2), statesTo: t(3) }, NOW)).toEqual({
      from: t(2),
      to: new Date(t(3).getTime() + 1),
    });
  });

  it('covers the counts, each at its instant, and nothing when nothing was accepted', () => {
    expect(affectedSpan({ ...none, countsFrom: t(-200), countsTo: t(-190) }, NOW)).toEqual({
      from: t(-200),
      to: new Date(t(-190).getTime() + 1),
    });
    expect(
      affectedSpan(
        { ...none, statesFrom: t(-50), statesTo: t(-50), nextState: t(-45), countsFrom: t(-60), countsTo: t(-20) },
        NOW,
      ),
    ).toEqual({ from: t(-60), to: new Date(t(-20).getTime() + 1) });
    expect(affectedSpan(none, NOW)).toBeNull();
  });
});

describe('one source of counts per machine (countsFrom)', () => {
  it('refuses count events only of a machine that counts from station reports', () => {
    expect(countEventRefusal('any', 'EB-01')).toBeNull();
    expect(countEventRefusal('machine', 'EB-01')).toBeNull();
    expect(countEventRefusal('reports', 'EB-01')).toMatch(/EB-01 counts from station reports only.*只按报工计数/);
  });

  it('counts station reports except on a machine that counts itself', () => {
    expect([reportsCount('any'), reportsCount('machine'), reportsCount('reports')]).toEqual([true, false, true]);
  });
});
