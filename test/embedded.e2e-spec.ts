import { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES } from '@mendao/platform';
import { eventually } from '@mendao/platform/testing';
import { DIST, freePort, spawn } from './support/processes';

/** The README's first command: no environment at all, an embedded PostgreSQL, the demo factory, data kept. */
describe('embedded default (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mendao-embedded-'));
  chmodSync(dataDir, 0o755); // postgres runs as its own user and must reach its data folder
  let port: number;
  let pgPort: number;
  let api: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    port = await freePort();
    pgPort = await freePort();
  });

  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<number> {
    output = '';
    const started = Date.now();
    api = spawn(process.execPath, [join(DIST, 'api/src/main.js')], {
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    api.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const child = api;
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`api exited:\n${output}`);
        const ready = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => undefined);
        return ready?.status === 200;
      },
      { what: () => `the api to be ready:\n${output}`, timeoutMs: 90_000, intervalMs: 250 },
    );
    return Date.now() - started;
  }

  async function stop(): Promise<void> {
    const child = api;
    api = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }

  const post = (path: string, body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it('starts, seeds DEMO, answers /ready within 90 s and lets the demo admin sign in', async () => {
    expect(await start()).toBeLessThan(90_000);
    expect(output).toContain('demo factory created');
    expect(output).toContain('mendao-demo');
    // the banner names a demo user per role, the operator (a station's) too
    expect(output).toContain(`users ${ROLES.join(' | ')}, password`);
    const login = await post('/api/v1/auth/login', { factory: 'DEMO', username: 'admin', password: 'mendao-demo' });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await post(
      '/api/v1/users',
      { username: 'kept.user', password: 'kept-password', roles: ['packer'] },
      accessToken,
    );
    expect(created.status).toBe(201);
  });

  it('solves cutting requests in worker threads of the built api, several at once', async () => {
    const login = await post('/api/v1/auth/login', { factory: 'DEMO', username: 'planner', password: 'mendao-demo' });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const request = {
      stock: [{ length: 2400 }],
      kerf: 4,
      items: [{ id: 'jamb', length: 2090, quantity: 3 }],
      timeLimitMs: 200,
    };
    const answers = await Promise.all([1, 2, 3].map(() => post('/api/v1/cutting/linear', request, accessToken)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const plan = (await answers[0].json()) as { totals: { bars: number } };
    expect(plan.totals.bars).toBe(3);
    const bad = await post(
      '/api/v1/cutting/linear',
      { ...request, items: [{ id: 'x', length: 9999, quantity: 1 }] },
      accessToken,
    );
    expect(bad.status).toBe(422);
  });

  it('keeps the data on a second start (and the tokens stay valid: the secret lives with the data)', async () => {
    const login = await post('/api/v1/auth/login', { factory: 'DEMO', username: 'admin', password: 'mendao-demo' });
    const { accessToken } = (await login.json()) as { accessToken: string };
    await stop();
    await start();
    expect(output).toContain('existing data reused');
    expect(
      (await post('/api/v1/auth/login', { factory: 'DEMO', username: 'kept.user', password: 'kept-password' })).status,
    ).toBe(200);
    const users = await fetch(`http://127.0.0.1:${port}/api/v1/users`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(users.status).toBe(200);
  });
});
