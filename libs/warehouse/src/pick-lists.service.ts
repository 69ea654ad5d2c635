import { Injectable } from '@nestjs/common';
import { FactoryScope, TenancyContext } from '@mendao/platform';
import { SplitRunsService } from '@mendao/splitting';
import { DataSource } from 'typeorm';
import { planPickList } from './domain/pick-list';
import { parseQuantity } from './domain/quantity';
import { Item, PickList, PickListLine } from './warehouse.entities';

export interface PickListView {
  id: string;
  splitRunId: string;
  createdBy: string | null;
  createdAt: Date;
  lines: {
    seq: number;
    item: string;
    itemName: string;
    unit: string;
    /** null on a shortage line. */
    location: string | null;
    lot: string;
    quantity: number;
    picked: number;
    remaining: number;
    shortage: number;
  }[];
  /** Materials of the run that no warehouse item carries (add an item with the material's code). */
  unmatched: string[];
  complete: boolean;
}

/** Locations a picker takes stock from; production, packing, shipping and scrap stock is not pickable. */
const PICKABLE = ['storage', 'receiving'];

/**
 * Pick lists (拣货单) for a split run: its material requirements (bars and sheets the cutting plans
 * use, pieces of what is not cut) against the current balances, one line per location in walking
 * order, shortages flagged. Issues that name the pick list count against it.
 */
@Injectable()
export class PickListsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly tenancy: TenancyContext,
    private readonly dataSource: DataSource,
    private readonly splitRuns: SplitRunsService,
  ) {}

  async create(splitRunId: string): Promise<PickListView> {
    const run = await this.splitRuns.get(splitRunId);
    const materials = await this.splitRuns.materials(run.id);
    const needed = materials
      .map((m) => ({ code: m.material, quantity: m.cutKind === 'none' ? m.pieces : m.stockUsed }))
      .filter((m) => m.quantity > 0);
    const items = needed.length
      ? await this.scope
          .repository(Item)
          .query('i')
          .andWhere('i.code IN (:...codes)', { codes: needed.map((m) => m.code) })
          .getMany()
      : [];
    const itemByCode = new Map(items.map((i) => [i.code, i]));
    const requirements = needed
      .filter((m) => itemByCode.has(m.code))
      .map((m) => ({ itemId: (itemByCode.get(m.code) as Item).id, quantity: m.quantity }));
    const stock = requirements.length
      ? await this.dataSource.query<
          { item_id: string; location_id: string; location_code: string; lot: string; quantity: string }[]
        >(
          `SELECT b.item_id, b.location_id, l.code AS location_code, b.lot, b.quantity
             FROM stock_balance b JOIN location l ON l.id = b.location_id
            WHERE b.factory_id = $1 AND b.item_id = ANY($2::uuid[]) AND b.quantity > 0
              AND l.active AND l.type = ANY($3::text[])`,
          [this.scope.factoryId(), requirements.map((r) => r.itemId), PICKABLE],
        )
      : [];
    const lines = planPickList(
      requirements,
      stock.map((s) => ({
        itemId: s.item_id,
        locationId: s.location_id,
        locationCode: s.location_code,
        lot: s.lot,
        quantity: parseQuantity(s.quantity),
      })),
    );
    const id = await this.scope.transaction(async (manager) => {
      const lists = this.scope.repository(PickList, manager);
      const list = await lists.save(
        lists.create({ splitRunId: run.id, createdBy: this.tenancy.actor()?.username ?? null }),
      );
      await this.scope.repository(PickListLine, manager).insertMany(
        lines.map((line, seq) => ({
          pickListId: list.id,
          seq: seq + 1,
          itemId: line.itemId,
          locationId: line.locationId,
          lot: line.lot,
          quantity: line.quantity,
          shortage: line.shortage,
        })),
      );
      return list.id;
    });
    return { ...(await this.get(id)), unmatched: needed.filter((m) => !itemByCode.has(m.code)).map((m) => m.code) };
  }

  async get(id: string): Promise<PickListView> {
    const list = await this.scope.repository(PickList).getBy({ id }, 'pick list', id);
    const rows = await this.dataSource.query<
      {
        seq: number;
        item: string;
        item_name: string;
        unit: string;
        location: string | null;
        lot: string;
        quantity: string;
        picked: string;
        shortage: string;
      }[]
    >(
      `SELECT p.seq, i.code AS item, i.name_zh AS item_name, i.unit, l.code AS location, p.lot, p.quantity, p.picked, p.shortage
         FROM pick_list_line p JOIN item i ON i.id = p.item_id LEFT JOIN location l ON l.id = p.location_id
        WHERE p.factory_id = $1 AND p.pick_list_id = $2
        ORDER BY p.seq`,
      [this.scope.factoryId(), id],
    );
    const lines = rows.map((r) => {
      const quantity = parseQuantity(r.quantity);
      const picked = parseQuantity(r.picked);
      return {
        seq: r.seq,
        item: r.item,
        itemName: r.item_name,
        unit: r.unit,
        location: r.location,
        lot: r.lot,
        quantity,
        picked,
        remaining: Math.max(0, Math.round((quantity - picked) * 1000) / 1000),
        shortage: parseQuantity(r.shortage),
      };
    });
    return {
      id: list.id,
      splitRunId: list.splitRunId,
      createdBy: list.createdBy,
      createdAt: list.createdAt,
      lines,
      unmatched: [],
      complete: lines.every((l) => l.remaining === 0),
    };
  }
}
