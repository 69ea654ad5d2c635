import { Injectable } from '@nestjs/common';
import { type DemoSeeder, DemoSeed } from '@mendao/platform';
import { StationsService } from './stations.service';

/** The demo factory's two pack stations (打包工位), open to any order. */
export const DEMO_PACK_STATIONS = [
  { code: 'PACK-01', name: '包装线 1号' },
  { code: 'PACK-02', name: '包装线 2号' },
] as const;

@Injectable()
@DemoSeed(60)
export class PackingDemoSeeder implements DemoSeeder {
  constructor(private readonly stations: StationsService) {}

  async seedDemo(): Promise<void> {
    for (const station of DEMO_PACK_STATIONS) await this.stations.create(station);
  }
}
