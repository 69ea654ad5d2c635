import { Injectable } from '@nestjs/common';
import { type DemoSeeder, DemoSeed } from '@mendao/platform';
import { DEMO_MATERIALS, DEMO_PRODUCTS } from './domain/demo-catalogue';
import { DEMO_PROCESS_ORDER, DEMO_PROCESSES } from './domain/demo-processes';
import { MaterialsService } from './materials.service';
import { OrdersService } from './orders.service';
import { ProcessesService } from './processes.service';
import { ProductsService } from './products.service';

/** The demo factory's door models, materials and two confirmed orders ready to split. */
@Injectable()
@DemoSeed(20)
export class SplittingDemoSeeder implements DemoSeeder {
  constructor(
    private readonly products: ProductsService,
    private readonly materials: MaterialsService,
    private readonly orders: OrdersService,
    private readonly processes: ProcessesService,
  ) {}

  async seedDemo(): Promise<void> {
    // before the models, whose routes may name them
    for (const process of DEMO_PROCESSES) await this.processes.create(process);
    await this.processes.reorder([...DEMO_PROCESS_ORDER]);
    for (const material of DEMO_MATERIALS) {
      await this.materials.create({
        ...material,
        stockLength: material.stockLength ?? undefined,
        sheetWidth: material.sheetWidth ?? undefined,
        sheetLength: material.sheetLength ?? undefined,
        thickness: material.thickness ?? undefined,
      });
    }
    for (const { code, ...body } of DEMO_PRODUCTS) await this.products.create(code, body);
    await this.orders.create({
      orderNo: 'DEMO-0001',
      customer: '江山城南花园 3-1201 王先生',
      lines: [
        {
          productCode: 'PD-LVL01',
          width: 900,
          height: 2100,
          wallThickness: 120,
          swing: '左内开',
          finish: 'OAK',
          quantity: 3,
          room: '卧室 bedroom',
          options: { doorType: 'single', floorT: 12 },
        },
        {
          productCode: 'PD-LVL01',
          width: 800,
          height: 2100,
          wallThickness: 120,
          swing: '右内开',
          finish: 'OAK',
          quantity: 2,
          room: '卫生间 bathroom',
          options: { doorType: 'single' },
        },
        {
          productCode: 'PD-LVL01',
          width: 1200,
          height: 2100,
          wallThickness: 240,
          masterWidth: 900,
          swing: '左外开',
          finish: 'WALNUT',
          quantity: 1,
          room: '入户 entrance',
          options: { doorType: 'unequal_pair' },
        },
        {
          productCode: 'PD-LVL01',
          width: 1500,
          height: 2200,
          wallThickness: 200,
          swing: '无',
          finish: 'OAK',
          quantity: 1,
          room: '客厅 living room',
          options: { doorType: 'cased_opening' },
        },
      ],
    });
    await this.orders.confirm('DEMO-0001');
    await this.orders.create({
      orderNo: 'DEMO-0002',
      customer: '衢州某酒店 Quzhou hotel project',
      lines: [
        {
          productCode: 'PD-LVL01',
          width: 900,
          height: 2100,
          wallThickness: 150,
          swing: '右内开',
          finish: 'WHITE',
          quantity: 12,
          room: '客房 guest rooms',
          options: { doorType: 'single' },
        },
        {
          productCode: 'PD-LVL01',
          width: 1500,
          height: 2600,
          wallThickness: 200,
          swing: '右内开',
          finish: 'WHITE',
          quantity: 2,
          room: '会议室 meeting room',
          options: { doorType: 'double', transom: true },
        },
        {
          productCode: 'PD-LVL01',
          width: 1600,
          height: 2200,
          wallThickness: 120,
          swing: '左推拉',
          finish: 'WHITE',
          quantity: 2,
          room: '阳台 balcony',
          options: { doorType: 'sliding' },
        },
        {
          productCode: 'PD-MY01',
          width: 800,
          height: 2100,
          wallThickness: 120,
          swing: '左外开',
          finish: 'WHITE',
          quantity: 4,
          room: '厨房 kitchen',
          options: { glass: true },
        },
      ],
    });
    await this.orders.confirm('DEMO-0002');
  }
}
