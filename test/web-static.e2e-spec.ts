import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';

// the web app as `npm run build` leaves it (the runner builds before the e2e tier)
const WEB_DIR = join(__dirname, '../apps/web/dist');

describe('the api serving the web app', () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url, { WEB_DIR }));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('serves the placeholder page at /', async () => {
    const res = await api.request('GET', '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toContain('<title>门道 Mendao</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a client route with index.html, so the app can route it', async () => {
    const res = await api.request('GET', '/planner/orders?status=draft');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toBe(readFileSync(join(WEB_DIR, 'index.html'), 'utf8'));
  });

  it('serves a built asset with its content type, cached for good', async () => {
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(
      readFileSync(join(WEB_DIR, 'index.html'), 'utf8'),
    )?.[1];
    expect(script).toBeDefined();
    const res = await api.request('GET', script as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps the api’s own 404s: an unknown /api path is a problem, a missing asset is not the page', async () => {
    for (const path of ['/api/v1/nope', '/api', '/health/nope', '/assets/missing.js']) {
      const res = await api.request('GET', path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const post = await api.request('POST', '/planner/orders', { body: {} });
    expect(post.status).toBe(404);
  });

  it('still answers /health and /api routes', async () => {
    expect((await api.request('GET', '/health')).status).toBe(200);
    expect((await api.request('POST', '/api/v1/auth/login', { body: {} })).status).toBe(400);
  });
});

describe('the api without a built web app', () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url, { WEB_DIR: join(__dirname, 'no-such-folder') }));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('starts and serves the api only', async () => {
    expect((await api.request('GET', '/health')).status).toBe(200);
    const res = await api.request('GET', '/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
