import { Injectable } from '@nestjs/common';
import {
  Clock,
  decodeCursor,
  DomainError,
  FactoryScope,
  FactorySql,
  isUuid,
  NotFoundError,
  type Page,
  TenancyContext,
  toPage,
  ValidationFailedError,
} from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { isFractionOf } from './domain/quantity';
import { CountsRepository } from './counts.repository';
import type { CreateItemDto, CreateLocationDto, UpdateItemDto, UpdateLocationDto } from './dto/master-data.dto';
import { Barcode, Item, Location } from './warehouse.entities';
import { fractionRefused, WAREHOUSE_ERRORS } from './warehouse.errors';

/** How long a resolved scan key is reused (see recentlyResolved). */
const RESOLVED_MS = 5_000;
const RESOLVED_MAX = 50_000;
/** A cached key used this close to its end is looked up again in the background (see refreshAhead). */
const REFRESH_AHEAD_MS = 1_000;
const REFRESH_BATCH = 50;

/** A scanned key and the request field it came in. */
export interface ScanKey {
  kind: 'item' | 'location';
  key: string;
  field: string;
}

type ScanRow = ResolvedItem & ResolvedLocation & { k: number };

/** The row a key resolved to, or the 404 / 422 a scan of it gets. */
function usable({ kind, key, field }: ScanKey, row: ScanRow | undefined): ResolvedItem | ResolvedLocation {
  if (!row) throw new NotFoundError(kind, key, field);
  if (!row.active) {
    throw new DomainError(
      WAREHOUSE_ERRORS[kind === 'item' ? 'item.inactive' : 'location.inactive'],
      `${kind} ${row.code} is inactive / ${kind === 'item' ? '物料' : '库位'}已停用`,
      { [field]: key },
      [{ field, message: `${kind} ${row.code} is inactive` }],
    );
  }
  return resolved(row);
}

function resolved({ k: _k, ...row }: ScanRow): ResolvedItem | ResolvedLocation {
  return row;
}

export type ItemView = Omit<Item, 'factoryId'> & { barcodes: string[] };
export type LocationView = Omit<Location, 'factoryId'> & { barcode: string | null };

/** What a scanned key resolved to, with what a move needs to know of it. */
export interface ResolvedItem {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  lotTracked: boolean;
  active: boolean;
  /** board, moulding, remnant…: an issue of a remnant is weighed against what split runs hold of it. */
  kind: string;
}
export interface ResolvedLocation {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  type: string;
  active: boolean;
}

/** Items and locations (the warehouse's master data) and the barcodes that resolve to them. */
@Injectable()
export class MasterDataService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly tenancy: TenancyContext,
    private readonly clock: Clock,
    private readonly counts: CountsRepository,
  ) {}

  async createItem(body: CreateItemDto, extra: Partial<Item> = {}, manager?: EntityManager): Promise<ItemView> {
    const work = async (m: EntityManager) => {
      const items = this.scope.repository(Item, m);
      if (await items.findOneBy({ code: body.code }))
        throw new DomainError(
          WAREHOUSE_ERRORS['item.already_exists'],
          `item ${body.code} already exists / 物料编码已存在`,
          { code: body.code },
          [{ field: 'code', message: 'is taken in this factory' }],
        );
      const { barcodes = [], ...fields } = body;
      refuseFractionalPack(body.code, body.unit, body.purchaseUnitSize);
      this.forgetResolved();
      const item = await items.save(items.create({ ...fields, ...purchaseUnitOf(body), ...extra }));
      await this.setItemBarcodes(m, item.id, barcodes);
      return { ...strip(item), barcodes };
    };
    const view = await (manager ? work(manager) : this.scope.transaction(work));
    this.forgetResolved(); // again after the commit: a scan resolved meanwhile may have cached the old rows
    return view;
  }

  async updateItem(key: string, body: UpdateItemDto): Promise<ItemView> {
    return this.afterCommitForget(async (m) => {
      const item = await this.findItem(key, 'id', m);
      if (body.active === false && item.active) await this.refuseUnderCount(m, 'item', item);
      const { barcodes, ...fields } = body;
      refuseFractionalPack(item.code, item.unit, body.purchaseUnitSize);
      Object.assign(item, fields, purchaseUnitOf(body));
      this.forgetResolved();
      await this.scope.repository(Item, m).save(item);
      if (barcodes) await this.setItemBarcodes(m, item.id, barcodes);
      return this.itemView(item, m);
    });
  }

  async listItems(limit: number, cursor?: string, kind?: string): Promise<Page<ItemView>> {
    const after = decodeCursor(cursor, 1) as [string] | undefined;
    const query = this.scope
      .repository(Item)
      .query('i')
      .orderBy('i.code', 'ASC')
      .take(limit + 1);
    if (after) query.andWhere('i.code > :after', { after: String(after[0]) });
    if (kind) query.andWhere('i.kind = :kind', { kind });
    const page = toPage(await query.getMany(), limit, (i) => [i.code]);
    const codes = await this.barcodesOf(
      page.items.map((i) => i.id),
      'item',
    );
    return {
      items: page.items.map((i) => ({ ...strip(i), barcodes: codes.get(i.id) ?? [] })),
      nextCursor: page.nextCursor,
    };
  }

  async getItem(key: string): Promise<ItemView> {
    return this.itemView(await this.findItem(key, 'id'));
  }

  async createLocation(body: CreateLocationDto): Promise<LocationView> {
    return this.afterCommitForget(async (m) => {
      const locations = this.scope.repository(Location, m);
      if (await locations.findOneBy({ code: body.code }))
        throw new DomainError(
          WAREHOUSE_ERRORS['location.already_exists'],
          `location ${body.code} already exists / 库位编码已存在`,
          { code: body.code },
          [{ field: 'code', message: 'is taken in this factory' }],
        );
      const { barcode = body.code, ...fields } = body;
      this.forgetResolved();
      const location = await locations.save(locations.create(fields));
      await this.claimBarcode(m, barcode, { locationId: location.id }, 'barcode');
      return { ...strip(location), barcode };
    });
  }

  async updateLocation(key: string, body: UpdateLocationDto): Promise<LocationView> {
    const location = await this.afterCommitForget(async (m) => {
      const found = await this.findLocation(key, 'id', m);
      if (body.active === false && found.active) await this.refuseUnderCount(m, 'location', found);
      Object.assign(found, body);
      return this.scope.repository(Location, m).save(found);
    });
    return this.locationView(location);
  }

  async listLocations(limit: number, cursor?: string): Promise<Page<LocationView>> {
    const after = decodeCursor(cursor, 1) as [string] | undefined;
    const query = this.scope
      .repository(Location)
      .query('l')
      .orderBy('l.code', 'ASC')
      .take(limit + 1);
    if (after) query.andWhere('l.code > :after', { after: String(after[0]) });
    const page = toPage(await query.getMany(), limit, (l) => [l.code]);
    const codes = await this.barcodesOf(
      page.items.map((l) => l.id),
      'location',
    );
    return {
      items: page.items.map((l) => ({ ...strip(l), barcode: codes.get(l.id)?.[0] ?? null })),
      nextCursor: page.nextCursor,
    };
  }

  async getLocation(key: string): Promise<LocationView> {
    return this.locationView(await this.findLocation(key, 'id'));
  }

  /**
   * An item by code, barcode or id, active or not: what master data reads and changes (an inactive item
   * can be read and reactivated). Scans and moves use item(), which refuses an inactive one.
   */
  async findItem(key: string, field: string, manager?: EntityManager): Promise<Item> {
    const [found] = await this.lookup([{ kind: 'item', key, field }], manager, false);
    if (!found) throw new NotFoundError('item', key, field);
    return this.scope.repository(Item, manager).getBy({ id: found.id }, 'item', key, field);
  }

  /** A location by code, barcode or id, active or not (see findItem). */
  async findLocation(key: string, field: string, manager?: EntityManager): Promise<Location> {
    const [found] = await this.lookup([{ kind: 'location', key, field }], manager, false);
    if (!found) throw new NotFoundError('location', key, field);
    return this.scope.repository(Location, manager).getBy({ id: found.id }, 'location', key, field);
  }

  /**
   * Deactivating a location or item an open count covers is refused: its scans would stay, its book would
   * not be counted (the count could neither compare nor adjust it). Openers wait for this transaction.
   */
  private async refuseUnderCount(
    manager: EntityManager,
    kind: 'item' | 'location',
    row: { id: string; code: string },
  ): Promise<void> {
    await this.counts.takeOpenersTurn(manager);
    const count = await this.counts.openCountCovering(
      manager,
      kind === 'item' ? { itemId: row.id } : { locationId: row.id },
    );
    if (!count) return;
    throw new DomainError(
      WAREHOUSE_ERRORS[kind === 'item' ? 'item.under_count' : 'location.under_count'],
      `${kind} ${row.code} is being counted: close the count first / ${kind === 'item' ? '物料' : '库位'}盘点中，请先结束盘点`,
      { [kind]: row.code, count },
      [{ field: 'active', message: `an open count covers ${kind} ${row.code}` }],
    );
  }

  /** An active item by code, barcode or id (for scans and moves); 404 naming `field` and the key, 422 if inactive. */
  async item(key: string, field: string, manager?: EntityManager): Promise<Item> {
    const [found] = await this.resolve([{ kind: 'item', key, field }], manager);
    return this.scope.repository(Item, manager).getBy({ id: found.id }, 'item', key, field);
  }

  async location(key: string, field: string, manager?: EntityManager): Promise<Location> {
    const [found] = await this.resolve([{ kind: 'location', key, field }], manager);
    return this.scope.repository(Location, manager).getBy({ id: found.id }, 'location', key, field);
  }

  /**
   * Resolves scanned keys (a code, one of the barcodes, or an id) in one round trip, the hot path of
   * every scan. A key that resolves to nothing is a 404 naming its field and the code scanned.
   */
  async resolve(keys: ScanKey[], manager?: EntityManager): Promise<(ResolvedItem | ResolvedLocation)[]> {
    const factoryId = this.scope.factoryId();
    const now = this.clock.now();
    // each key on its own: a scan combines an item with one or two locations, and those combinations rarely repeat
    const cacheKeys = keys.map((k) => `${factoryId} ${k.kind} ${k.key}`);
    const cached = cacheKeys.map((cacheKey, k) => {
      const recent = manager ? undefined : this.recentlyResolved.get(cacheKey);
      if (!recent || recent.until <= now) return undefined;
      if (recent.until - now < REFRESH_AHEAD_MS) this.refreshAhead(cacheKey, factoryId, keys[k]);
      return recent.value;
    });
    const missing = keys.filter((_, k) => cached[k] === undefined);
    if (missing.length === 0) return cached as (ResolvedItem | ResolvedLocation)[];
    const generation = this.generation;
    const rows = await this.lookup(missing, manager);
    const found = missing.map((key, k) => usable(key, rows[k]));
    const keep = !manager && generation === this.generation; // not if master data changed meanwhile
    if (keep && this.recentlyResolved.size + found.length > RESOLVED_MAX) this.recentlyResolved.clear();
    let next = 0;
    return keys.map((_, k) => {
      const known = cached[k];
      if (known) return known;
      const value = found[next++];
      if (keep) this.recentlyResolved.set(cacheKeys[k], { value, until: now + RESOLVED_MS });
      return value;
    });
  }

  /**
   * Keys resolved in the last few seconds. Scanners scan the same few items and locations over and
   * over (a pallet of 40 boxes); this saves each of those scans a round trip. A change made through
   * this instance clears it at once; one made on another api instance shows within RESOLVED_MS.
   * Only successful resolutions are kept, so a new item or barcode is found at once everywhere.
   */
  private readonly recentlyResolved = new Map<string, { value: ResolvedItem | ResolvedLocation; until: number }>();
  /** Bumped by every local change, so a lookup that read before it does not refill the cache after it. */
  private generation = 0;
  /** Keys to look up again in the background (refresh-ahead), by cache key. */
  private readonly toRefresh = new Map<string, { factoryId: string; key: ScanKey }>();
  private refreshing = false;

  private forgetResolved(): void {
    this.generation += 1;
    this.recentlyResolved.clear();
  }

  /**
   * A key still in use near the end of its time is looked up again in the background, with others due,
   * in one query per factory: scans of it keep their cached answer and never all miss at once (which,
   * with every key cached in the same second, once made every scan wait on a lookup every 5 s).
   */
  private refreshAhead(cacheKey: string, factoryId: string, key: ScanKey): void {
    if (this.toRefresh.has(cacheKey)) return;
    this.toRefresh.set(cacheKey, { factoryId, key });
    if (!this.refreshing) {
      this.refreshing = true;
      setImmediate(() => void this.refreshDue());
    }
  }

  private async refreshDue(): Promise<void> {
    while (this.toRefresh.size > 0) {
      const [[, { factoryId }]] = this.toRefresh;
      const due = [...this.toRefresh].filter(([, r]) => r.factoryId === factoryId).slice(0, REFRESH_BATCH);
      const generation = this.generation;
      const now = this.clock.now();
      // in the keys' own factory: this runs after the request that noticed them, in no request at all
      const rows = await this.tenancy
        .run({ factoryId }, () =>
          this.lookup(
            due.map(([, r]) => r.key),
            undefined,
            false,
          ),
        )
        .catch(() => due.map(() => undefined)); // the next scan of these keys then looks them up itself
      due.forEach(([cacheKey], k) => {
        this.toRefresh.delete(cacheKey);
        if (generation !== this.generation) return;
        const row = rows[k];
        if (row?.active) this.recentlyResolved.set(cacheKey, { value: resolved(row), until: now + RESOLVED_MS });
        else this.recentlyResolved.delete(cacheKey); // gone or inactive: the next scan gets the 404 or 422
      });
    }
    this.refreshing = false;
  }

  /** A master-data change in a transaction, with the resolve cache cleared before and after its commit. */
  private async afterCommitForget<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.forgetResolved();
    const result = await this.scope.transaction(work);
    this.forgetResolved();
    return result;
  }

  /**
   * What each key resolves to (undefined: nothing), in one round trip, in the caller's factory ($1, bound
   * by FactorySql). Prepared (the scan's few shapes) unless `prepared` is false: a background refresh of
   * many keys has too many shapes to keep them all.
   */
  private async lookup(keys: ScanKey[], manager?: EntityManager, prepared = true): Promise<(ScanRow | undefined)[]> {
    const values: unknown[] = [];
    const parts = keys.map(({ kind, key }, k) => {
      values.push(key);
      const p = `$${values.length + 1}`;
      const byId = isUuid(key) ? ` OR t.id = ${p}::uuid` : '';
      const idColumn = kind === 'item' ? 'item_id' : 'location_id';
      const columns =
        kind === 'item'
          ? `t.unit, t.lot_tracked AS "lotTracked", NULL AS type, t.kind`
          : `NULL AS unit, false AS "lotTracked", t.type, NULL AS kind`;
      return `(SELECT ${k} AS k, t.id, t.code, t.name_zh AS "nameZh", t.name_en AS "nameEn", t.active, ${columns}
                 FROM ${kind} t
                WHERE t.factory_id = $1
                  AND (t.code = ${p}${byId}
                       OR t.id = (SELECT b.${idColumn} FROM barcode b WHERE b.factory_id = $1 AND b.code = ${p}))
                ORDER BY (t.code = ${p}) DESC LIMIT 1)`;
    });
    const text = parts.join(' UNION ALL ');
    const rows =
      manager || !prepared
        ? await this.sql.query<ScanRow>(text, values, manager)
        : await this.sql.prepared<ScanRow>(text, values);
    return keys.map((_, k) => rows.find((r) => Number(r.k) === k));
  }

  private async itemView(item: Item, manager?: EntityManager): Promise<ItemView> {
    const codes = await this.barcodesOf([item.id], 'item', manager);
    return { ...strip(item), barcodes: codes.get(item.id) ?? [] };
  }

  private async locationView(location: Location): Promise<LocationView> {
    const codes = await this.barcodesOf([location.id], 'location');
    return { ...strip(location), barcode: codes.get(location.id)?.[0] ?? null };
  }

  private async barcodesOf(ids: string[], kind: 'item' | 'location', manager?: EntityManager) {
    const byOwner = new Map<string, string[]>();
    if (ids.length === 0) return byOwner;
    const column = kind === 'item' ? 'itemId' : 'locationId';
    const rows = await this.scope
      .repository(Barcode, manager)
      .query('b')
      .andWhere(`b.${column} IN (:...ids)`, { ids })
      .orderBy('b.code', 'ASC')
      .getMany();
    for (const row of rows) {
      const owner = row[column] as string;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), row.code]);
    }
    return byOwner;
  }

  private async setItemBarcodes(manager: EntityManager, itemId: string, codes: string[]): Promise<void> {
    if (new Set(codes).size !== codes.length)
      throw new ValidationFailedError([{ field: 'barcodes', message: 'lists a barcode twice / 条码重复' }]);
    this.forgetResolved();
    await this.scope.repository(Barcode, manager).delete({ itemId });
    for (const code of codes) await this.claimBarcode(manager, code, { itemId }, 'barcodes');
  }

  private async claimBarcode(
    manager: EntityManager,
    code: string,
    owner: { itemId?: string; locationId?: string },
    field: string,
  ): Promise<void> {
    const barcodes = this.scope.repository(Barcode, manager);
    if (await barcodes.findOneBy({ code }))
      throw new DomainError(
        WAREHOUSE_ERRORS['barcode.in_use'],
        `barcode ${code} is already in use / 条码已被使用`,
        { barcode: code },
        [{ field, message: `barcode ${code} already resolves to another item or location` }],
      );
    await barcodes.insertMany([{ code, itemId: owner.itemId ?? null, locationId: owner.locationId ?? null }]);
  }
}

function strip<T extends { factoryId: string }>(row: T): Omit<T, 'factoryId'> {
  const { factoryId: _f, ...rest } = row;
  return rest;
}

/** An empty purchase unit is the item's own unit (stored as null). */
function purchaseUnitOf(body: { purchaseUnit?: string }): { purchaseUnit?: string | null } {
  return body.purchaseUnit === undefined ? {} : { purchaseUnit: body.purchaseUnit.trim() || null };
}

/** A pack of an item counted whole holds whole ones (a 捆 of 10 pieces, never 2.5). */
function refuseFractionalPack(code: string, unit: string, size: number | undefined): void {
  if (size !== undefined && isFractionOf(unit, size)) throw fractionRefused(code, unit, size, 'purchaseUnitSize');
}
