import { MAX_EVENTS_PER_MESSAGE, parseMessage, parseTopic } from './payload';

const NOW = new Date('2026-11-30T10:00:00.000Z');

describe(parseTopic.name, () => {
  it('reads the factory (upper-cased, as codes are stored), the machine and the kind', () => {
    expect(parseTopic('mendao/demo/machines/CNC-01/state')).toEqual({
      factory: 'DEMO',
      machine: 'CNC-01',
      kind: 'state',
    });
    expect(parseTopic('mendao/F2/machines/封边机1/counts')).toEqual({
      factory: 'F2',
      machine: '封边机1',
      kind: 'counts',
    });
  });

  it.each([
    'mendao/DEMO/machines/CNC-01',
    'mendao/DEMO/machines/CNC-01/speed',
    'mendao/DEMO/machine/CNC-01/state',
    'other/DEMO/machines/CNC-01/state',
    'mendao/DEMO/machines/CNC-01/state/extra',
    'mendao//machines/CNC-01/state',
    'mendao/DEMO/machines//state',
    'mendao/DE MO/machines/CNC-01/state',
    `mendao/${'F'.repeat(33)}/machines/CNC-01/state`,
    `mendao/DEMO/machines/${'M'.repeat(65)}/state`,
  ])('refuses the topic %s', (topic) => {
    expect(parseTopic(topic)).toBeNull();
  });
});

describe(parseMessage.name, () => {
  it('takes one state event, with its id and reason', () => {
    const payload = JSON.stringify({
      eventId: 'e-1',
      at: '2026-11-30T09:59:00Z',
      state: 'down',
      reason: 'blade_broken',
    });
    expect(parseMessage('state', Buffer.from(payload), NOW)).toEqual({
      ok: true,
      kind: 'state',
      states: [{ eventId: 'e-1', at: '2026-11-30T09:59:00.000Z', state: 'down', reason: 'blade_broken' }],
    });
  });

  it('takes an array of states and writes every instant in UTC with milliseconds (one default event id per instant)', () => {
    const payload = JSON.stringify([
      { at: '2026-11-30T17:58:00+08:00', state: 'running' },
      { at: '2026-11-30T09:58:30.5+0000', state: 'idle' },
      { at: '2026-11-30T09:59Z', state: 'setup', reason: 'blade_change' },
      { at: '2026-11-30T09:59:30Z', state: 'off' },
    ]);
    expect(parseMessage('state', payload, NOW)).toEqual({
      ok: true,
      kind: 'state',
      states: [
        { at: '2026-11-30T09:58:00.000Z', state: 'running' },
        { at: '2026-11-30T09:58:30.500Z', state: 'idle' },
        { at: '2026-11-30T09:59:00.000Z', state: 'setup', reason: 'blade_change' },
        { at: '2026-11-30T09:59:30.000Z', state: 'off' },
      ],
    });
  });

  it('takes counts, zero included', () => {
    const payload = JSON.stringify([
      { at: '2026-11-30T09:55:00Z', good: 12, scrap: 1 },
      { eventId: 'c-2', at: '2026-11-30T10:00:00Z', good: 0, scrap: 0 },
    ]);
    expect(parseMessage('counts', payload, NOW)).toEqual({
      ok: true,
      kind: 'counts',
      counts: [
        { at: '2026-11-30T09:55:00.000Z', good: 12, scrap: 1 },
        { eventId: 'c-2', at: '2026-11-30T10:00:00.000Z', good: 0, scrap: 0 },
      ],
    });
  });

  it('accepts a timestamp up to 5 minutes ahead (clock drift) and refuses one later, naming the event', () => {
    const ahead = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
    expect(parseMessage('state', JSON.stringify({ at: ahead(300_000), state: 'running' }), NOW).ok).toBe(true);
    const late = [
      { at: ahead(0), state: 'running' },
      { at: ahead(300_001), state: 'running' },
    ];
    expect(parseMessage('state', JSON.stringify(late), NOW)).toMatchObject({
      ok: false,
      reason: 'future_timestamp',
      field: '[1].at',
    });
  });

  it('accepts a timestamp up to 400 days back (the equipment rule) and refuses one older, or year 0, at its field', () => {
    const back = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
    const day = 86_400_000;
    expect(parseMessage('counts', JSON.stringify({ at: back(400 * day), good: 1, scrap: 0 }), NOW).ok).toBe(true);
    for (const at of [back(400 * day + 1), '1900-01-01T00:00:00Z', '0000-01-01T00:00:00Z'])
      expect(
        parseMessage(
          'counts',
          JSON.stringify([
            { at: back(0), good: 1, scrap: 0 },
            { at, good: 1, scrap: 0 },
          ]),
          NOW,
        ),
      ).toMatchObject({
        ok: false,
        reason: 'past_timestamp',
        field: '[1].at',
      });
  });

  it.each([
    ['not JSON', '{"at": ', 'bad_json', ''],
    ['an empty array', '[]', 'bad_payload', ''],
    ['a string', '"running"', 'bad_payload', ''],
    ['null', 'null', 'bad_payload', ''],
    ['an unknown field', '{"at":"2026-11-30T09:00:00Z","state":"running","speed":3}', 'bad_payload', 'speed'],
    ['an empty event id', '{"eventId":"","at":"2026-11-30T09:00:00Z","state":"running"}', 'bad_payload', 'eventId'],
    ['a numeric event id', '{"eventId":7,"at":"2026-11-30T09:00:00Z","state":"running"}', 'bad_payload', 'eventId'],
    ['no timestamp', '{"state":"running"}', 'bad_timestamp', 'at'],
    ['a timestamp without zone', '{"at":"2026-11-30T09:00:00","state":"running"}', 'bad_timestamp', 'at'],
    ['a date alone', '{"at":"2026-11-30","state":"running"}', 'bad_timestamp', 'at'],
    ['epoch milliseconds', '{"at":1796029200000,"state":"running"}', 'bad_timestamp', 'at'],
    ['30 February', '{"at":"2026-02-30T09:00:00Z","state":"running"}', 'bad_timestamp', 'at'],
    ['hour 24', '{"at":"2026-11-30T24:00:00Z","state":"running"}', 'bad_timestamp', 'at'],
    ['an unknown state', '{"at":"2026-11-30T09:00:00Z","state":"broken"}', 'unknown_state', 'state'],
    ['a state in capitals', '{"at":"2026-11-30T09:00:00Z","state":"RUNNING"}', 'unknown_state', 'state'],
    ['down without a reason', '{"at":"2026-11-30T09:00:00Z","state":"down"}', 'bad_reason', 'reason'],
    ['running with a reason', '{"at":"2026-11-30T09:00:00Z","state":"running","reason":"x"}', 'bad_reason', 'reason'],
    ['off with a reason', '{"at":"2026-11-30T09:00:00Z","state":"off","reason":"x"}', 'bad_reason', 'reason'],
    ['an empty reason', '{"at":"2026-11-30T09:00:00Z","state":"idle","reason":""}', 'bad_reason', 'reason'],
    ['a numeric reason', '{"at":"2026-11-30T09:00:00Z","state":"down","reason":3}', 'bad_reason', 'reason'],
  ])('refuses a state message with %s', (_what, payload, reason, fieldName) => {
    expect(parseMessage('state', payload, NOW)).toMatchObject({ ok: false, reason, field: fieldName });
  });

  it.each([
    ['a negative count', '{"at":"2026-11-30T09:00:00Z","good":-1,"scrap":0}', 'good'],
    ['a fractional count', '{"at":"2026-11-30T09:00:00Z","good":1,"scrap":0.5}', 'scrap'],
    ['a count in a string', '{"at":"2026-11-30T09:00:00Z","good":"3","scrap":0}', 'good'],
    ['no scrap', '{"at":"2026-11-30T09:00:00Z","good":3}', 'scrap'],
    ['a count beyond a million', '{"at":"2026-11-30T09:00:00Z","good":1000001,"scrap":0}', 'good'],
  ])('refuses a count message with %s', (_what, payload, fieldName) => {
    expect(parseMessage('counts', payload, NOW)).toMatchObject({ ok: false, reason: 'bad_count', field: fieldName });
  });

  it('refuses a whole array for one bad event, naming it', () => {
    const payload = JSON.stringify([
      { at: '2026-11-30T09:00:00Z', good: 1, scrap: 0 },
      { at: '2026-11-30T09:05:00Z', good: 1, scrap: -2 },
    ]);
    expect(parseMessage('counts', payload, NOW)).toMatchObject({ ok: false, reason: 'bad_count', field: '[1].scrap' });
  });

  it('refuses a state in a counts message and counts in a state message', () => {
    expect(parseMessage('counts', '{"at":"2026-11-30T09:00:00Z","state":"running"}', NOW)).toMatchObject({
      ok: false,
      reason: 'bad_payload',
      field: 'state',
    });
    expect(parseMessage('state', '{"at":"2026-11-30T09:00:00Z","good":1,"scrap":0}', NOW)).toMatchObject({
      ok: false,
      reason: 'bad_payload',
      field: 'good',
    });
  });

  it(`takes ${MAX_EVENTS_PER_MESSAGE} events in a message and refuses one more`, () => {
    const events = (n: number) =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => ({
          at: new Date(NOW.getTime() - i * 1000).toISOString(),
          good: 1,
          scrap: 0,
        })),
      );
    const full = parseMessage('counts', events(MAX_EVENTS_PER_MESSAGE), NOW);
    expect(full.ok && full.kind === 'counts' && full.counts.length).toBe(MAX_EVENTS_PER_MESSAGE);
    expect(parseMessage('counts', events(MAX_EVENTS_PER_MESSAGE + 1), NOW)).toMatchObject({
      ok: false,
      reason: 'too_many_events',
    });
  });
});
