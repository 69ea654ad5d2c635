import { REDACTED, summariseBody } from './audit-detail';

describe('summariseBody: what an audit row keeps of a request body', () => {
  it('keeps the fields and values asked for', () => {
    expect(summariseBody({ roles: ['packer', 'warehouse'], displayName: '孙丽', active: false, quantity: 2 })).toEqual({
      roles: ['packer', 'warehouse'],
      displayName: '孙丽',
      active: false,
      quantity: 2,
    });
  });

  it('never keeps a secret, at any depth, only that one was sent', () => {
    const summary = summariseBody({
      factory: 'ACME',
      username: 'planner',
      password: 'hunter2-hunter2',
      nested: { apiKey: 'k', accessToken: 't', newPassword: 'p' },
    });
    expect(summary).toEqual({
      factory: 'ACME',
      username: 'planner',
      password: REDACTED,
      nested: { apiKey: REDACTED, accessToken: REDACTED, newPassword: REDACTED },
    });
    expect(JSON.stringify(summary)).not.toMatch(/hunter2|"[kpt]"/);
  });

  it('stays small whatever the body: long strings, long arrays, deep nesting, many keys', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    const body = {
      customer: 'x'.repeat(3_000_000),
      lines: Array.from({ length: 5000 }, (_, i) => ({ width: 800 + i, height: 2000 })),
      deep,
      ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
    };
    const json = JSON.stringify(summariseBody(body));
    expect(json.length).toBeLessThan(8_000);
    expect(json).toContain('(3000000 chars)');
    expect(json).toContain('…(5000 items)');
    expect(json).toContain('[object]');
  });

  it('keeps a __proto__ key as a plain key, not as the prototype', () => {
    const body = JSON.parse('{"__proto__": {"admin": true}, "name": "x"}') as unknown;
    const summary = summariseBody(body) as Record<string, unknown>;
    expect(Object.getPrototypeOf(summary)).toBe(Object.prototype);
    expect((summary as { admin?: unknown }).admin).toBeUndefined();
    expect(Object.keys(summary)).toEqual(['__proto__', 'name']);
  });

  it('has nothing to say about no body', () => {
    expect(summariseBody(undefined)).toBeUndefined();
    expect(summariseBody(null)).toBeUndefined();
  });
});
