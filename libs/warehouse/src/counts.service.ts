import { Injectable } from '@nestjs/common';
import { ConflictError, FactoryScope, TenancyContext, ValidationFailedError } from '@mendao/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { countReport, type CountReportLine } from './domain/count-report';
import { parseQuantity } from './domain/quantity';
import type { CountScanDto, OpenCountDto } from './dto/stock.dto';
import { MasterDataService, type ResolvedItem } from './master-data.service';
import { StockLedger } from './stock-ledger';
import { Item, Location, StockCount, StockCountScan } from './warehouse.entities';

export interface CountView {
  id: string;
  location: string;
  item: string | null;
  status: StockCount['status'];
  openedBy: string | null;
  closedBy: string | null;
  createdAt: Date;
  closedAt: Date | null;
  /** What was scanned so far, per item and lot (never what the books say while the count is open). */
  counted: { item: string; lot: string; quantity: number }[];
  report: CountReportView | null;
}

export interface CountReportView {
  lines: (Omit<CountReportLine, 'itemId'> & { item: string })[];
  totals: { gain: number; loss: number; net: number; value: number };
  adjustments: number;
}

/**
 * Counts (盘点): open one for a location (or one item in it), scan what is there without being
 * shown the books (blind), close it. Closing compares the scans with the balances, locked, and
 * turns every difference into an adjustment move, all in one transaction.
 */
@Injectable()
export class CountsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly tenancy: TenancyContext,
    private readonly masterData: MasterDataService,
    private readonly ledger: StockLedger,
  ) {}

  async open(body: OpenCountDto): Promise<CountView> {
    const location = await this.masterData.location(body.location, 'location');
    const item = body.item ? await this.masterData.item(body.item, 'item') : undefined;
    const counts = this.scope.repository(StockCount);
    if (await counts.findOneBy({ locationId: location.id, status: 'open' }))
      throw new ConflictError(`a count of ${location.code} is already open / 该库位已有进行中的盘点`, {
        location: location.code,
      });
    // the partial unique index settles a race between two openers
    const count = await counts.save(
      counts.create({
        locationId: location.id,
        itemId: item?.id ?? null,
        status: 'open',
        openedBy: this.tenancy.actor()?.username ?? null,
      }),
    );
    return this.get(count.id);
  }

  /** One blind scan: adds to what was counted of that item and lot; the same scanId again changes nothing. */
  async scan(
    id: string,
    body: CountScanDto,
  ): Promise<{ replayed: boolean; counted: { item: string; lot: string; quantity: number } }> {
    const count = await this.scope.repository(StockCount).getBy({ id }, 'count', id);
    const [item] = (await this.masterData.resolve([{ kind: 'item', key: body.item, field: 'item' }])) as ResolvedItem[];
    const lot = body.lot?.trim() ?? '';
    const problems = [];
    if (count.itemId && count.itemId !== item.id)
      problems.push({ field: 'item', message: 'this count is for another item / 本次盘点只盘其他物料' });
    if (item.lotTracked && !lot)
      problems.push({ field: 'lot', message: 'is required: this item is lot-tracked / 需填写批次' });
    if (!item.lotTracked && lot)
      problems.push({ field: 'lot', message: 'must be empty: this item is not lot-tracked' });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const replayed = await this.scope.transaction(async (manager) => {
      // the count row, locked shared: a close (which locks it exclusively) waits for scans in flight
      const [open] = await manager.query<{ status: string }[]>(
        `SELECT status FROM stock_count WHERE factory_id = $1 AND id = $2 FOR SHARE`,
        [this.scope.factoryId(), count.id],
      );
      if (open?.status !== 'open') throw new ConflictError('this count is closed / 盘点已结束', { count: count.id });
      const inserted: unknown[] = await manager.query(
        `INSERT INTO stock_count_scan (factory_id, scan_id, count_id, item_id, lot, quantity, username, device)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (factory_id, scan_id) DO NOTHING RETURNING scan_id`,
        [
          this.scope.factoryId(),
          body.scanId,
          count.id,
          item.id,
          lot,
          body.quantity,
          this.tenancy.actor()?.username ?? null,
          body.device ?? null,
        ],
      );
      return inserted.length === 0;
    });
    const [counted] = await this.scope
      .repository(StockCountScan)
      .query('s')
      .select('COALESCE(sum(s.quantity), 0)', 'quantity')
      .andWhere('s.countId = :count AND s.itemId = :item AND s.lot = :lot', { count: count.id, item: item.id, lot })
      .getRawMany<{ quantity: string }>();
    return { replayed, counted: { item: item.code, lot, quantity: parseQuantity(counted?.quantity) } };
  }

  async close(id: string): Promise<CountView> {
    await this.scope.transaction(async (manager) => {
      const factoryId = this.scope.factoryId();
      const [count] = await manager.query<
        { id: string; location_id: string; item_id: string | null; status: string }[]
      >(`SELECT id, location_id, item_id, status FROM stock_count WHERE factory_id = $1 AND id = $2 FOR UPDATE`, [
        factoryId,
        id,
      ]);
      if (!count) throw new ConflictError('no such count / 盘点不存在', { count: id });
      if (count.status !== 'open') throw new ConflictError('this count is already closed / 盘点已结束', { count: id });
      // the books for this location, locked in a fixed order so that moves wait rather than slip in between
      const expected = await manager.query<{ item_id: string; lot: string; quantity: string }[]>(
        `SELECT item_id, lot, quantity FROM stock_balance
          WHERE factory_id = $1 AND location_id = $2 AND ($3::uuid IS NULL OR item_id = $3) AND quantity > 0
          ORDER BY item_id, lot FOR UPDATE`,
        [factoryId, count.location_id, count.item_id],
      );
      const counted = await manager.query<{ item_id: string; lot: string; quantity: string }[]>(
        `SELECT item_id, lot, sum(quantity) AS quantity FROM stock_count_scan
          WHERE factory_id = $1 AND count_id = $2 GROUP BY item_id, lot`,
        [factoryId, id],
      );
      const items = await this.itemsById(
        manager,
        [...expected, ...counted].map((r) => r.item_id),
      );
      const lines = countReport(
        expected.map((e) => ({ itemId: e.item_id, lot: e.lot, quantity: parseQuantity(e.quantity) })),
        counted.map((c) => ({ itemId: c.item_id, lot: c.lot, quantity: parseQuantity(c.quantity) })),
        (itemId) => items.get(itemId)?.standardCost ?? 0,
      );
      const location = await this.scope
        .repository(Location, manager)
        .getBy({ id: count.location_id }, 'location', count.location_id);
      let adjustments = 0;
      for (const line of lines) {
        if (line.difference === 0) continue;
        const item = items.get(line.itemId) as Item;
        const side = { id: location.id, code: location.code };
        await this.ledger.recordWithin(manager, {
          scanId: randomUUID(),
          type: 'adjustment',
          item: { id: item.id, code: item.code },
          quantity: Math.abs(line.difference),
          ...(line.difference > 0 ? { to: side } : { from: side }),
          lot: line.lot,
          reason: line.difference > 0 ? `盘盈 count gain` : `盘亏 count loss`,
          reference: `count:${id}`,
          countId: id,
        });
        adjustments += 1;
      }
      const report: CountReportView = {
        lines: lines.map(({ itemId, ...rest }) => ({ item: items.get(itemId)?.code ?? itemId, ...rest })),
        totals: {
          gain: sumBy(
            lines.filter((l) => l.difference > 0),
            (l) => l.difference,
          ),
          loss: sumBy(
            lines.filter((l) => l.difference < 0),
            (l) => -l.difference,
          ),
          net: sumBy(lines, (l) => l.difference),
          value: Math.round(lines.reduce((s, l) => s + l.value * 100, 0)) / 100,
        },
        adjustments,
      };
      await this.scope.repository(StockCount, manager).update(
        { id },
        {
          status: adjustments > 0 ? 'completed_with_discrepancies' : 'completed',
          closedBy: this.tenancy.actor()?.username ?? null,
          closedAt: new Date(),
          report,
        },
      );
    });
    return this.get(id);
  }

  async get(id: string): Promise<CountView> {
    const count = await this.scope.repository(StockCount).getBy({ id }, 'count', id);
    const location = await this.scope
      .repository(Location)
      .getBy({ id: count.locationId }, 'location', count.locationId);
    const rows = await this.scope
      .repository(StockCountScan)
      .query('s')
      .innerJoin(Item, 'i', 'i.id = s.itemId')
      .select('i.code', 'item')
      .addSelect('s.lot', 'lot')
      .addSelect('sum(s.quantity)', 'quantity')
      .andWhere('s.countId = :id', { id })
      .groupBy('i.code')
      .addGroupBy('s.lot')
      .orderBy('i.code')
      .getRawMany<{ item: string; lot: string; quantity: string }>();
    const item = count.itemId ? await this.scope.repository(Item).findOneBy({ id: count.itemId }) : null;
    return {
      id: count.id,
      location: location.code,
      item: item?.code ?? null,
      status: count.status,
      openedBy: count.openedBy,
      closedBy: count.closedBy,
      createdAt: count.createdAt,
      closedAt: count.closedAt,
      counted: rows.map((r) => ({ item: r.item, lot: r.lot, quantity: parseQuantity(r.quantity) })),
      report: (count.report as CountReportView | null) ?? null,
    };
  }

  private async itemsById(manager: EntityManager, ids: string[]): Promise<Map<string, Item>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.scope
      .repository(Item, manager)
      .query('i')
      .andWhere('i.id IN (:...ids)', { ids: unique })
      .getMany();
    return new Map(rows.map((i) => [i.id, i]));
  }
}

function sumBy<T>(rows: T[], value: (row: T) => number): number {
  return Math.round(rows.reduce((s, r) => s + Math.round(value(r) * 1000), 0)) / 1000;
}
