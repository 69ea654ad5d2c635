import { Injectable } from '@nestjs/common';
import { type DemoSeeder, DemoSeed } from '@mendao/platform';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { randomUUID } from 'node:crypto';
import type { CreateItemDto, CreateLocationDto } from './dto/master-data.dto';
import { MasterDataService } from './master-data.service';
import { StockService } from './stock.service';

const LOCATIONS: CreateLocationDto[] = [
  { code: 'RCV', nameZh: '收货区', nameEn: 'Receiving', type: 'receiving' },
  { code: 'A-01', nameZh: '板材库 A-01', nameEn: 'Board store A-01', type: 'storage' },
  { code: 'A-02', nameZh: '板材库 A-02', nameEn: 'Board store A-02', type: 'storage' },
  { code: 'B-01', nameZh: '线条库 B-01', nameEn: 'Moulding store B-01', type: 'storage' },
  { code: 'C-01', nameZh: '辅料五金库 C-01', nameEn: 'Veneer and hardware store C-01', type: 'storage' },
  { code: 'R-01', nameZh: '余料架 R-01', nameEn: 'Remnant rack R-01', type: 'storage' },
  { code: 'WS-CUT', nameZh: '开料车间', nameEn: 'Cutting shop', type: 'production' },
  { code: 'PK-01', nameZh: '包装台 1', nameEn: 'Packing station 1', type: 'packing' },
  { code: 'SH-01', nameZh: '发货区', nameEn: 'Shipping dock', type: 'shipping' },
  { code: 'SCRAP', nameZh: '废料区', nameEn: 'Scrap', type: 'scrap' },
];

/** Demo standard costs (yuan per unit) and opening stock, by item code. */
const OPENING: Record<string, { cost: number; reorder: number; stock: [string, number, string?][] }> = {
  'LVL-40': { cost: 38, reorder: 40, stock: [['A-01', 120]] },
  'HDF-8': {
    cost: 65,
    reorder: 30,
    stock: [
      ['A-02', 60],
      ['A-01', 20],
    ],
  },
  'JAMB-BOARD': { cost: 42, reorder: 40, stock: [['B-01', 80]] },
  'CASING-60': { cost: 12.5, reorder: 60, stock: [['B-01', 150]] },
  'STOP-20': { cost: 6.8, reorder: 60, stock: [['B-01', 40]] },
  HONEYCOMB: { cost: 9, reorder: 20, stock: [['C-01', 50]] },
  'VENEER-OAK': {
    cost: 28,
    reorder: 50,
    stock: [
      ['C-01', 120, 'V-OAK-2611'],
      ['C-01', 40, 'V-OAK-2610'],
    ],
  },
  'VENEER-WALNUT': { cost: 46, reorder: 30, stock: [['C-01', 60, 'V-WAL-2611']] },
  'HW-HINGE': { cost: 18, reorder: 100, stock: [['C-01', 240]] },
  'HW-LOCK': { cost: 55, reorder: 40, stock: [['C-01', 35]] },
};

const EXTRA_ITEMS: CreateItemDto[] = [
  { code: 'HONEYCOMB', nameZh: '蜂窝纸芯', nameEn: 'Honeycomb core', kind: 'consumable', unit: 'm2' },
  { code: 'VENEER-OAK', nameZh: '橡木木皮', nameEn: 'Oak veneer', kind: 'veneer', unit: 'm2', lotTracked: true },
  {
    code: 'VENEER-WALNUT',
    nameZh: '胡桃木木皮',
    nameEn: 'Walnut veneer',
    kind: 'veneer',
    unit: 'm2',
    lotTracked: true,
  },
  { code: 'HW-HINGE', nameZh: '合页（3 片/套）', nameEn: 'Hinge set (3 per door)', kind: 'hardware', unit: 'set' },
  { code: 'HW-LOCK', nameZh: '静音门锁', nameEn: 'Silent lock set', kind: 'hardware', unit: 'set' },
];

/** The demo factory's stores: locations, the demo materials as items, and opening stock. */
@Injectable()
@DemoSeed(30)
export class WarehouseDemoSeeder implements DemoSeeder {
  constructor(
    private readonly masterData: MasterDataService,
    private readonly stock: StockService,
  ) {}

  async seedDemo(): Promise<void> {
    for (const location of LOCATIONS) await this.masterData.createLocation(location);
    // an item per demo material, in the unit its pick lists ask for (the extra items say more of some)
    const extra = new Set(EXTRA_ITEMS.map((i) => i.code));
    const materials: CreateItemDto[] = DEMO_MATERIALS.filter((m) => !extra.has(m.code)).map((m) => ({
      code: m.code,
      nameZh: m.nameZh,
      nameEn: m.nameEn,
      kind:
        m.cutKind === 'sheet' || m.code.startsWith('LVL')
          ? 'board'
          : m.code.startsWith('GLASS')
            ? 'glass'
            : m.cutKind === 'linear'
              ? 'moulding'
              : m.unit === 'pcs' || m.unit === 'set'
                ? 'hardware'
                : m.unit === 'm2'
                  ? 'veneer'
                  : 'consumable',
      unit:
        m.cutKind === 'sheet'
          ? 'sheet'
          : m.cutKind === 'linear'
            ? 'piece'
            : m.unit === 'pcs'
              ? 'piece'
              : m.unit === 'l'
                ? 'piece'
                : m.unit,
      width: m.sheetWidth ?? undefined,
      length: (m.cutKind === 'sheet' ? m.sheetLength : m.stockLength) ?? undefined,
      thickness: m.thickness ?? undefined,
    }));
    for (const item of [...materials, ...EXTRA_ITEMS]) {
      const opening = OPENING[item.code];
      await this.masterData.createItem({ ...item, standardCost: opening?.cost, reorderPoint: opening?.reorder });
      for (const [location, quantity, lot] of opening?.stock ?? []) {
        await this.stock.move({
          scanId: randomUUID(),
          type: 'receipt',
          item: item.code,
          quantity,
          to: location,
          lot,
          reference: '期初 opening stock',
        });
      }
    }
  }
}
