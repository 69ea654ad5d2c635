import { Agent, request } from 'node:http';
import type { AttackCase } from './cases';
import type { Operation } from './openapi';

/** A request that takes longer than this is a hang (more only for the time a request asks to be given). */
export const HANG_MS = 5_000;

/**
 * A cutting request may ask for up to its route's documented `timeLimitMs` of search and legitimately take
 * that long: such a case gets its own time on top of HANG_MS. Every other case, hostile or not, gets HANG_MS.
 */
export function hangLimitOf(c: AttackCase): number {
  if (c.body === undefined || c.body.length > 64 * 1024) return HANG_MS;
  try {
    const body: unknown = JSON.parse(c.body.toString('utf8'));
    const asked =
      typeof body === 'object' && body !== null ? (body as { timeLimitMs?: unknown }).timeLimitMs : undefined;
    return typeof asked === 'number' && asked > 0 && asked <= 60_000 ? HANG_MS + asked : HANG_MS;
  } catch {
    return HANG_MS;
  }
}

export interface Outcome {
  status: number | 'hang' | 'no answer';
  ms: number;
  contentType: string;
  body: string;
  error?: string;
  /** the time this case was given (hangLimitOf) */
  limit: number;
}

/**
 * Sends one case with node:http rather than fetch, so the path goes out exactly as written (fetch would
 * resolve `../` and re-encode) and the body byte for byte.
 */
export function send(baseUrl: string, agent: Agent, c: AttackCase, authorization?: string): Promise<Outcome> {
  const url = new URL(baseUrl);
  const headers: Record<string, string | number> = { ...c.headers };
  if (authorization !== undefined) headers.authorization = authorization;
  if (c.body !== undefined) headers['content-length'] = c.body.length;
  const started = performance.now();
  const limit = hangLimitOf(c);
  return new Promise((done) => {
    let settled = false;
    const finish = (outcome: Omit<Outcome, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done({ ...outcome, ms: Math.round(performance.now() - started) });
    };
    const req = request(
      { host: url.hostname, port: url.port, method: c.method, path: c.path, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          finish({
            limit,
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (error) =>
          finish({ status: 'no answer', contentType: '', body: '', error: error.message, limit }),
        );
      },
    );
    const timer = setTimeout(() => {
      finish({ status: 'hang', contentType: '', body: '', limit });
      req.destroy();
    }, limit);
    req.on('error', (error) => finish({ status: 'no answer', contentType: '', body: '', error: error.message, limit }));
    if (c.body !== undefined) req.end(c.body);
    else req.end();
  });
}

/**
 * What counts as the api failing. A 500 (or 501, 502, 504...) is never an answer to input: bad input is a
 * 4xx. The one 5xx the contract allows is 503, "try again later", as a problem+json document with its
 * code (`/ready` without a dependency, a lock or statement timeout) — the client can act on it; anything
 * else 5xx is a failure. So is an answer that takes more than HANG_MS (it holds a connection and a
 * worker), and a connection closed with no answer at all.
 */
export function failureOf(op: Operation, outcome: Outcome): string | undefined {
  if (outcome.status === 'hang') return `no answer within ${outcome.limit} ms (hang)`;
  if (outcome.status === 'no answer') return `connection closed without an answer (${outcome.error})`;
  if (outcome.ms > outcome.limit) return `answered ${outcome.status} after ${outcome.ms} ms (hang)`;
  if (outcome.status < 500) return undefined;
  if (outcome.status === 503 && isProblem(outcome)) return undefined;
  return `answered ${outcome.status}${op.statuses.has(String(outcome.status)) ? '' : ' (not even in the document)'}`;
}

function isProblem(outcome: Outcome): boolean {
  if (!outcome.contentType.startsWith('application/problem+json')) return false;
  try {
    const body = JSON.parse(outcome.body) as { status?: number; code?: string };
    return body.status === 503 && typeof body.code === 'string';
  } catch {
    return false;
  }
}
