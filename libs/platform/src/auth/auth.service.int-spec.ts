import { INestApplicationContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { createTestDatabase, ManualClock, startPlatformContext, TestDatabase, testRuntime } from '../testing';
import { AuthService, RECENT_USER_MS } from './auth.service';
import { FactoriesService } from './factories.service';

describe(AuthService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let adminPassword: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startPlatformContext(testRuntime(db.url));
    ({ adminPassword } = await app.get(FactoriesService).create({ code: 'CLK', name: 'Factory CLK' }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  // the tokens are signed at the real time, so the manual clock starts there and only moves forward
  const withClock = () => {
    const clock = new ManualClock(Date.now());
    const config = app.get<AppConfig>(APP_CONFIG);
    const auth = new AuthService(app.get(DataSource), app.get(JwtService), config, clock);
    return { clock, auth, config };
  };
  const setActive = (id: string, active: boolean) =>
    app.get(DataSource).query('UPDATE "user" SET active = $2 WHERE id = $1', [id, active]);

  it('trusts a user it has just authenticated for RECENT_USER_MS by its clock, then looks again', async () => {
    const { clock, auth } = withClock();
    const { accessToken, user } = await auth.login(
      { factory: 'CLK', username: 'admin', password: adminPassword },
      'ip',
    );
    expect((await auth.authenticate(accessToken)).id).toBe(user.id);
    // deactivated behind the service's back (as on another api instance): still trusted until the cache expires
    await setActive(user.id, false);
    try {
      clock.advance(RECENT_USER_MS - 1);
      expect((await auth.authenticate(accessToken)).id).toBe(user.id);
      clock.advance(1);
      await expect(auth.authenticate(accessToken)).rejects.toMatchObject({ code: 'auth.token_invalid' });
    } finally {
      await setActive(user.id, true);
    }
  });

  it('forgets a user at once when told (a change made through this instance)', async () => {
    const { auth } = withClock();
    const { accessToken, user } = await auth.login(
      { factory: 'CLK', username: 'admin', password: adminPassword },
      'ip',
    );
    await auth.authenticate(accessToken);
    await setActive(user.id, false);
    try {
      auth.forget(user.id);
      await expect(auth.authenticate(accessToken)).rejects.toMatchObject({ code: 'auth.token_invalid' });
    } finally {
      await setActive(user.id, true);
    }
  });

  it('refuses a token once its lifetime has passed by the injected clock, cached or not', async () => {
    const { clock, auth, config } = withClock();
    const { accessToken } = await auth.login({ factory: 'CLK', username: 'admin', password: adminPassword }, 'ip');
    await auth.authenticate(accessToken);
    clock.advance(config.jwt.expiresInSeconds * 1000 - 60_000);
    await expect(auth.authenticate(accessToken)).resolves.toMatchObject({ username: 'admin' });
    clock.advance(61_000);
    await expect(auth.authenticate(accessToken)).rejects.toMatchObject({ code: 'auth.token_invalid' });
  });
});
