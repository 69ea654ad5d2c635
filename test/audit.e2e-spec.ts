import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditLog, CliCommandRegistry, CliIo } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { CliModule } from '../apps/cli/src/cli.module';
import { TestApi } from './support/api';

const METRICS_TOKEN = 'scrape-token-0123456789abcdef';

/** Issue 12, points 5–7: the audit trail cannot be sidestepped, changes end sessions, failed logins and metrics. */
describe('audit trail, sessions and the metrics credential', () => {
  let db: TestDatabase;
  let api: TestApi;
  let acme: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let other: Awaited<ReturnType<TestApi['factoryWithUsers']>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url, { METRICS_TOKEN }));
    acme = await api.factoryWithUsers('ACME');
    other = await api.factoryWithUsers('OTHER', ['admin', 'manager']);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const audit = () => api.app.get(DataSource).getRepository(AuditLog);
  const newUser = async (username: string, roles = ['packer']) => {
    const res = await api.request('POST', '/api/v1/users', {
      token: acme.tokens.admin,
      body: { username, password: 'first-password', roles },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  describe('point 5: every mutating request is audited by the route it reached, with what changed', () => {
    it('audits a role change sent to a percent-encoded path, naming the roles granted and revoked', async () => {
      const id = await newUser('enc.user');
      const res = await api.request('PATCH', `/%61pi/v1/users/${id}`, {
        token: acme.tokens.admin,
        headers: { 'x-request-id': 'encoded-path-1' },
        body: { roles: ['packer', 'admin'] },
      });
      expect(res.status).toBe(200);
      expect(res.body.roles).toEqual(['packer', 'admin']);
      const row = await audit().findOneByOrFail({ requestId: 'encoded-path-1' });
      expect(row).toMatchObject({
        factoryId: acme.factory.id,
        username: 'admin',
        action: 'PATCH /api/v1/users/:id',
        path: `/%61pi/v1/users/${id}`,
        status: 200,
        outcome: 'success',
        detail: {
          params: { id },
          body: { roles: ['packer', 'admin'] },
          user: id,
          changes: {
            roles: { before: ['packer'], after: ['packer', 'admin'], granted: ['admin'], revoked: [] },
            sessionsEnded: true,
          },
        },
      });
    });

    it('records that a password was reset, never the password', async () => {
      const id = await newUser('reset.user');
      const res = await api.request('PATCH', `/api/v1/users/${id}`, {
        token: acme.tokens.admin,
        headers: { 'x-request-id': 'password-reset-1' },
        body: { password: 'very-secret-new-password' },
      });
      expect(res.status).toBe(200);
      const row = await audit().findOneByOrFail({ requestId: 'password-reset-1' });
      expect(row.detail).toMatchObject({
        body: { password: '[redacted]' },
        changes: { passwordReset: true, sessionsEnded: true },
      });
      const rows = await api.app
        .get(DataSource)
        .query(
          `SELECT count(*)::int AS n FROM audit_log WHERE detail::text LIKE '%very-secret%' OR path LIKE '%very-secret%'`,
        );
      expect(rows[0].n).toBe(0);
      // nor the sign-in password of a login
      await api.request('POST', '/api/v1/auth/login', {
        headers: { 'x-request-id': 'login-secret-1' },
        body: { factory: 'ACME', username: 'reset.user', password: 'very-secret-new-password' },
      });
      const login = await audit().findOneByOrFail({ requestId: 'login-secret-1' });
      expect(login).toMatchObject({ status: 200, detail: { body: { password: '[redacted]' } } });
    });

    it('a deactivation sent as DELETE is audited with the active flag before and after', async () => {
      const id = await newUser('gone.user');
      const res = await api.request('DELETE', `/api/v1/users/${id}`, {
        token: acme.tokens.admin,
        headers: { 'x-request-id': 'deactivate-1' },
      });
      expect(res.status).toBe(200);
      const row = await audit().findOneByOrFail({ requestId: 'deactivate-1' });
      expect(row).toMatchObject({
        action: 'DELETE /api/v1/users/:id',
        detail: { changes: { active: { before: true, after: false }, sessionsEnded: true } },
      });
    });

    it("keeps the client's x-request-id beside each row's own id: the same id sent twice makes two rows", async () => {
      for (const username of ['twice.a', 'twice.b']) {
        const res = await api.request('POST', '/api/v1/users', {
          token: acme.tokens.admin,
          headers: { 'x-request-id': 'client-reused-id' },
          body: { username, password: 'first-password', roles: ['planner'] },
        });
        expect(res.status).toBe(201);
        expect(res.headers.get('x-request-id')).toBe('client-reused-id');
      }
      const rows = await audit().find({ where: { requestId: 'client-reused-id' }, order: { id: 'ASC' } });
      expect(rows.map((r) => (r.detail as { body: { username: string } }).body.username)).toEqual([
        'twice.a',
        'twice.b',
      ]);
      expect(new Set(rows.map((r) => r.id)).size).toBe(2);
      // the admin's audit list shows both, each by its own id
      const list = await api.request('GET', '/api/v1/audit-log?limit=50', { token: acme.tokens.admin });
      const listed = (list.body.items as { id: string; requestId: string }[]).filter(
        (r) => r.requestId === 'client-reused-id',
      );
      expect(listed.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    });

    describe('CLI commands that change data write audit rows too', () => {
      let cli: INestApplicationContext;
      const output: string[] = [];
      const io: CliIo = { out: (line) => output.push(line), readStdin: () => Promise.resolve('') };

      beforeAll(async () => {
        cli = await NestFactory.createApplicationContext(CliModule.forRoot(testRuntime(db.url)), { logger: false });
      });

      afterAll(async () => {
        await cli?.close();
      });

      it('factory:create and user:create, done or refused, never with a password', async () => {
        const registry = cli.get(CliCommandRegistry);
        await registry.run('factory:create', ['--code', 'cli01', '--name', '命令行门厂'], io);
        await registry.run(
          'user:create',
          ['--factory', 'CLI01', '--username', 'chen', '--roles', 'planner,manager', '--password', 'chen-password-1'],
          io,
        );
        await expect(
          registry.run('user:create', ['--factory', 'CLI01', '--username', 'x', '--roles', 'emperor'], io),
        ).rejects.toThrow('unknown roles: emperor');
        await expect(registry.run('factory:create', ['--code', 'CLI01', '--name', 'again'], io)).rejects.toThrow(
          'already exists',
        );

        const rows = await audit().find({ where: { path: 'cli' }, order: { id: 'ASC' } });
        const factoryId = (await api.app.get(DataSource).query(`SELECT id FROM factory WHERE code = 'CLI01'`))[0].id;
        expect(rows).toMatchObject([
          {
            action: 'CLI factory:create',
            factoryId,
            status: 0,
            outcome: 'success',
            detail: { code: 'CLI01', name: '命令行门厂', admin: { username: 'admin' } },
          },
          {
            action: 'CLI user:create',
            factoryId,
            status: 0,
            outcome: 'success',
            detail: {
              username: 'chen',
              roles: ['planner', 'manager'],
              passwordSource: 'given',
              user: expect.any(String),
            },
          },
          {
            action: 'CLI user:create',
            factoryId,
            status: 2,
            outcome: 'failure',
            detail: { username: 'x', roles: ['emperor'], error: 'cli.usage' },
          },
          {
            action: 'CLI factory:create',
            factoryId: null,
            status: 2,
            outcome: 'failure',
            detail: { code: 'CLI01', error: 'factory.already_exists' },
          },
        ]);
        const adminPassword = /admin password \(shown once\): (\S+)/.exec(output.join('\n'))?.[1] as string;
        expect(JSON.stringify(rows)).not.toContain(adminPassword);
        expect(JSON.stringify(rows)).not.toContain('chen-password-1');
      });
    });
  });

  describe('point 6: a password reset, deactivation or role change ends existing sessions', () => {
    const probe = (token: string) => api.request('GET', '/api/v1/jobs/00000000-0000-4000-8000-000000000000', { token });

    it.each([
      ['a password reset', { password: 'second-password' }],
      ['a role change', { roles: ['warehouse'] }],
      ['a deactivation', { active: false }],
    ])('%s ends the old token at once (401)', async (_name, change) => {
      const username = `session.${Object.keys(change)[0]}`;
      const id = await newUser(username);
      const old = await api.login('ACME', username, 'first-password');
      expect((await probe(old)).status).toBe(404); // signed in (no such job)
      const patched = await api.request('PATCH', `/api/v1/users/${id}`, { token: acme.tokens.admin, body: change });
      expect(patched.status).toBe(200);
      const refused = await probe(old);
      expect(refused.status).toBe(401);
      if ('active' in change) {
        // while off the account itself is refused; reactivated, the token it had before stays ended
        expect(refused.body).toMatchObject({ status: 401, code: 'auth.token_invalid' });
        await api.request('POST', `/api/v1/users/${id}/activate`, { token: acme.tokens.admin });
        expect((await probe(old)).body).toMatchObject({ status: 401, code: 'auth.session_ended' });
      } else {
        expect(refused.body).toMatchObject({ status: 401, code: 'auth.session_ended' });
      }
      const password = 'password' in change ? change.password : 'first-password';
      expect((await probe(await api.login('ACME', username, password))).status).toBe(404);
    });

    it('a change that changes nothing (a display name, roles as they are) keeps the sessions', async () => {
      const id = await newUser('session.keep');
      const token = await api.login('ACME', 'session.keep', 'first-password');
      const patched = await api.request('PATCH', `/api/v1/users/${id}`, {
        token: acme.tokens.admin,
        body: { displayName: '留下', roles: ['packer'] },
      });
      expect(patched.status).toBe(200);
      expect((await probe(token)).status).toBe(404);
    });
  });

  describe('point 7: failed logins belong to the factory they named; /metrics has its own credential', () => {
    it("shows a failed login in the named factory's audit log, to its admin only", async () => {
      const failed = await api.request('POST', '/api/v1/auth/login', {
        headers: { 'x-request-id': 'failed-login-acme' },
        body: { factory: 'acme', username: 'planner', password: 'not-the-password' },
      });
      expect(failed.status).toBe(401);
      const unknownUser = await api.request('POST', '/api/v1/auth/login', {
        headers: { 'x-request-id': 'failed-login-nobody' },
        body: { factory: 'ACME', username: 'nobody', password: 'not-the-password' },
      });
      expect(unknownUser.body).toEqual({
        ...failed.body,
        instance: unknownUser.body.instance,
        requestId: 'failed-login-nobody',
      });

      const page = await api.request('GET', '/api/v1/audit-log?limit=100', { token: acme.tokens.admin });
      expect(page.status).toBe(200);
      const rows = page.body.items as { requestId: string }[];
      expect(rows.find((r) => r.requestId === 'failed-login-acme')).toMatchObject({
        action: 'POST /api/v1/auth/login',
        username: 'planner',
        userId: expect.any(String),
        status: 401,
        outcome: 'failure',
        detail: { factory: 'acme', body: { username: 'planner', password: '[redacted]' } },
      });
      expect(rows.find((r) => r.requestId === 'failed-login-nobody')).toMatchObject({
        username: 'nobody',
        userId: null,
        status: 401,
      });
      const elsewhere = await api.request('GET', '/api/v1/audit-log?limit=100', { token: other.tokens.admin });
      const seen = (elsewhere.body.items as { requestId: string }[]).map((r) => r.requestId);
      expect(seen).not.toContain('failed-login-acme');
    });

    it('serves /metrics to the scrape token only: no factory user, whatever the role', async () => {
      for (const token of [acme.tokens.manager, acme.tokens.admin, other.tokens.manager]) {
        const res = await api.request('GET', '/metrics', { token });
        expect(res.status).toBe(401);
        expect(res.body).toMatchObject({ code: 'auth.token_invalid' });
      }
      expect((await api.request('GET', '/metrics')).body).toMatchObject({ status: 401, code: 'auth.unauthenticated' });
      expect((await api.request('GET', '/metrics', { token: `${METRICS_TOKEN}x` })).status).toBe(401);
      const scraped = await api.request('GET', '/metrics', { token: METRICS_TOKEN });
      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain('mendao_http_request_duration_seconds');
    });
  });
});
