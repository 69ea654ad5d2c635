import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PAGE_SIZE,
  FactoryScope,
  NotFoundError,
  type Page,
  TenancyContext,
  ValidationFailedError,
} from '@mendao/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { bookAtCount, countAdjustment, countReport, type CountReportLine } from './domain/count-report';
import { closeEvent, countTransition, overlappingCount, scanOutsideCount } from './domain/count-state';
import { isFractionOf, parseQuantity } from './domain/quantity';
import { lotProblem } from './domain/stock-move-rules';
import { type CountListRow, CountsRepository } from './counts.repository';
import type { CountListQuery, CountScanDto, OpenCountDto } from './dto/stock.dto';
import { MasterDataService, type ResolvedItem } from './master-data.service';
import { newestFirstAfter, newestFirstPage } from './newest-first-page';
import { StockLedger } from './stock-ledger';
import { Item, Location, StockCount, StockCountScan } from './warehouse.entities';
import { fractionRefused, moveRulesBroken, refused } from './warehouse.errors';

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
 * shown the books (blind), close it. Closing compares the scans with the books as they were when each
 * stock was counted, locked, and turns every difference into an adjustment move, all in one transaction.
 * What may happen to a count is domain/count-state.ts's to say.
 */
@Injectable()
export class CountsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly tenancy: TenancyContext,
    private readonly masterData: MasterDataService,
    private readonly ledger: StockLedger,
    private readonly counts: CountsRepository,
  ) {}

  async open(body: OpenCountDto): Promise<CountView> {
    if (!body.location && !body.item)
      throw new ValidationFailedError([
        { field: 'location', message: 'name a location, an item, or both / 请指定库位或物料' },
      ]);
    const location = body.location ? await this.masterData.location(body.location, 'location') : undefined;
    const item = body.item ? await this.masterData.item(body.item, 'item') : undefined;
    const wanted = { locationId: location?.id ?? null, itemId: item?.id ?? null };
    const id = await this.scope.transaction(async (manager) => {
      // overlapping open counts would adjust the same stock twice
      await this.counts.takeOpenersTurn(manager);
      const overlap = overlappingCount(await this.counts.openCounts(manager), wanted);
      if (overlap) throw refused(overlap, 'an open count already covers this stock / 已有进行中的盘点覆盖该库存');
      return this.counts.insertOpen(manager, { ...wanted, openedBy: this.tenancy.actor()?.username ?? null });
    });
    return this.get(id);
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
    const location = (
      await this.masterData.resolve([
        body.location !== undefined
          ? { kind: 'location', key: body.location, field: 'location' }
          : { kind: 'location', key: count.locationId as string, field: 'location' },
      ])
    )[0];
    const lot = body.lot?.trim() ?? '';
    const outside = scanOutsideCount(count, { locationId: location.id, itemId: item.id });
    if (outside)
      throw refused(
        outside,
        outside.code === 'count.item_not_counted'
          ? `this count is not of ${item.code} / 本次盘点不包括该物料`
          : `this count is not of ${location.code} / 本次盘点不包括该库位`,
        { count: count.id, item: item.code, location: location.code },
        [{ field: outside.code === 'count.item_not_counted' ? 'item' : 'location', message: 'is not counted here' }],
      );
    const lotRule = lotProblem(item.lotTracked, lot);
    if (lotRule) throw moveRulesBroken([lotRule]);
    if (isFractionOf(item.unit, body.quantity)) throw fractionRefused(item.code, item.unit, body.quantity);
    const recorded = await this.scope.transaction(async (manager) => {
      const locked = await this.counts.lockCount(manager, count.id, 'share');
      const state = countTransition(locked?.status ?? 'completed', 'scan');
      if (!state.ok) throw refused(state.refusal, 'this count is closed / 盘点已结束', { count: count.id });
      return this.counts.insertScan(manager, {
        scanId: body.scanId,
        countId: count.id,
        locationId: location.id,
        itemId: item.id,
        lot,
        quantity: body.quantity,
        username: this.tenancy.actor()?.username ?? null,
        device: body.device ?? null,
      });
    });
    const quantity = await this.counts.countedSoFar({
      countId: count.id,
      locationId: location.id,
      itemId: item.id,
      lot,
    });
    return { replayed: !recorded, counted: { location: location.code, item: item.code, lot, quantity } };
  }

  async close(id: string): Promise<CountView> {
    await this.scope.transaction(async (manager) => {
      const count = await this.counts.lockCount(manager, id, 'update');
      if (!count) throw new NotFoundError('count', id);
      const closing = countTransition(count.status, 'close_matching');
      if (!closing.ok) throw refused(closing.refusal, 'this count is already closed / 盘点已结束', { count: id });
      const bookNow = await this.counts.lockBook(manager, count);
      const counted = await this.counts.countedWithMovesSince(manager, id);
      const movedSinceOpen = await this.counts.movedSinceOpen(manager, count);
      const keys = [...bookNow, ...counted];
      const items = await this.byId(
        manager,
        Item,
        keys.map((r) => r.itemId),
      );
      const locations = await this.byId(
        manager,
        Location,
        keys.map((r) => r.locationId),
      );
      const lines = countReport(
        bookAtCount(bookNow, counted, movedSinceOpen),
        counted,
        (itemId) => items.get(itemId)?.standardCost ?? 0,
      );
      const now = new Map(bookNow.map((b) => [`${b.locationId} ${b.itemId} ${b.lot}`, b.quantity]));
      let adjustments = 0;
      for (const line of lines) {
        const adjustment = countAdjustment(line, now.get(`${line.locationId} ${line.itemId} ${line.lot}`) ?? 0);
        if (adjustment === 0) continue;
        await this.adjust(manager, id, {
          item: items.get(line.itemId) as Item,
          location: locations.get(line.locationId) as Location,
          lot: line.lot,
          quantity: adjustment,
        });
        adjustments += 1;
      }
      const closed = countTransition(count.status, closeEvent(lines));
      await this.counts.markClosed(manager, id, {
        status: closed.ok ? closed.next : 'completed',
        closedBy: this.tenancy.actor()?.username ?? null,
        report: reportView(lines, adjustments, items, locations),
      });
    });
    return this.get(id);
  }

  /** One difference as an adjustment through the ledger, in the close's transaction. */
  private async adjust(
    manager: EntityManager,
    countId: string,
    line: { item: Item; location: Location; lot: string; quantity: number },
  ): Promise<void> {
    const side = { id: line.location.id, code: line.location.code };
    await this.ledger.recordWithin(manager, {
      scanId: randomUUID(),
      type: 'adjustment',
      item: { id: line.item.id, code: line.item.code },
      quantity: Math.abs(line.quantity),
      ...(line.quantity > 0 ? { to: side } : { from: side }),
      lot: line.lot,
      reason: line.quantity > 0 ? `盘盈 count gain` : `盘亏 count loss`,
      reference: `count:${countId}`,
      countId,
    });
  }

  /** The factory's counts, newest first; a count still open shows no totals (it is blind). */
  async list(query: CountListQuery): Promise<Page<Omit<CountListRow, 'at'>>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.counts.page({ status: query.status, after: newestFirstAfter(query.cursor) }, limit + 1);
    return newestFirstPage(rows, limit);
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

function reportView(
  lines: CountReportLine[],
  adjustments: number,
  items: Map<string, Item>,
  locations: Map<string, Location>,
): CountReportView {
  return {
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
}

function sumBy<T>(rows: T[], value: (row: T) => number): number {
  return Math.round(rows.reduce((s, r) => s + Math.round(value(r) * 1000), 0)) / 1000;
}
