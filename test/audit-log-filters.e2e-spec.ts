import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';

type Row = { id: string; action: string; username: string | null; outcome: string; requestId: string; at: string };

/** The audit log as a manager reads it: narrowed by action, outcome and time, page by page, in one factory. */
describe('GET /api/v1/audit-log filters', () => {
  let db: TestDatabase;
  let api: TestApi;
  let acme: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let other: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  const ids: Record<string, string> = {};

  /** Sends a request tagged with a request id, so its audit row can be found and dated. */
  const send = async (requestId: string, method: string, path: string, body?: unknown, token = acme.tokens.admin) =>
    api.request(method, path, { token, body, headers: { 'x-request-id': requestId } });
  const list = async (query: string, token = acme.tokens.manager) => {
    const res = await api.request('GET', `/api/v1/audit-log?${query}`, { token });
    return res as { status: number; body: { items: Row[]; nextCursor: string | null } & Record<string, unknown> };
  };
  const requestIds = (rows: Row[]) => rows.map((r) => r.requestId).filter((id) => id?.startsWith('f-'));

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    acme = await api.factoryWithUsers('ACME');
    other = await api.factoryWithUsers('OTHER', ['admin', 'manager']);
    const created = await send('f-create', 'POST', '/api/v1/users', {
      username: 'li.na',
      password: 'first-password',
      roles: ['planner'],
    });
    expect(created.status).toBe(201);
    ids.user = created.body.id;
    expect(
      (await send('f-roles', 'PATCH', `/api/v1/users/${ids.user}`, { roles: ['planner', 'warehouse'] })).status,
    ).toBe(200);
    expect((await send('f-off', 'POST', `/api/v1/users/${ids.user}/deactivate`)).status).toBe(200);
    // refused: the username is taken
    expect(
      (
        await send('f-dup', 'POST', '/api/v1/users', {
          username: 'li.na',
          password: 'first-password',
          roles: ['packer'],
        })
      ).status,
    ).toBe(409);
    // the other factory's admin does the same kind of thing, in its own log
    expect(
      (
        await send(
          'f-other',
          'POST',
          '/api/v1/users',
          { username: 'wang', password: 'first-password', roles: ['packer'] },
          other.tokens.admin,
        )
      ).status,
    ).toBe(201);
    // dated by hand, one day apart (Shanghai time), so that time windows are exact
    const dates: Record<string, string> = {
      'f-create': '2026-11-01T09:00:00+08:00',
      'f-roles': '2026-11-02T09:00:00+08:00',
      'f-off': '2026-11-03T09:00:00+08:00',
      'f-dup': '2026-11-03T10:00:00+08:00',
      'f-other': '2026-11-02T09:00:00+08:00',
    };
    for (const [requestId, at] of Object.entries(dates)) {
      await api.app.get(DataSource).query(`UPDATE audit_log SET at = $1 WHERE request_id = $2`, [at, requestId]);
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('narrows to actions containing the text, in any case, newest first', async () => {
    const res = await list('action=USERS&limit=100');
    expect(res.status).toBe(200);
    expect(requestIds(res.body.items)).toEqual(['f-dup', 'f-off', 'f-roles', 'f-create']);
    expect(requestIds((await list(`action=${encodeURIComponent('POST /api/v1/users')}`)).body.items)).toEqual([
      'f-dup',
      'f-off',
      'f-create',
    ]);
    expect(requestIds((await list('action=deactivate')).body.items)).toEqual(['f-off']);
  });

  it('takes % and _ in the action text literally, not as wildcards', async () => {
    expect((await list('action=%25')).body.items).toEqual([]);
    expect((await list('action=users_')).body.items).toEqual([]);
    expect((await list('action=%5C')).body.items).toEqual([]);
  });

  it('narrows to the refused requests, or to those that succeeded', async () => {
    const failed = await list('outcome=failure&action=users');
    expect(requestIds(failed.body.items)).toEqual(['f-dup']);
    expect(failed.body.items[0]).toMatchObject({ outcome: 'failure', username: 'admin' });
    expect(requestIds((await list('outcome=success&action=users')).body.items)).toEqual([
      'f-off',
      'f-roles',
      'f-create',
    ]);
  });

  it('narrows to a time window: since inclusive, until exclusive', async () => {
    const day2 = await list(
      `since=${encodeURIComponent('2026-11-02T00:00:00+08:00')}&until=${encodeURIComponent('2026-11-03T00:00:00+08:00')}`,
    );
    expect(requestIds(day2.body.items)).toEqual(['f-roles']);
    const from = await list(`since=${encodeURIComponent('2026-11-03T09:00:00+08:00')}&action=users`);
    expect(requestIds(from.body.items)).toEqual(['f-dup', 'f-off']);
    const before = await list(`until=${encodeURIComponent('2026-11-03T09:00:00+08:00')}&action=users`);
    expect(requestIds(before.body.items)).toEqual(['f-roles', 'f-create']);
  });

  it('pages through a filtered list without leaving the filter', async () => {
    const first = await list('action=users&limit=3');
    expect(requestIds(first.body.items)).toEqual(['f-dup', 'f-off', 'f-roles']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list(`action=users&limit=3&cursor=${first.body.nextCursor}`);
    expect(requestIds(second.body.items)).toEqual(['f-create']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('combines the filters with the username filter', async () => {
    expect(requestIds((await list('username=admin&action=roles')).body.items)).toEqual([]);
    expect(requestIds((await list('username=admin&action=users&outcome=failure')).body.items)).toEqual(['f-dup']);
    expect((await list('username=planner&action=users')).body.items).toEqual([]);
  });

  it('names the user a change was made to, so a reader without the users list can tell who', async () => {
    const rows = (await list('action=users&limit=100')).body.items as (Row & { detail: Record<string, unknown> })[];
    for (const requestId of ['f-create', 'f-roles', 'f-off']) {
      expect(rows.find((r) => r.requestId === requestId)?.detail).toMatchObject({ user: ids.user, username: 'li.na' });
    }
    expect(rows.find((r) => r.requestId === 'f-roles')?.detail).toMatchObject({
      changes: { roles: { granted: ['warehouse'], revoked: [] } },
    });
  });

  it('shows each factory only its own rows, whatever the filter', async () => {
    expect(requestIds((await list('action=users&limit=100')).body.items)).not.toContain('f-other');
    const theirs = await list('action=users&limit=100', other.tokens.manager);
    expect(requestIds(theirs.body.items)).toEqual(['f-other']);
  });

  it.each([
    ['since=yesterday', 'since'],
    ['until=2026-13-01', 'until'],
    ['since=2026-02-30T00:00:00Z', 'since'],
    ['outcome=maybe', 'outcome'],
    [`action=${'x'.repeat(101)}`, 'action'],
  ])('refuses %s with a 400 naming the field', async (query, field) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, code: 'request.validation_failed' });
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('refuses a window that ends before it starts, naming until', async () => {
    const res = await list('since=2026-11-03T00:00:00Z&until=2026-11-02T00:00:00Z');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'request.validation_failed', errors: [{ field: 'until' }] });
  });

  it('lets admins and managers read it, nobody else', async () => {
    expect((await list('action=users', acme.tokens.admin)).status).toBe(200);
    for (const role of ['planner', 'warehouse', 'packer'] as const) {
      const res = await list('action=users', acme.tokens[role]);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'auth.forbidden' });
    }
    expect((await api.request('GET', '/api/v1/audit-log?action=users')).status).toBe(401);
  });
});
