import { INestApplicationContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TenancyContext } from '../tenancy/tenancy.context';
import { createTestDatabase, ManualClock, startPlatformContext, TestDatabase, testRuntime } from '../testing';
import { AuthService, RECENT_USER_MS } from './auth.service';
import { FactoriesService } from './factories.service';
import { UsersService } from './users.service';

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

  it('checks a token and looks its user up once for a burst of requests arriving as the kept copies expire', async () => {
    const { clock, auth } = withClock();
    const { accessToken, user } = await auth.login(
      { factory: 'CLK', username: 'admin', password: adminPassword },
      'ip',
    );
    await auth.authenticate(accessToken);
    clock.advance(RECENT_USER_MS);
    const dataSource = app.get(DataSource);
    const jwt = app.get(JwtService);
    const lookups = jest.spyOn(dataSource, 'getRepository');
    const checks = jest.spyOn(jwt, 'verifyAsync');
    try {
      const users = await Promise.all(Array.from({ length: 20 }, () => auth.authenticate(accessToken)));
      expect(users.map((u) => u.id)).toEqual(users.map(() => user.id));
      expect(lookups).toHaveBeenCalledTimes(1);
      expect(checks).toHaveBeenCalledTimes(1);
    } finally {
      lookups.mockRestore();
      checks.mockRestore();
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

  it('a password reset ends a token at once on the instance that made it, and on another once its cache expires', async () => {
    const factories = app.get(FactoriesService);
    const { factory } = await factories.create({ code: 'VER', name: 'Factory VER' });
    const user = await factories.createUser(factory.id, {
      username: 'li',
      password: 'first-password',
      roles: ['packer'],
    });
    const here = app.get(AuthService); // the instance UsersService tells (forget)
    const { clock, auth: elsewhere } = withClock(); // another api instance: nobody tells it
    const { accessToken } = await here.login({ factory: 'VER', username: 'li', password: 'first-password' }, 'ip');
    await expect(here.authenticate(accessToken)).resolves.toMatchObject({ id: user.id });
    await expect(elsewhere.authenticate(accessToken)).resolves.toMatchObject({ id: user.id });

    await app
      .get(TenancyContext)
      .run({ factoryId: factory.id }, () => app.get(UsersService).update(user.id, { password: 'second-password' }));

    await expect(here.authenticate(accessToken)).rejects.toMatchObject({ code: 'auth.session_ended' });
    clock.advance(RECENT_USER_MS - 1);
    await expect(elsewhere.authenticate(accessToken)).resolves.toMatchObject({ id: user.id });
    clock.advance(1);
    await expect(elsewhere.authenticate(accessToken)).rejects.toMatchObject({ code: 'auth.session_ended' });
    // a new sign-in carries the new version
    const again = await here.login({ factory: 'VER', username: 'li', password: 'second-password' }, 'ip');
    await expect(elsewhere.authenticate(again.accessToken)).resolves.toMatchObject({ id: user.id, tokenVersion: 1 });
  });

  it("tells the signed-in user the factory's time zone (the screens count days and shifts in it)", async () => {
    const { auth } = withClock();
    const { adminPassword: password } = await app
      .get(FactoriesService)
      .create({ code: 'TZW', name: 'Factory TZW', timeZone: 'Asia/Urumqi' });
    const { user } = await auth.login({ factory: 'TZW', username: 'admin', password }, 'ip');
    expect(user.factory).toMatchObject({ code: 'TZW', timeZone: 'Asia/Urumqi' });
  });

  it('a token signed before sessions had versions (no ver claim) has ended', async () => {
    const { auth } = withClock();
    const { user } = await auth.login({ factory: 'CLK', username: 'admin', password: adminPassword }, 'ip');
    const old = await app
      .get(JwtService)
      .signAsync({ sub: user.id, fid: user.factory.id, usr: 'admin' }, { expiresIn: 60 });
    await expect(auth.authenticate(old)).rejects.toMatchObject({ code: 'auth.session_ended' });
  });

  it('refuses a correctly signed token whose claims are not the shape we sign, as invalid (never a 500)', async () => {
    const { auth } = withClock();
    const { user } = await auth.login({ factory: 'CLK', username: 'admin', password: adminPassword }, 'ip');
    const jwt = app.get(JwtService);
    const exp = Math.floor(Date.now() / 1000) + 60;
    const odd = [
      { sub: user.id, exp },
      { sub: user.id, fid: user.factory.id, usr: 'admin', ver: 0 }, // no exp: would never expire
      { sub: user.id, fid: 'not-a-uuid', usr: 'admin', ver: 0, exp },
      { sub: ['x'], fid: user.factory.id, usr: 'admin', ver: 0, exp },
      { sub: user.id, fid: user.factory.id, usr: 'admin', ver: '0', exp },
    ];
    for (const claims of odd)
      await expect(auth.authenticate(await jwt.signAsync(claims))).rejects.toMatchObject({
        code: 'auth.token_invalid',
      });
    // a prototype key, signed by hand as raw JSON (jsonwebtoken will not sign such a payload)
    const secret = app.get<AppConfig>(APP_CONFIG).jwt.secret;
    if (!secret) throw new Error('the test runtime sets JWT_SECRET');
    const part = (json: string) => Buffer.from(json).toString('base64url');
    const unsigned = `${part('{"alg":"HS256","typ":"JWT"}')}.${part(
      `{"sub":"${user.id}","usr":"admin","ver":0,"exp":${exp},"__proto__":{"fid":"${user.factory.id}"}}`,
    )}`;
    const proto = `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    await expect(auth.authenticate(proto)).rejects.toMatchObject({ code: 'auth.token_invalid' });
  });
});
