import { Injectable } from '@nestjs/common';
import { DomainError, FactoryScope, NotFoundError, TenancyContext, ValidationFailedError } from '@mendao/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { countReport, type CountReportLine } from './domain/count-report';
import { parseQuantity } from './domain/quantity';
import type { CountScanDto, OpenCountDto } from './dto/stock.dto';
import { MasterDataService, type ResolvedItem } from './master-data.service';
import { StockLedger } from './stock-ledger';
import { Item, Location, StockCount, StockCountScan } from './warehouse.entities';
import { WAREHOUSE_ERRORS } from './warehouse.errors';

export interface CountView {
  id: string;
  /** null for a count of one item in every location. */
  location: string | null;
  item: string | null;
  status: StockCount['status'];
  openedBy: string | null;
  closedBy: string | null;
  createdAt: Date;
  closedAt: Date | null;
  /** What was scanned so far, per item and lot (never what the books say while the count is open). */
  counted: { location: string; item: string; lot: string; quantity: number }[];
  report: CountReportView | null;
}

export interface CountReportView {
  lines: (Omit<CountReportLine, 'itemId' | 'locationId'> & { location: string; item: string })[];
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
    if (!body.location && !body.item)
      throw new ValidationFailedError([
        { field: 'location', message: 'name a location, an item, or both / 请指定库位或物料' },
      ]);
    const location = body.location ? await this.masterData.location(body.location, 'location') : undefined;
    const item = body.item ? await this.masterData.item(body.item, 'item') : undefined;
    // overlapping open counts would adjust the same stock twice: openers of one factory take turns
    // (a transaction-scoped advisory lock), so the check below and the insert cannot interleave
    const count = await this.scope.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('stock_count:' || $1))`, [this.scope.factoryId()]);
      const [overlap] = await this.scope
        .repository(StockCount, manager)
        .query('c')
        .andWhere("c.status = 'open'")
        // a null location is every location, a null item every item
        .andWhere('(c.locationId IS NULL OR CAST(:location AS uuid) IS NULL OR c.locationId = :location)', {
          location: location?.id ?? null,
        })
        .andWhere('(c.itemId IS NULL OR CAST(:item AS uuid) IS NULL OR c.itemId = :item)', { item: item?.id ?? null })
        .getMany();
      if (overlap)
        throw new DomainError(
          WAREHOUSE_ERRORS['count.overlaps_open_count'],
          'an open count already covers this stock / 已有进行中的盘点覆盖该库存',
          {
            count: overlap.id,
          },
        );
      const counts = this.scope.repository(StockCount, manager);
      return counts.save(
        counts.create({
          locationId: location?.id ?? null,
          itemId: item?.id ?? null,
          status: 'open',
          openedBy: this.tenancy.actor()?.username ?? null,
        }),
      );
    });
    return this.get(count.id);
  }

  /**
   * One blind scan: adds to what was counted of that item and lot (at that location); the same scanId
   * again changes nothing.
   */
  async scan(
    id: string,
    body: CountScanDto,
  ): Promise<{ replayed: boolean; counted: { location: string; item: string; lot: string; quantity: number } }> {
    const count = await this.scope.repository(StockCount).getBy({ id }, 'count', id);
    const [item] = (await this.masterData.resolve([{ kind: 'item', key: body.item, field: 'item' }])) as ResolvedItem[];
    if (!count.locationId && body.location === undefined)
      throw new ValidationFailedError([
        { field: 'location', message: 'is required: this count covers every location / 需扫描库位' },
      ]);
    const location = count.locationId
      ? await this.scope.repository(Location).getBy({ id: count.locationId }, 'location', count.locationId)
      : ((
          await this.masterData.resolve([{ kind: 'location', key: body.location as string, field: 'location' }])
        )[0] as {
          id: string;
          code: string;
        });
    const lot = body.lot?.trim() ?? '';
    const problems = [];
    if (count.locationId && body.location !== undefined) {
      const [named] = await this.masterData.resolve([{ kind: 'location', key: body.location, field: 'location' }]);
      if (named.id !== count.locationId)
        problems.push({
          field: 'location',
          message: `this count is of ${location.code} / 本次盘点的库位是 ${location.code}`,
        });
    }
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
      if (open?.status !== 'open')
        throw new DomainError(WAREHOUSE_ERRORS['count.closed'], 'this count is closed / 盘点已结束', {
          count: count.id,
          status: open?.status ?? 'closed',
        });
      const inserted: unknown[] = await manager.query(
        `INSERT INTO stock_count_scan (factory_id, scan_id, count_id, location_id, item_id, lot, quantity, username, device)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (factory_id, scan_id) DO NOTHING RETURNING scan_id`,
        [
          this.scope.factoryId(),
          body.scanId,
          count.id,
          location.id,
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
      .andWhere('s.countId = :count AND s.locationId = :location AND s.itemId = :item AND s.lot = :lot', {
        count: count.id,
        location: location.id,
        item: item.id,
        lot,
      })
      .getRawMany<{ quantity: string }>();
    return {
      replayed,
      counted: { location: location.code, item: item.code, lot, quantity: parseQuantity(counted?.quantity) },
    };
  }

  async close(id: string): Promise<CountView> {
    await this.scope.transaction(async (manager) => {
      const factoryId = this.scope.factoryId();
      const [count] = await manager.query<
        { id: string; location_id: string | null; item_id: string | null; status: string }[]
      >(`SELECT id, location_id, item_id, status FROM stock_count WHERE factory_id = $1 AND id = $2 FOR UPDATE`, [
        factoryId,
        id,
      ]);
      if (!count) throw new NotFoundError('count', id);
      if (count.status !== 'open')
        throw new DomainError(WAREHOUSE_ERRORS['count.closed'], 'this count is already closed / 盘点已结束', {
          count: id,
          status: count.status,
        });
      // the books the count covers, locked in a fixed order so that moves wait rather than slip in between
      type Row = { location_id: string; item_id: string; lot: string; quantity: string };
      const expected = await manager.query<Row[]>(
        `SELECT location_id, item_id, lot, quantity FROM stock_balance
          WHERE factory_id = $1 AND ($2::uuid IS NULL OR location_id = $2) AND ($3::uuid IS NULL OR item_id = $3)
            AND quantity > 0
          ORDER BY location_id, item_id, lot FOR UPDATE`,
        [factoryId, count.location_id, count.item_id],
      );
      const counted = await manager.query<Row[]>(
        `SELECT location_id, item_id, lot, sum(quantity) AS quantity FROM stock_count_scan
          WHERE factory_id = $1 AND count_id = $2 GROUP BY location_id, item_id, lot`,
        [factoryId, id],
      );
      const items = await this.byId(
        manager,
        Item,
        [...expected, ...counted].map((r) => r.item_id),
      );
      const locations = await this.byId(
        manager,
        Location,
        [...expected, ...counted].map((r) => r.location_id),
      );
      const key = (r: Row) => ({
        locationId: r.location_id,
        itemId: r.item_id,
        lot: r.lot,
        quantity: parseQuantity(r.quantity),
      });
      const lines = countReport(expected.map(key), counted.map(key), (itemId) => items.get(itemId)?.standardCost ?? 0);
      let adjustments = 0;
      for (const line of lines) {
        if (line.difference === 0) continue;
        const item = items.get(line.itemId) as Item;
        const location = locations.get(line.locationId) as Location;
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
        lines: lines.map(({ locationId, itemId, ...rest }) => ({
          location: locations.get(locationId)?.code ?? locationId,
          item: items.get(itemId)?.code ?? itemId,
          ...rest,
        })),
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
    const location = count.locationId
      ? await this.scope.repository(Location).getBy({ id: count.locationId }, 'location', count.locationId)
      : null;
    const rows = await this.scope
      .repository(StockCountScan)
      .query('s')
      .innerJoin(Item, 'i', 'i.id = s.itemId')
      .innerJoin(Location, 'l', 'l.id = s.locationId')
      .select('l.code', 'location')
      .addSelect('i.code', 'item')
      .addSelect('s.lot', 'lot')
      .addSelect('sum(s.quantity)', 'quantity')
      .andWhere('s.countId = :id', { id })
      .groupBy('l.code')
      .addGroupBy('i.code')
      .addGroupBy('s.lot')
      .orderBy('l.code')
      .addOrderBy('i.code')
      .getRawMany<{ location: string; item: string; lot: string; quantity: string }>();
    const item = count.itemId ? await this.scope.repository(Item).findOneBy({ id: count.itemId }) : null;
    return {
      id: count.id,
      location: location?.code ?? null,
      item: item?.code ?? null,
      status: count.status,
      openedBy: count.openedBy,
      closedBy: count.closedBy,
      createdAt: count.createdAt,
      closedAt: count.closedAt,
      counted: rows.map((r) => ({
        location: r.location,
        item: r.item,
        lot: r.lot,
        quantity: parseQuantity(r.quantity),
      })),
      report: (count.report as CountReportView | null) ?? null,
    };
  }

  /** Rows of `entity` by id, one query for all of them. */
  private async byId<T extends Item | Location>(
    manager: EntityManager,
    entity: new () => T,
    ids: string[],
  ): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.scope
      .repository(entity, manager)
      .query('r')
      .andWhere('r.id IN (:...ids)', { ids: unique })
      .getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }
}

function sumBy<T>(rows: T[], value: (row: T) => number): number {
  return Math.round(rows.reduce((s, r) => s + Math.round(value(r) * 1000), 0)) / 1000;
}
