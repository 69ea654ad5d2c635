import { Client } from 'pg';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';

const POOL_SIZE = 4; // of which one factory's requests may hold three
const PATCHES = 6; // more than the pool: without a cap they would take every connection
const LOCK_TIMEOUT_MS = 3000;

/**
 * A row held by long work (a split run saving its orders) must not take the api with it: requests that
 * need the row give up at the lock timeout with a retry-safe 409, and another factory is served at once
 * while they wait, since one factory may hold only part of the pool. Without the timeouts the PATCHes
 * would hold every connection for as long as the lock is held, and the other factory would wait as long.
 */
describe('a held row lock against the request pool', () => {
  let db: TestDatabase;
  let api: TestApi;
  let holder: Client;
  let tokenA: string;
  let tokenB: string;
  let itemId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(
      testRuntime(db.url, {
        DB_POOL_SIZE: String(POOL_SIZE),
        DB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
        DB_ACQUIRE_TIMEOUT_MS: '20000',
      }),
    );
    tokenA = (await api.factoryWithUsers('LOCKA', ['admin', 'warehouse'])).tokens.warehouse;
    tokenB = (await api.factoryWithUsers('LOCKB', ['admin', 'warehouse'])).tokens.warehouse;
    const item = { kind: 'hardware', unit: 'set', nameZh: '合页', nameEn: 'Hinge' };
    const created = await api.request('POST', '/api/v1/items', { token: tokenA, body: { code: 'HINGE', ...item } });
    expect(created.status).toBe(201);
    itemId = (created.body as { id: string }).id;
    expect((await api.request('POST', '/api/v1/items', { token: tokenB, body: { code: 'B-1', ...item } })).status).toBe(
      201,
    );
    holder = new Client({ connectionString: db.url });
    await holder.connect();
  });

  afterAll(async () => {
    await holder?.end();
    await api?.close();
    await db?.drop();
  });

  it(`answers ${PATCHES} PATCHes of a locked item 409 resource.locked, changes nothing, and serves another factory meanwhile`, async () => {
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM item WHERE id = $1 FOR UPDATE', [itemId]);
    let lockHeld = true;
    const answers: string[] = [];
    const sent = Date.now();
    const patches = Promise.all(
      Array.from({ length: PATCHES }, (_, n) =>
        api
          .request('PATCH', `/api/v1/items/${itemId}`, { token: tokenA, body: { nameEn: `Renamed ${n}` } })
          .finally(() => answers.push('A')),
      ),
    );
    // sent while the PATCHes hold (or queue for) every connection of the pool
    const other = api
      .request('GET', '/api/v1/items', { token: tokenB })
      .then((answer) => ({ answer, lockHeld, ms: Date.now() - sent }))
      .finally(() => answers.push('B'));
    // the lock is released only once every request has answered, or after a deadline far past the timeouts:
    // without a lock timeout, nothing answers before that release
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, 30_000).unref());
    const answered = await Promise.race([Promise.all([patches, other]), deadline.then(() => undefined)]);
    lockHeld = false;
    await holder.query('ROLLBACK');
    const [refusals, served] = answered ?? (await Promise.all([patches, other]));

    expect(served.lockHeld).toBe(true);
    // factory A may hold 3 of the 4 connections: B is served at once, not when A's first lock wait times out
    // and frees one (the bound is that timeout, many times what the list takes)
    expect(answers[0]).toBe('B');
    expect(served.ms).toBeLessThan(LOCK_TIMEOUT_MS);
    expect(served.answer.status).toBe(200);
    expect((served.answer.body as { items: { code: string }[] }).items.map((i) => i.code)).toEqual(['B-1']);

    expect(refusals.map((r) => r.status)).toEqual(Array(PATCHES).fill(409));
    for (const refusal of refusals) {
      expect(refusal.body).toMatchObject({ code: 'resource.locked', params: { retry: true } });
      expect(refusal.headers.get('retry-after')).toBe('2');
      expect(refusal.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    const after = await api.request('GET', `/api/v1/items/${itemId}`, { token: tokenA });
    expect(after.body).toMatchObject({ nameEn: 'Hinge' });
  });

  it('still accepts the same PATCH once the lock is gone (the refusal was the lock, not the request)', async () => {
    const renamed = await api.request('PATCH', `/api/v1/items/${itemId}`, {
      token: tokenA,
      body: { nameEn: 'Hinge 2' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ nameEn: 'Hinge 2' });
  });
});
