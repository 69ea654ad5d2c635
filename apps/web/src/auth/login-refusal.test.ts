import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../api/client';
import { loginRefusal } from './login-refusal';

const problem = (code: string, params?: Record<string, unknown>): ApiProblem =>
  ({
    type: '',
    title: '',
    status: 401,
    detail: 'English / 中文',
    code,
    params,
    instance: '',
    requestId: '',
  }) as ApiProblem;

describe('loginRefusal', () => {
  it('names a wrong password and a throttled sign-in by translation keys', () => {
    expect(loginRefusal(problem('auth.invalid_credentials'))).toEqual({ key: 'login.invalidCredentials' });
    expect(loginRefusal(problem('auth.too_many_attempts', { retryAfterSeconds: 42 }))).toEqual({
      key: 'login.tooManyAttempts',
      values: { seconds: 42 },
    });
  });

  it('leaves any other problem to be shown as the api gave it', () => {
    expect(loginRefusal(problem('request.validation_failed'))).toBeNull();
  });
});
