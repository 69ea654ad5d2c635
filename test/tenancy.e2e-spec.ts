import { JobsService, TenancyContext } from '@mendao/platform';
import { createTestDatabase, eventually, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';

describe('factory isolation over HTTP', () => {
  let db: TestDatabase;
  let api: TestApi;
  let a: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let b: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let userOfB: { id: string };
  let jobOfB: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    a = await api.factoryWithUsers('FA', ['admin', 'planner']);
    b = await api.factoryWithUsers('FB', ['admin', 'planner']);
    userOfB = (
      await api.request('POST', '/api/v1/users', {
        token: b.tokens.admin,
        body: { username: 'only.in.b', password: 'password-b-1', roles: ['packer'] },
      })
    ).body;
    const job = await api.app
      .get(TenancyContext)
      .run({ factoryId: b.factory.id }, () => api.app.get(JobsService).enqueue('platform.probe', { note: 'b' }));
    jobOfB = job.id;
    await eventually(
      async () =>
        (await api.request('GET', `/api/v1/jobs/${jobOfB}`, { token: b.tokens.planner })).body.status === 'succeeded',
      { what: 'job of B' },
    );
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it("lists only the caller's own users", async () => {
    const res = await api.request('GET', '/api/v1/users', { token: a.tokens.admin });
    const names = res.body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(['admin', 'planner']);
  });

  it("answers 404 when factory A reads factory B's user or job", async () => {
    const user = await api.request('GET', `/api/v1/users/${userOfB.id}`, { token: a.tokens.admin });
    expect(user.status).toBe(404);
    expect(user.headers.get('content-type')).toContain('application/problem+json');
    expect((await api.request('GET', `/api/v1/jobs/${jobOfB}`, { token: a.tokens.planner })).status).toBe(404);
    expect((await api.request('GET', `/api/v1/jobs/${jobOfB}`, { token: b.tokens.planner })).status).toBe(200);
  });

  it("answers 404 and changes nothing when factory A tries to change factory B's user", async () => {
    const res = await api.request('POST', `/api/v1/users/${userOfB.id}/deactivate`, { token: a.tokens.admin });
    expect(res.status).toBe(404);
    const patched = await api.request('PATCH', `/api/v1/users/${userOfB.id}`, {
      token: a.tokens.admin,
      body: { roles: ['admin'] },
    });
    expect(patched.status).toBe(404);
    expect((await api.request('DELETE', `/api/v1/users/${userOfB.id}`, { token: a.tokens.admin })).status).toBe(404);
    const stillActive = await api.request('GET', `/api/v1/users/${userOfB.id}`, { token: b.tokens.admin });
    expect(stillActive.body.active).toBe(true);
  });

  it('lets the same username exist in two factories, each signing in to its own', async () => {
    for (const [token, code] of [
      [a.tokens.admin, 'FA'],
      [b.tokens.admin, 'FB'],
    ] as const) {
      const res = await api.request('POST', '/api/v1/users', {
        token,
        body: { username: 'zhao.lei', password: `password-${code}`, roles: ['warehouse'] },
      });
      expect(res.status).toBe(201);
    }
    expect(
      (
        await api.request('POST', '/api/v1/auth/login', {
          body: { factory: 'FA', username: 'zhao.lei', password: 'password-FB' },
        })
      ).status,
    ).toBe(401);
    const tokenA = await api.login('FA', 'zhao.lei', 'password-FA');
    const me = await api.request('GET', `/api/v1/jobs/${jobOfB}`, { token: tokenA });
    expect(me.status).toBe(404);
  });
});
