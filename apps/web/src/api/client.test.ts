import createClient from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import type { paths } from '../../../../clients/typescript/schema';
import { ApiError, authMiddleware, endsSession, unwrap } from './client';

function problem(status: number, code: string): Response {
  return new Response(
    JSON.stringify({ status, code, detail: 'no', title: 'No', type: 't', instance: '/', requestId: 'r' }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}

// the middleware's hooks as openapi-fetch calls them; only `request`/`response` matter here
type Hook = (options: { request: Request; response: Response }) => Promise<Response | undefined>;

async function respond(
  middleware: ReturnType<typeof authMiddleware>,
  response: Response,
): Promise<Response | undefined> {
  const onResponse = middleware.onResponse as unknown as Hook;
  return onResponse({ request: new Request('http://x/api/v1/orders'), response });
}

describe(authMiddleware.name, () => {
  it('sends the bearer token when there is one', async () => {
    const middleware = authMiddleware({ token: () => 'abc', onSessionEnded: vi.fn() });
    const onRequest = middleware.onRequest as unknown as (o: { request: Request }) => Promise<Request>;
    const request = await onRequest({ request: new Request('http://x/api/v1/orders') });
    expect(request.headers.get('authorization')).toBe('Bearer abc');
  });

  it('sends no authorization header without a token', async () => {
    const middleware = authMiddleware({ token: () => null, onSessionEnded: vi.fn() });
    const onRequest = middleware.onRequest as unknown as (o: { request: Request }) => Promise<Request>;
    const request = await onRequest({ request: new Request('http://x/api/v1/auth/login') });
    expect(request.headers.has('authorization')).toBe(false);
  });

  it.each(['auth.token_invalid', 'auth.session_ended', 'auth.unauthenticated'])(
    'ends the session on a 401 %s',
    async (code) => {
      const onSessionEnded = vi.fn();
      const response = await respond(authMiddleware({ token: () => 'abc', onSessionEnded }), problem(401, code));
      expect(onSessionEnded).toHaveBeenCalledWith(code);
      // the caller still gets the answer, body unread
      expect(response?.status).toBe(401);
      expect(response?.bodyUsed).toBe(false);
    },
  );

  it('keeps the session on a wrong password, a 403 or a 401 that is not a problem', async () => {
    const onSessionEnded = vi.fn();
    const middleware = authMiddleware({ token: () => null, onSessionEnded });
    await respond(middleware, problem(401, 'auth.invalid_credentials'));
    await respond(middleware, problem(403, 'auth.forbidden'));
    await respond(middleware, new Response('<html>', { status: 401 }));
    expect(onSessionEnded).not.toHaveBeenCalled();
  });
});

describe(endsSession.name, () => {
  it('needs both the 401 and a session code', () => {
    expect(endsSession(401, { code: 'auth.session_ended' })).toBe(true);
    expect(endsSession(400, { code: 'auth.session_ended' })).toBe(false);
    expect(endsSession(401, 'auth.session_ended')).toBe(false);
  });
});

describe(unwrap.name, () => {
  it('returns the data or throws the typed problem', () => {
    const response = new Response(null, { status: 200 });
    expect(unwrap({ data: { items: [] }, response })).toEqual({ items: [] });
    const refused = { code: 'order.not_found', detail: 'no such order', status: 404 };
    expect(() => unwrap({ error: refused, response: new Response(null, { status: 404 }) })).toThrow(ApiError);
  });
});

describe('a file download refused by the api', () => {
  it('throws the api problem (not "cannot reach the server") though the file was asked for as a blob', async () => {
    const client = createClient<paths>({
      baseUrl: 'http://x',
      fetch: () => Promise.resolve(problem(403, 'auth.forbidden')),
    });
    const answer = await client.GET('/api/v1/purchasing/suggestions.xlsx', { parseAs: 'blob' });
    let thrown: unknown;
    try {
      unwrap(answer);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).problem).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });
});
