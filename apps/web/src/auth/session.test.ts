import { describe, expect, it } from 'vitest';
import { loadSession } from './session';

const storing = (value: string | null) => ({ getItem: () => value });

describe(loadSession.name, () => {
  it('reads the session the login saved', () => {
    const session = {
      token: 't',
      user: { id: 'u', username: 'planner', roles: ['planner'], factory: { id: 'f', code: 'DEMO', name: 'Demo' } },
    };
    expect(loadSession(storing(JSON.stringify(session)))).toEqual(session);
  });

  it('treats nothing, garbage or a session without its user as signed out', () => {
    expect(loadSession(storing(null))).toBeNull();
    expect(loadSession(storing('{not json'))).toBeNull();
    expect(loadSession(storing('null'))).toBeNull();
    expect(loadSession(storing(JSON.stringify({ token: 'bad' })))).toBeNull();
  });
});
