import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../../../clients/typescript/schema';

/** The api's problem+json answer: forms show `errors` at the fields they name, everything else shows `detail`. */
export type ApiProblem = components['schemas']['Problem'];
export type ProblemCode = ApiProblem['code'];
export type FieldError = components['schemas']['FieldError'];

/** The 401s that mean the token is no good any more (as opposed to a wrong password at login). */
const SESSION_ENDED_CODES: readonly string[] = [
  'auth.token_invalid',
  'auth.session_ended',
  'auth.unauthenticated',
] satisfies ProblemCode[];

export function endsSession(status: number, problem: unknown): boolean {
  return status === 401 && isProblem(problem) && SESSION_ENDED_CODES.includes(problem.code);
}

export function isProblem(body: unknown): body is ApiProblem {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string';
}

export type AuthHooks = {
  token: () => string | null;
  /** Called once per refused request whose token has ended; the app sends the user to login. */
  onSessionEnded: (code: ProblemCode) => void;
};

/** Adds the bearer token to each request and turns an ended session into a call to `onSessionEnded`. */
export function authMiddleware(hooks: AuthHooks): Middleware {
  return {
    onRequest({ request }) {
      const token = hooks.token();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.status !== 401) return response;
      const problem: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      if (endsSession(response.status, problem)) hooks.onSessionEnded((problem as ApiProblem).code);
      return response;
    },
  };
}

/** Same origin as the page: the api serves the app, and `npm run dev:web` proxies /api. */
export const api = createClient<paths>({ baseUrl: '' });

/** The error half of an openapi-fetch answer as a thrown value, for TanStack Query. */
export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
}

/** `data` when the call succeeded, otherwise throws the problem (or a network-shaped one). */
export function unwrap<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data !== undefined) return answer.data;
  if (isProblem(answer.error)) throw new ApiError(answer.error);
  throw new Error(`HTTP ${answer.response.status}`);
}
