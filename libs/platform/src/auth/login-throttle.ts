import type { EntityManager } from 'typeorm';
import { DomainError, PLATFORM_ERRORS } from '../errors/domain.error';
import { LoginFailure } from './login-failure.entity';

export interface LoginThrottlePolicy {
  maxFailures: number;
  maxFailuresPerIp: number;
  windowSeconds: number;
}

export interface LoginAttemptKey {
  factoryCode: string;
  username: string;
  ip: string;
}

/**
 * Refuses a login once an account (or an address) has too many recent failures, before any password
 * is checked, so a burst of guesses gets 429s instead of answers. The caller holds an advisory lock
 * on the account, so parallel guesses are counted one after another.
 */
export async function assertLoginAllowed(
  manager: EntityManager,
  key: LoginAttemptKey,
  policy: LoginThrottlePolicy,
): Promise<void> {
  const [row] = await manager.query<
    { account: number; ip: number; oldest_account: string | null; oldest_ip: string | null; now: string }[]
  >(
    `SELECT count(*) FILTER (WHERE factory_code = $1 AND username = $2)::int AS account,
            count(*) FILTER (WHERE ip = $3)::int AS ip,
            extract(epoch FROM min(at) FILTER (WHERE factory_code = $1 AND username = $2)) AS oldest_account,
            extract(epoch FROM min(at) FILTER (WHERE ip = $3)) AS oldest_ip,
            extract(epoch FROM now()) AS now
       FROM login_failure
      WHERE at > now() - make_interval(secs => $4) AND ((factory_code = $1 AND username = $2) OR ip = $3)`,
    [key.factoryCode, key.username, key.ip, policy.windowSeconds],
  );
  const blockedSince =
    row.account >= policy.maxFailures ? row.oldest_account : row.ip >= policy.maxFailuresPerIp ? row.oldest_ip : null;
  if (blockedSince === null) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(Number(blockedSince) + policy.windowSeconds - Number(row.now)));
  throw new DomainError(
    PLATFORM_ERRORS['auth.too_many_attempts'],
    'Too many failed logins; try again later / 登录失败次数过多，请稍后再试',
    {
      retryAfterSeconds,
    },
  );
}

export async function recordLoginFailure(manager: EntityManager, key: LoginAttemptKey): Promise<void> {
  await manager.insert(LoginFailure, { factoryCode: key.factoryCode, username: key.username, ip: key.ip });
}

export async function clearLoginFailures(manager: EntityManager, key: LoginAttemptKey): Promise<void> {
  await manager.delete(LoginFailure, { factoryCode: key.factoryCode, username: key.username });
}
