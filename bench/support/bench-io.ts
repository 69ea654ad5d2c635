import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

/** A line on stdout (the figures a benchmark prints are its output; logs go to stderr). */
export function print(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** `--name N` from the command line: a whole number at least `min` (default 1), else `fallback`. */
export function option(name: string, fallback: number, { min = 1 }: { min?: number } = {}): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return value;
}

/** `--name TEXT` from the command line, or undefined when not given. */
export function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

/**
 * The built api (dist/) as its own process in served mode on `port`, resolved once it says it is up. With
 * `profileDir`, its CPU profile goes there (a .cpuprofile for Chrome DevTools, written as the api exits on SIGTERM).
 */
export function startBuiltApi(
  url: string,
  port: number,
  jwtSecret: string,
  { profileDir, metricsToken }: { profileDir?: string; metricsToken?: string } = {},
): Promise<ChildProcess> {
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const main = join(__dirname, '../../apps/api/src/main.js');
  const child = spawn(process.execPath, profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, main] : [main], {
    ...(profileDir ? { cwd: profileDir } : {}),
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: jwtSecret,
      ...(metricsToken ? { METRICS_TOKEN: metricsToken } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`api exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('api is up')) resolve(child);
    });
  });
}

/** An answer of the api to a benchmark's request, its body as text. */
export interface Reply {
  status: number;
  body: string;
}

/** One JSON request to the api on loopback, over the caller's keep-alive agent. */
export function request(
  agent: http.Agent,
  port: number,
  method: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
