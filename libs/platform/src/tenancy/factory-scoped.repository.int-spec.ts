import { INestApplicationContext } from '@nestjs/common';
import { User } from '../auth/user.entity';
import { NotFoundError } from '../errors/domain.error';
import { createTestDatabase, makeFactory, startPlatformContext, TestDatabase, testRuntime } from '../testing';
import { FactoryScope } from './factory-scope';
import { TenancyContext } from './tenancy.context';

describe('FactoryScope', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startPlatformContext(testRuntime(db.url));
    a = (await makeFactory(app, 'SA')).id;
    b = (await makeFactory(app, 'SB')).id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const as = <T>(factoryId: string, work: (scope: FactoryScope) => Promise<T>) =>
    app.get(TenancyContext).run({ factoryId }, () => work(app.get(FactoryScope)));

  it('refuses to work outside a request or job context', () => {
    expect(() => app.get(FactoryScope).repository(User)).toThrow('No factory in context');
  });

  it("never returns another factory's rows, whatever the where says", async () => {
    const adminOfB = await as(b, (s) => s.repository(User).findOneBy({ username: 'admin' }));
    expect(adminOfB?.factoryId).toBe(b);
    const seenByA = await as(a, (s) => s.repository(User).findOneBy({ id: adminOfB?.id, factoryId: b }));
    expect(seenByA).toBeNull();
    const listedByA = await as(a, (s) =>
      s.repository(User).find({ where: [{ username: 'admin' }, { id: adminOfB?.id }] }),
    );
    expect(listedByA.map((u) => u.factoryId)).toEqual([a]);
    await expect(as(a, (s) => s.repository(User).getBy({ id: adminOfB?.id }, 'user', 'x'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("cannot update, delete or save over another factory's rows", async () => {
    const adminOfB = await as(b, (s) => s.repository(User).getBy({ username: 'admin' }, 'user', 'admin'));
    expect(await as(a, (s) => s.repository(User).update({ id: adminOfB.id }, { active: false }))).toBe(0);
    expect(await as(a, (s) => s.repository(User).delete({ id: adminOfB.id }))).toBe(0);
    await expect(as(a, (s) => s.repository(User).save(adminOfB))).rejects.toThrow('another factory');
    const after = await as(b, (s) => s.repository(User).getBy({ id: adminOfB.id }, 'user', adminOfB.id));
    expect(after.active).toBe(true);
  });

  it("stamps new rows with the caller's factory and scopes query builders", async () => {
    const created = await as(a, (s) => {
      const users = s.repository(User);
      return users.save(users.create({ username: 'new.one', passwordHash: 'x', roles: ['packer'], factoryId: b }));
    });
    expect(created.factoryId).toBe(a);
    const counted = await as(b, (s) =>
      s.repository(User).query('u').andWhere('u.username = :n', { n: 'new.one' }).getCount(),
    );
    expect(counted).toBe(0);
  });
});
