import type { ApiProblem } from '../api/client';

/**
 * The refusals a person meets at sign-in, as translation keys: shown in the screen's language rather than as
 * the api's bilingual detail. Null for any other problem (its fields and detail are shown as they are).
 */
export function loginRefusal(
  problem: ApiProblem,
): { key: 'login.invalidCredentials' | 'login.tooManyAttempts'; values?: { seconds: number } } | null {
  if (problem.code === 'auth.invalid_credentials') return { key: 'login.invalidCredentials' };
  if (problem.code === 'auth.too_many_attempts') {
    const seconds = Number(problem.params?.retryAfterSeconds);
    return { key: 'login.tooManyAttempts', values: { seconds: Number.isFinite(seconds) ? seconds : 60 } };
  }
  return null;
}
