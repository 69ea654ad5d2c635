import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { auditTarget, changeWords, describeAction, detailLines, formatAuditTime, toFilter } from './audit-entry';

const ID = '0796f63a-8dfb-4715-a9c9-93c04f8755ae';

describe(describeAction.name, () => {
  it('reads a method on a collection or one of its rows as a verb on a thing', () => {
    expect(describeAction('POST /api/v1/users')).toEqual({ verb: 'audit.verb.create', what: 'audit.resource.user' });
    expect(describeAction('PATCH /api/v1/users/:id')).toEqual({
      verb: 'audit.verb.update',
      what: 'audit.resource.user',
    });
    expect(describeAction('PUT /api/v1/products/:code')).toEqual({
      verb: 'audit.verb.save',
      what: 'audit.resource.product',
    });
    expect(describeAction('POST /api/v1/stock/moves')).toEqual({
      verb: 'audit.verb.create',
      what: 'audit.resource.stockMove',
    });
  });

  it('reads a verb after the id or the collection', () => {
    expect(describeAction('POST /api/v1/orders/:id/confirm')).toEqual({
      verb: 'audit.verb.confirm',
      what: 'audit.resource.order',
    });
    expect(describeAction('POST /api/v1/users/:id/deactivate')).toEqual({
      verb: 'audit.verb.deactivate',
      what: 'audit.resource.user',
    });
    expect(describeAction('POST /api/v1/stock/counts/:id/scans')).toEqual({
      verb: 'audit.verb.scan',
      what: 'audit.resource.count',
    });
    expect(describeAction('POST /api/v1/orders/import')).toEqual({
      verb: 'audit.verb.import',
      what: 'audit.resource.order',
    });
  });

  it('knows that DELETE of a user deactivates, and the routes that are phrases of their own', () => {
    expect(describeAction('DELETE /api/v1/users/:id')).toEqual({
      verb: 'audit.verb.deactivate',
      what: 'audit.resource.user',
    });
    expect(describeAction('POST /api/v1/auth/login')).toEqual({ special: 'audit.special.login' });
    expect(describeAction('CLI user:create')).toEqual({ cli: 'user:create' });
  });

  it('has no words for a route it does not know, rather than wrong ones', () => {
    expect(describeAction('POST /api/v1/machines/:code/events')).toBeNull();
    expect(describeAction('POST /api/v1/orders/:id/explode')).toBeNull();
    expect(describeAction('GET /api/v1/orders/:id/confirm')).toBeNull();
    expect(describeAction('OPTIONS /api/v1/orders')).toBeNull();
    expect(describeAction('something else')).toBeNull();
  });
});

const entry = (action: string, detail: unknown, userId: string | null = null, username: string | null = null) => ({
  action,
  detail,
  userId,
  username,
});

describe(auditTarget.name, () => {
  it('names the user a change was made to', () => {
    const detail = { params: { id: ID }, user: ID, username: 'li.na', changes: {} };
    expect(auditTarget(entry('PATCH /api/v1/users/:id', detail))).toEqual({ text: 'li.na', full: 'li.na' });
  });

  it('names the admin themself in their own refused change (refused before the api noted a target)', () => {
    const detail = { params: { id: ID }, body: { roles: ['manager'] } };
    expect(auditTarget(entry('PATCH /api/v1/users/:id', detail, ID, 'admin'))).toEqual({
      text: 'admin',
      full: 'admin',
    });
    expect(auditTarget(entry('PATCH /api/v1/users/:id', detail, 'someone-else', 'admin'))?.text).toBe('0796f63a');
  });

  it('shortens a UUID parameter, keeping it whole for a tooltip, and keeps a code as it is', () => {
    expect(auditTarget(entry('POST /api/v1/orders/:id/confirm', { params: { id: ID } }))).toEqual({
      text: '0796f63a',
      full: ID,
    });
    expect(auditTarget(entry('PUT /api/v1/products/:code', { params: { code: 'M-01' } }))).toEqual({
      text: 'M-01',
      full: 'M-01',
    });
  });

  it('names a created thing by its code or number, and a sign-in by nothing (its user column does)', () => {
    const order = { params: {}, body: { orderNo: 'JS-0042', customer: '张' } };
    expect(auditTarget(entry('POST /api/v1/orders', order))).toEqual({ text: 'JS-0042', full: 'JS-0042' });
    const login = { params: {}, body: { username: 'planner', password: '[redacted]' } };
    expect(auditTarget(entry('POST /api/v1/auth/login', login))).toBeNull();
    expect(auditTarget(entry('POST /api/v1/stock/moves', { params: {}, body: { quantity: 2 } }))).toBeNull();
    expect(auditTarget(entry('POST /api/v1/users', null))).toBeNull();
  });
});

describe(changeWords.name, () => {
  it('reads a user change: roles granted and revoked, deactivation, password reset, sessions ended', () => {
    expect(
      changeWords('PATCH /api/v1/users/:id', {
        changes: {
          roles: { before: ['planner'], after: ['warehouse'], granted: ['warehouse'], revoked: ['planner'] },
          active: { before: true, after: false },
          displayName: { before: null, after: '李娜' },
          passwordReset: true,
          sessionsEnded: true,
        },
      }),
    ).toEqual([
      { key: 'audit.change.granted', roles: ['warehouse'] },
      { key: 'audit.change.revoked', roles: ['planner'] },
      { key: 'audit.change.deactivated' },
      { key: 'audit.change.displayName', value: '李娜' },
      { key: 'audit.change.passwordReset' },
      { key: 'audit.change.sessionsEnded' },
    ]);
  });

  it('reads a new user by the roles it was given, in the order of the role list', () => {
    expect(
      changeWords('POST /api/v1/users', { user: ID, body: { username: 'x', roles: ['warehouse', 'planner'] } }),
    ).toEqual([{ key: 'audit.change.roles', roles: ['planner', 'warehouse'] }]);
    // refused: no user was made
    expect(changeWords('POST /api/v1/users', { body: { username: 'x', roles: ['planner'] } })).toEqual([]);
  });

  it('ignores roles it does not know and details of other shapes', () => {
    expect(
      changeWords('PATCH /api/v1/users/:id', { changes: { roles: { granted: ['emperor'], revoked: 'x' } } }),
    ).toEqual([]);
    expect(changeWords('POST /api/v1/orders', 'text')).toEqual([]);
  });
});

describe(detailLines.name, () => {
  it('lists nested fields as dotted paths, lists of values joined', () => {
    expect(
      detailLines({
        params: { id: ID },
        body: { roles: ['planner', 'warehouse'], password: '[redacted]', empty: [], lines: [{ width: 800 }] },
        changes: { active: { before: true, after: false } },
        nothing: null,
      }),
    ).toEqual([
      { key: 'params.id', value: ID },
      { key: 'body.roles', value: 'planner, warehouse' },
      { key: 'body.password', value: '[redacted]' },
      { key: 'body.empty', value: '[]' },
      { key: 'body.lines', value: '[{"width":800}]' },
      { key: 'changes.active.before', value: 'true' },
      { key: 'changes.active.after', value: 'false' },
      { key: 'nothing', value: 'null' },
    ]);
  });

  it('stops at four levels, and has nothing to list for no detail', () => {
    expect(detailLines({ a: { b: { c: { d: { e: 1 } } } } })).toEqual([{ key: 'a.b.c.d', value: '{"e":1}' }]);
    expect(detailLines(null)).toEqual([]);
    expect(detailLines({ params: {} })).toEqual([{ key: 'params', value: '{}' }]);
  });
});

describe(formatAuditTime.name, () => {
  it('writes the time to the second, per language', () => {
    const at = '2026-11-03T01:02:03.000Z';
    const local = new Date(at);
    const seconds = String(local.getSeconds()).padStart(2, '0');
    expect(formatAuditTime(at, 'zh-CN')).toMatch(new RegExp(`^2026年11月\\d+日 \\d{2}:\\d{2}:${seconds}$`));
    expect(formatAuditTime(at, 'en')).toMatch(new RegExp(`^Nov \\d+, 2026, \\d+:\\d{2}:${seconds}\\s[AP]M$`));
  });
});

describe(toFilter.name, () => {
  it('leaves blanks out and trims the texts', () => {
    expect(toFilter({ username: '  ', action: ' users ', outcome: undefined, dates: null })).toEqual({
      action: 'users',
    });
    expect(toFilter({ username: 'li.na', outcome: 'failure' })).toEqual({ username: 'li.na', outcome: 'failure' });
  });

  it('takes whole days: from the first day’s midnight to the midnight after the last', () => {
    const filter = toFilter({ dates: [dayjs('2026-11-02T15:30:00'), dayjs('2026-11-03T08:00:00')] });
    expect(filter).toEqual({
      since: new Date(2026, 10, 2).toISOString(),
      until: new Date(2026, 10, 4).toISOString(),
    });
    // one end only
    expect(toFilter({ dates: [null, dayjs('2026-11-03T08:00:00')] })).toEqual({
      until: new Date(2026, 10, 4).toISOString(),
    });
  });
});
