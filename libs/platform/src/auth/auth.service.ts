import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { SharedReads } from '../batching/shared-reads';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError, PLATFORM_ERRORS } from '../errors/domain.error';
import { isUuid } from '../http/id-param.pipe';
import { FactoryScopedRepository } from '../tenancy/factory-scoped.repository';
import { Clock } from '../time/clock';
import { Factory } from './factory.entity';
import { assertLoginAllowed, clearLoginFailures, LoginAttemptKey, recordLoginFailure } from './login-throttle';
import { decoyPasswordHash, verifyPassword } from './password';
import type { Role } from './roles';
import { User } from './user.entity';

export interface LoginInput {
  factory: string;
  username: string;
  password: string;
}

export interface LoginResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: {
    id: string;
    username: string;
    roles: Role[];
    factory: { id: string; code: string; name: string; timeZone: string };
  };
}

/** The claims of our access tokens. */
export interface TokenClaims {
  sub: string;
  fid: string;
  usr: string;
  /** The user's token_version when signed: a later reset, deactivation or role change ends the token. */
  ver: number;
}

/** What a login attempt named, known once looked up: lets the audit row of a failed login name its factory. */
export interface LoginAttempt {
  factoryId?: string;
  userId?: string;
}

const INVALID = 'Invalid factory, username or password / 工厂、用户名或密码错误';

/** How long a verified token and its user are trusted without looking again (ms). */
export const RECENT_USER_MS = 5_000;
const RECENT_USERS_MAX = 10_000;

@Injectable()
export class AuthService {
  /**
   * Users authenticated in the last few seconds, so that a burst of scans costs one user lookup, not
   * one per scan. A change made through this instance applies at once (UsersService calls forget);
   * on other api instances within RECENT_USER_MS.
   */
  private readonly recentUsers = new Map<string, { user: User; until: number }>();
  /**
   * Bumped by every forget: a lookup that started before a forget may have read the user as it was, so
   * it answers its own request but is not cached (else it would outlive the change for RECENT_USER_MS).
   */
  private forgets = 0;
  private readonly recentTokens = new Map<string, TokenClaims & { exp: number; until: number }>();
  /**
   * Checks and lookups in flight: the stations sharing one account whose kept token and user expired in the same
   * moment wait for one check and one lookup, not one each (fifty queries queued for the pool in front of the scans).
   */
  private readonly tokenChecks = new SharedReads<TokenClaims & { exp: number; until: number }>();
  private readonly userLookups = new SharedReads<User | null>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** `attempt` is filled with the factory (and user) the input named, when they exist, success or not. */
  async login(input: LoginInput, ip: string, attempt: LoginAttempt = {}): Promise<LoginResult> {
    const key: LoginAttemptKey = {
      factoryCode: input.factory.trim().toUpperCase(),
      username: input.username.trim(),
      ip,
    };
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [
        `login:${key.factoryCode}:${key.username}`,
      ]);
      const factory = await manager.findOneBy(Factory, { code: key.factoryCode });
      attempt.factoryId = factory?.id;
      await assertLoginAllowed(manager, key, this.config.login);
      const user = factory
        ? await new FactoryScopedRepository(manager.getRepository(User), factory.id).findOne({
            where: { username: key.username },
            select: {
              id: true,
              factoryId: true,
              username: true,
              roles: true,
              active: true,
              passwordHash: true,
              tokenVersion: true,
            },
          })
        : null;
      attempt.userId = user?.id;
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
      if (!factory || !user || !user.active || !valid) {
        await recordLoginFailure(manager, key);
        return null;
      }
      await clearLoginFailures(manager, key);
      return { factory, user };
    });
    // thrown after the transaction so the recorded failure is committed
    if (!outcome) throw new DomainError(PLATFORM_ERRORS['auth.invalid_credentials'], INVALID);
    const { factory, user } = outcome;
    const claims: TokenClaims = { sub: user.id, fid: factory.id, usr: user.username, ver: user.tokenVersion };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: this.config.jwt.expiresInSeconds }),
      tokenType: 'Bearer',
      expiresIn: this.config.jwt.expiresInSeconds,
      user: {
        id: user.id,
        username: user.username,
        roles: user.roles,
        factory: { id: factory.id, code: factory.code, name: factory.name, timeZone: factory.timeZone },
      },
    };
  }

  /** Resolves a bearer token to an active user whose sessions it still belongs to, or throws 401. */
  async authenticate(token: string): Promise<User> {
    // a scanner sends the same token thousands of times: its signature is checked once per RECENT_USER_MS
    const now = this.clock.now();
    let claims = this.recentTokens.get(token);
    if (!claims || claims.until <= now || claims.exp * 1000 <= now) {
      try {
        claims = await this.tokenChecks.read(token, async () => {
          // expiry is judged by the injected clock, the same one the caches use
          const verified = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(token, {
            clockTimestamp: Math.floor(now / 1000),
          });
          if (!hasTokenShape(verified)) throw new Error('token claims of the wrong shape');
          if (this.recentTokens.size >= RECENT_USERS_MAX) this.recentTokens.clear();
          const checked = { ...verified, until: now + RECENT_USER_MS };
          this.recentTokens.set(token, checked);
          return checked;
        });
      } catch {
        throw new DomainError(PLATFORM_ERRORS['auth.token_invalid'], 'Invalid or expired token / 登录令牌无效或已过期');
      }
    }
    return assertSessionCurrent(claims, await this.currentUser(claims, now));
  }

  /** The token's user, from the recent-users cache or the database; 401 when gone or deactivated. */
  private async currentUser(claims: TokenClaims, now: number): Promise<User> {
    // keyed by user id alone: ids are UUIDs, unique across factories
    const recent = this.recentUsers.get(claims.sub);
    if (recent && recent.until > now) return recent.user;
    const user = await this.userLookups.read(claims.sub, async () => {
      const forgetsBefore = this.forgets;
      const found = await new FactoryScopedRepository(this.dataSource.getRepository(User), claims.fid).findOneBy({
        id: claims.sub,
      });
      if (found?.active && this.forgets === forgetsBefore) {
        if (this.recentUsers.size >= RECENT_USERS_MAX) this.recentUsers.clear();
        this.recentUsers.set(claims.sub, { user: found, until: now + RECENT_USER_MS });
      }
      return found;
    });
    if (!user?.active)
      throw new DomainError(
        PLATFORM_ERRORS['auth.token_invalid'],
        'Account not found or deactivated / 账号不存在或已停用',
      );
    return user;
  }

  /**
   * Drops a user from the recent-users cache once a change to them committed (roles, active flag, password):
   * their next request on this instance reads them again, and a token whose version the change bumped is
   * refused at once.
   */
  forget(userId: string): void {
    this.forgets++;
    this.recentUsers.delete(userId);
    this.userLookups.forget(userId);
  }
}

/**
 * A signed token is ours only if its claims have the shape we sign: a token signed with a leaked or
 * test secret, or by an older release, must be refused as invalid, not reach the database as garbage.
 */
function hasTokenShape(claims: unknown): claims is TokenClaims & { exp: number } {
  if (typeof claims !== 'object' || claims === null) return false;
  const c = claims as Record<string, unknown>;
  return (
    typeof c.sub === 'string' &&
    isUuid(c.sub) &&
    typeof c.fid === 'string' &&
    isUuid(c.fid) &&
    typeof c.usr === 'string' &&
    (c.ver === undefined || Number.isSafeInteger(c.ver)) &&
    typeof c.exp === 'number' &&
    Number.isFinite(c.exp)
  );
}

/** A token signed before the user's last reset, deactivation or role change (or before `ver` existed) has ended. */
function assertSessionCurrent(claims: TokenClaims, user: User): User {
  if (claims.ver === user.tokenVersion) return user;
  throw new DomainError(
    PLATFORM_ERRORS['auth.session_ended'],
    'Your session has ended (password, roles or account changed); sign in again / 会话已结束（密码、角色或账号已变更），请重新登录',
  );
}
