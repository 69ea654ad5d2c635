import { Injectable, SetMetadata } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { FactoriesService } from '../auth/factories.service';
import { ROLES } from '../auth/roles';
import { TenancyContext } from '../tenancy/tenancy.context';

export const DEMO_FACTORY_CODE = 'DEMO';
/** Demo only: printed in the embedded start banner, documented in the README. */
export const DEMO_PASSWORD = 'mendao-demo';

/** A lib's contribution to the demo factory (its master data); runs inside the demo factory's context. */
export interface DemoSeeder {
  seedDemo(factoryId: string): Promise<void>;
}
const SEEDER_KEY = 'mendao.demo-seeder';
/** `order` sorts seeders whose data depends on another's (lower first). */
export const DemoSeed = (order = 100) => SetMetadata(SEEDER_KEY, order);

@Injectable()
export class DemoSeedService {
  constructor(
    private readonly factories: FactoriesService,
    private readonly tenancy: TenancyContext,
    private readonly discovery: DiscoveryService,
  ) {}

  /** Creates factory DEMO with one user per role; does nothing when it already exists. */
  async seed(): Promise<{ created: boolean; factoryId: string }> {
    const existing = await this.factories.findByCode(DEMO_FACTORY_CODE);
    if (existing) return { created: false, factoryId: existing.id };
    const { factory } = await this.factories.create({
      code: DEMO_FACTORY_CODE,
      name: '门道示范木门厂 Mendao Demo Door Factory',
      adminPassword: DEMO_PASSWORD,
    });
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      await this.factories.createUser(factory.id, { username: role, password: DEMO_PASSWORD, roles: [role] });
    }
    for (const seeder of this.seeders()) {
      await this.tenancy.run({ factoryId: factory.id }, () => seeder.seedDemo(factory.id));
    }
    return { created: true, factoryId: factory.id };
  }

  private seeders(): DemoSeeder[] {
    return this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && Reflect.getMetadata(SEEDER_KEY, w.metatype) !== undefined)
      .sort(
        (a, b) =>
          (Reflect.getMetadata(SEEDER_KEY, a.metatype as object) as number) -
          (Reflect.getMetadata(SEEDER_KEY, b.metatype as object) as number),
      )
      .map((w) => w.instance as DemoSeeder);
  }
}
