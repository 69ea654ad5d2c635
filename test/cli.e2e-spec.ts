import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { DIST, runCli } from './support/processes';

describe('CLI (npm run cli -- <command>)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const runtime = testRuntime(db.url);
    api = await TestApi.start(runtime);
    env = { DATABASE_URL: db.url, JWT_SECRET: runtime.jwtSecret };
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('factory:create prints a generated admin password that signs in', async () => {
    const result = runCli(['factory:create', '--code', 'js001', '--name', '江山一号门厂'], env);
    expect(result.status).toBe(0);
    const password = /admin password \(shown once\): (\S+)/.exec(result.stdout)?.[1];
    expect(password).toHaveLength(16);
    await expect(api.login('JS001', 'admin', password as string)).resolves.toEqual(expect.any(String));
    const again = runCli(['factory:create', '--code', 'JS001', '--name', 'dup'], env);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('user:create adds a user with the given roles', async () => {
    const result = runCli(
      [
        'user:create',
        '--factory',
        'JS001',
        '--username',
        'chen',
        '--roles',
        'planner,manager',
        '--password',
        'chen-password',
      ],
      env,
    );
    expect(result.status).toBe(0);
    await expect(api.login('JS001', 'chen', 'chen-password')).resolves.toEqual(expect.any(String));
    const bad = runCli(['user:create', '--factory', 'JS001', '--username', 'x', '--roles', 'emperor'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown roles: emperor');
  });

  it('seed:demo creates DEMO once and is a no-op the second time', async () => {
    const first = runCli(['seed:demo'], env);
    expect(first.stdout).toContain(`demo factory DEMO created; users ${ROLES.join(', ')} /`);
    expect(ROLES).toContain('operator');
    expect(runCli(['seed:demo'], env).stdout).toContain('already exists');
    for (const username of ROLES) {
      await expect(api.login('DEMO', username, 'mendao-demo')).resolves.toEqual(expect.any(String));
    }
  });

  it('refuses an unknown command or a missing option with usage and exit code 2', () => {
    const unknown = runCli(['frobnicate'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('factory:create');
    const missing = runCli(['factory:create', '--code', 'X'], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--name');
  });

  it('db:migrate reports an up-to-date database', () => {
    const result = runCli(['db:migrate'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('up to date');
  });
});

describe('CLI cutting (no database)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mendao-cli-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands a whole answer over 64 KiB to a pipe (cut:linear < in.json | cat parses)', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `piece-${String(i).padStart(4, '0')}`,
      length: 300 + ((i * 7919) % 2500),
      quantity: 1,
    }));
    const input = join(dir, 'in.json');
    writeFileSync(input, JSON.stringify({ stock: [{ length: 6000 }], kerf: 3, items, timeLimitMs: 200 }));
    // a real pipe (a shell's |): it takes 64 KiB at once, and whatever the process has not handed over when it exits is lost
    const result = spawnSync('sh', ['-c', `"$NODE" "$CLI" cut:linear < "$INPUT" | cat`], {
      env: { PATH: process.env.PATH, NODE: process.execPath, CLI: join(DIST, 'cli/src/main.js'), INPUT: input },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    const answer = JSON.parse(result.stdout) as { bars: { cuts: unknown[] }[] };
    expect(answer.bars.flatMap((bar) => bar.cuts)).toHaveLength(500);
  });

  it('answers bad input with the field errors and exit code 2', () => {
    const result = runCli(['cut:linear'], {}, JSON.stringify({ stock: [], items: [] }));
    expect(result.status).toBe(2);
    expect(result.stderr).not.toBe('');
  });
});
