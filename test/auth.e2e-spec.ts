import { AuditLog, DEMO_FACTORY_CODE } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';

describe('auth, roles and problem+json over HTTP', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
  let adminPassword: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url, { LOGIN_MAX_FAILURES: '3' }));
    ({ tokens, adminPassword } = await api.factoryWithUsers('ACME'));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const audit = () => api.app.get(DataSource).getRepository(AuditLog);

  it('signs in with the right password and returns a bearer token with the user', async () => {
    const res = await api.request('POST', '/api/v1/auth/login', {
      body: { factory: 'acme', username: 'admin', password: adminPassword },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 28800,
      user: { username: 'admin', roles: ['admin'] },
    });
    expect(res.body.accessToken).toEqual(expect.any(String));
  });

  it('refuses a wrong password, an unknown user and an unknown factory with the same 401 problem', async () => {
    const attempts = [
      { factory: 'ACME', username: 'planner', password: 'wrong-password' },
      { factory: 'ACME', username: 'nobody', password: 'password-123' },
      { factory: DEMO_FACTORY_CODE + 'X', username: 'admin', password: 'password-123' },
    ];
    for (const body of attempts) {
      const res = await api.request('POST', '/api/v1/auth/login', { body });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, code: 'auth.invalid_credentials' });
    }
  });

  it('answers a burst of wrong passwords with 429, even when the right one follows', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.request('POST', '/api/v1/auth/login', {
          body: { factory: 'ACME', username: 'manager', password: 'guess' },
        }),
      ),
    );
    const statuses = guesses.map((g) => g.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const right = await api.request('POST', '/api/v1/auth/login', {
      body: { factory: 'ACME', username: 'manager', password: 'password-123' },
    });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 401 without a token or with a bad one, and 403 with the wrong role', async () => {
    expect((await api.request('GET', '/api/v1/users')).status).toBe(401);
    expect((await api.request('GET', '/api/v1/users', { token: 'not.a.token' })).status).toBe(401);
    const forbidden = await api.request('GET', '/api/v1/users', { token: tokens.packer });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ status: 403, code: 'auth.forbidden', params: { required: ['admin'] } });
    expect((await api.request('GET', '/api/v1/users', { token: tokens.admin })).status).toBe(200);
  });

  it('lets an admin create, list and deactivate users; a deactivated user is locked out at once', async () => {
    const created = await api.request('POST', '/api/v1/users', {
      token: tokens.admin,
      body: { username: 'li.na', displayName: '李娜', password: 'secret-pass-1', roles: ['warehouse'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    const token = await api.login('ACME', 'li.na', 'secret-pass-1');
    const duplicate = await api.request('POST', '/api/v1/users', {
      token: tokens.admin,
      body: { username: 'li.na', password: 'secret-pass-1', roles: ['warehouse'] },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([{ field: 'username', message: 'already exists in this factory' }]);

    const page1 = await api.request('GET', '/api/v1/users?limit=2', { token: tokens.admin });
    const page2 = await api.request('GET', `/api/v1/users?limit=10&cursor=${page1.body.nextCursor}`, {
      token: tokens.admin,
    });
    const names = [...page1.body.items, ...page2.body.items].map((u: { username: string }) => u.username);
    expect(names).toEqual(['admin', 'li.na', 'manager', 'operator', 'packer', 'planner', 'warehouse']);

    const off = await api.request('POST', `/api/v1/users/${created.body.id}/deactivate`, { token: tokens.admin });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await api.request('GET', '/api/v1/jobs/00000000-0000-4000-8000-000000000000', { token })).status).toBe(401);
  });

  it('lets an admin change roles, reset a password and deactivate with PATCH/DELETE, but not lock themself out', async () => {
    const created = await api.request('POST', '/api/v1/users', {
      token: tokens.admin,
      body: { username: 'sun.li', password: 'first-password', roles: ['packer'] },
    });
    const id = created.body.id as string;
    const patched = await api.request('PATCH', `/api/v1/users/${id}`, {
      token: tokens.admin,
      body: { roles: ['packer', 'warehouse'], displayName: '孙丽', password: 'second-password' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ roles: ['packer', 'warehouse'], displayName: '孙丽', active: true });
    await expect(api.login('ACME', 'sun.li', 'second-password')).resolves.toEqual(expect.any(String));
    expect(
      (await api.request('PATCH', `/api/v1/users/${id}`, { token: tokens.admin, body: { roles: ['boss'] } })).status,
    ).toBe(400);

    const removed = await api.request('DELETE', `/api/v1/users/${id}`, { token: tokens.admin });
    expect(removed.status).toBe(200);
    expect(removed.body.active).toBe(false);

    const me = (await api.request('GET', '/api/v1/users?limit=500', { token: tokens.admin })).body.items.find(
      (u: { username: string }) => u.username === 'admin',
    );
    const selfDemotion = await api.request('PATCH', `/api/v1/users/${me.id}`, {
      token: tokens.admin,
      body: { roles: ['planner'] },
    });
    expect(selfDemotion.status).toBe(409);
    expect(selfDemotion.body.errors[0].field).toBe('roles');
  });

  describe('bad input answers 4xx problem+json naming the field, never 500', () => {
    const cases: [string, { rawBody?: string; body?: unknown; headers?: Record<string, string> }, number, string][] = [
      ['malformed JSON', { rawBody: '{"username": "x",' }, 400, 'body'],
      ['a JSON array instead of an object', { rawBody: '[1,2]' }, 400, 'body'],
      ['a wrong type', { body: { username: 42, password: 'long-enough', roles: ['packer'] } }, 400, 'username'],
      [
        'an unknown field',
        { body: { username: 'ok.name', password: 'long-enough', roles: ['packer'], boss: true } },
        400,
        'boss',
      ],
      ['an unknown role', { body: { username: 'ok.name', password: 'long-enough', roles: ['king'] } }, 400, 'roles'],
      ['a missing field', { body: { username: 'ok.name', roles: ['packer'] } }, 400, 'password'],
      ['an oversize body', { rawBody: JSON.stringify({ username: 'x'.repeat(1_100_000) }) }, 413, 'body'],
    ];

    it.each(cases)('%s', async (_name, input, status, field) => {
      const before = await api.request('GET', '/api/v1/users?limit=500', { token: tokens.admin });
      const res = await api.request('POST', '/api/v1/users', { token: tokens.admin, ...input });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        status,
        type: expect.any(String),
        title: expect.any(String),
        detail: expect.any(String),
      });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      const after = await api.request('GET', '/api/v1/users?limit=500', { token: tokens.admin });
      expect(after.body.items).toHaveLength(before.body.items.length);
    });

    it('an id that is not a UUID is a 404 naming it, not a database error', async () => {
      const res = await api.request('GET', '/api/v1/users/not-a-uuid', { token: tokens.admin });
      expect(res.status).toBe(404);
      expect(res.body.errors).toEqual([{ field: 'id', message: expect.stringContaining('not-a-uuid') }]);
    });

    it('a bad cursor or limit is a 400 naming it', async () => {
      const cursor = await api.request('GET', '/api/v1/users?cursor=zzz', { token: tokens.admin });
      expect(cursor.status).toBe(400);
      expect(cursor.body.errors[0].field).toBe('cursor');
      const limit = await api.request('GET', '/api/v1/users?limit=abc', { token: tokens.admin });
      expect(limit.status).toBe(400);
      expect(limit.body.errors[0].field).toBe('limit');
    });
  });

  it('writes an audit row for every mutating request: who, factory, what, outcome', async () => {
    const res = await api.request('POST', '/api/v1/users', {
      token: tokens.admin,
      headers: { 'x-request-id': 'audit-probe-1' },
      body: { username: 'wang.fang', password: 'secret-pass-2', roles: ['planner'] },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe('audit-probe-1');
    const row = await audit().findOneByOrFail({ requestId: 'audit-probe-1' });
    expect(row).toMatchObject({
      factoryId: expect.any(String),
      username: 'admin',
      action: 'POST /api/v1/users',
      status: 201,
      outcome: 'success',
    });
    await api.request('POST', '/api/v1/auth/login', {
      headers: { 'x-request-id': 'audit-probe-2' },
      body: { factory: 'ACME', username: 'planner', password: 'nope-nope' },
    });
    const failure = await audit().findOneByOrFail({ requestId: 'audit-probe-2' });
    expect(failure).toMatchObject({
      username: 'planner',
      status: 401,
      outcome: 'failure',
      detail: { factory: 'ACME' },
    });
  });

  it('serves health, readiness and OpenAPI; without METRICS_TOKEN /metrics is off (404), even for an admin', async () => {
    expect((await api.request('GET', '/health')).status).toBe(200);
    expect((await api.request('GET', '/ready')).body).toMatchObject({ status: 'ready', database: 'up' });
    const docs = await api.request('GET', '/api/docs/openapi.json');
    expect(docs.body.paths).toHaveProperty('/api/v1/auth/login');
    for (const token of [undefined, tokens.manager, tokens.admin]) {
      const metrics = await api.request('GET', '/metrics', { token });
      expect(metrics.status).toBe(404);
      expect(metrics.body).toMatchObject({ code: 'route.not_found' });
    }
    // with the scrape token configured: test/audit.e2e-spec.ts
  });
});
