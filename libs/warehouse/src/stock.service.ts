import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DomainError,
  FactoryScope,
  isUuid,
  NotFoundError,
  type Page,
  toPage,
  ValidationFailedError,
} from '@mendao/platform';
import { MaterialsService, SplitRunsService } from '@mendao/splitting';
import { parseQuantity } from './domain/quantity';
import {
  enteredRemnantCode,
  normaliseRemnant,
  remnantCode,
  type RemnantSize,
  type RemnantMaterial,
  remnantMaterialOf,
  remnantShapeProblems,
  remnantSizeProblems,
} from './domain/remnant-size';
import { moveProblems } from './domain/stock-move-rules';
import type { BalanceQuery, MoveQuery, RemnantReceiptDto, StockMoveDto } from './dto/stock.dto';
import { MasterDataService, type ResolvedItem, type ResolvedLocation } from './master-data.service';
import { PICKABLE, PickListsService } from './pick-lists.service';
import { RemnantReservationsRepository } from './remnant-reservations.repository';
import { REMNANT_ERRORS } from './remnant.errors';
import { moveView } from './ledger/move-view';
import { type LedgerEntry, type MoveAnswer, type MoveView, StockLedger } from './stock-ledger';
import { StockRepository } from './stock.repository';
import { moveRulesBroken } from './warehouse.errors';
import { Item } from './warehouse.entities';

export interface BalanceView {
  item: string;
  itemName: string;
  itemNameEn: string;
  unit: string;
  location: string;
  locationName: string;
  locationNameEn: string;
  lot: string;
  quantity: number;
}

/** Stands for `$1` while a filter is built: FactorySql binds the caller's factory there. */
const FACTORY = Symbol('factory');

/** Stock moves (scans), balances, the ledger and the valuations built on them. */
@Injectable()
export class StockService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly stock: StockRepository,
    private readonly masterData: MasterDataService,
    private readonly ledger: StockLedger,
    private readonly pickLists: PickListsService,
    private readonly splitRuns: SplitRunsService,
    private readonly reservations: RemnantReservationsRepository,
    private readonly materials: MaterialsService,
  ) {}

  /** One scan: validated, resolved, then recorded (or replayed when its scanId was seen before). */
  async move(body: StockMoveDto): Promise<MoveAnswer> {
    const keys: { kind: 'item' | 'location'; key: string; field: string }[] = [
      { kind: 'item', key: body.item, field: 'item' },
    ];
    if (body.from !== undefined) keys.push({ kind: 'location', key: body.from, field: 'from' });
    if (body.to !== undefined) keys.push({ kind: 'location', key: body.to, field: 'to' });
    let resolved: (ResolvedItem | ResolvedLocation)[];
    let workOrderId: string | undefined;
    try {
      resolved = await this.masterData.resolve(keys);
      ({ workOrderId } = await this.requireReferences(body));
    } catch (error) {
      // a retry of a recorded scan replays even if its item or location was renamed, or its work order
      // replaced by a new split, since
      const first = await this.ledger.replay(body.scanId);
      if (first) return first;
      throw error;
    }
    const item = resolved[0] as ResolvedItem;
    const from = body.from !== undefined ? (resolved[1] as ResolvedLocation) : undefined;
    const to = body.to !== undefined ? (resolved[keys.length - 1] as ResolvedLocation) : undefined;
    const problems = moveProblems({
      type: body.type,
      from: from?.id,
      to: to?.id,
      reason: body.reason,
      lot: body.lot,
      lotTracked: item.lotTracked,
      pickList: body.pickList,
      overIssueReason: body.overIssueReason,
    });
    if (problems.length > 0) throw moveRulesBroken(problems);
    const lot = body.lot?.trim() ?? '';
    const entry: LedgerEntry = {
      scanId: body.scanId,
      type: body.type,
      item,
      quantity: body.quantity,
      from,
      to,
      lot,
      reason: body.reason,
      reference: body.reference,
      splitRunId: body.splitRun,
      workOrderId,
      pickListId: body.pickList,
      overIssueReason: body.overIssueReason,
      device: body.device,
    };
    if (entry.type === 'issue' && item.kind === 'remnant' && from && PICKABLE.includes(from.type)) {
      // a retry answers as the first time, whatever runs hold now
      const first = await this.ledger.replay(entry.scanId);
      if (first) return first;
      const runId = entry.pickListId
        ? await this.pickLists.issuingRun(entry.pickListId, entry.splitRunId)
        : (entry.splitRunId ?? null);
      await this.refuseReserved(entry, runId);
    }
    // an issue against a pick list is the pick list's to allow (and to count)
    return entry.pickListId
      ? this.pickLists.issue({ ...entry, pickListId: entry.pickListId })
      : this.ledger.record(entry);
  }

  /**
   * Remnant pieces (余料) a split run holds are cut by that run: an issue may take what is on hand less what OTHER
   * runs hold (409 on quantity with what is available). A check before the ledger, not inside its statement: a
   * claim racing this issue can still count a piece the issue takes, and its run then finds it short at the pick.
   */
  private async refuseReserved(entry: LedgerEntry, runId: string | null): Promise<void> {
    const { onHand, heldByOthers } = await this.reservations.heldFromRun(entry.item.id, runId);
    const held = parseQuantity(heldByOthers);
    if (held === 0) return;
    const available = Math.max(0, parseQuantity(onHand) - held);
    if (entry.quantity <= available) return;
    throw new DomainError(
      REMNANT_ERRORS['remnant.reserved'],
      `only ${available} of ${entry.item.code} are free: other split runs hold ${held} / 余料已被其他拆单任务预留，可用 ${available}`,
      { item: entry.item.code, available, requested: entry.quantity, heldByOtherRuns: held },
      [{ field: 'quantity', message: `exceeds the ${available} not held for other split runs` }],
    );
  }

  /**
   * The runs, work orders and pick lists a move names are the caller's factory's, or it is 404 on that field
   * (before the move's rules: another factory's pick list is not found, whatever the move's type). A run or
   * a pick list is never deleted, and the ledger's keys hold them too; a work order has only this check.
   */
  private async requireReferences(
    body: Pick<StockMoveDto, 'splitRun' | 'workOrder' | 'pickList'>,
  ): Promise<{ workOrderId?: string }> {
    if (body.splitRun !== undefined) await this.splitRuns.requireRun(body.splitRun, 'splitRun');
    // a work order may be named by its number (WO-…): the ledger records its id
    const workOrderId =
      body.workOrder !== undefined ? await this.splitRuns.requireWorkOrder(body.workOrder, 'workOrder') : undefined;
    if (body.pickList !== undefined) await this.pickLists.requireList(body.pickList, 'pickList');
    return { workOrderId };
  }

  /**
   * Balances per item × location × lot, with the total per item over the whole filter (not just
   * this page). Zero balances are left out.
   */
  async balances(query: BalanceQuery): Promise<Page<BalanceView> & { totals: { item: string; quantity: number }[] }> {
    const limit = query.limit ?? 50;
    // $1 is the caller's factory (FactorySql); the filters' values follow from $2
    const params: unknown[] = [FACTORY];
    const where = ['b.factory_id = $1', 'b.quantity > 0'];
    if (query.item) {
      const item = await this.masterData.item(query.item, 'item');
      params.push(item.id);
      where.push(`b.item_id = $${params.length}`);
    }
    if (query.location) {
      const location = await this.masterData.location(query.location, 'location');
      params.push(location.id);
      where.push(`b.location_id = $${params.length}`);
    }
    if (query.lot !== undefined) {
      params.push(query.lot);
      where.push(`b.lot = $${params.length}`);
    }
    const filter = where.join(' AND ');
    const totals = await this.stock.balanceTotals(filter, params.slice(1));
    const after = decodeCursor(query.cursor, 3) as [string, string, string] | undefined;
    const pageParams = [...params];
    let pageFilter = filter;
    if (after) {
      pageParams.push(String(after[0]), String(after[1]), String(after[2]));
      const n = pageParams.length;
      pageFilter += ` AND (i.code, l.code, b.lot) > ($${n - 2}, $${n - 1}, $${n})`;
    }
    pageParams.push(limit + 1);
    const rows = await this.stock.balancePage(pageFilter, pageParams.slice(1), `$${pageParams.length}`);
    const page = toPage(
      rows.map((r) => ({ ...r, quantity: parseQuantity(r.quantity) })),
      limit,
      (b) => [b.item, b.location, b.lot],
    );
    return { ...page, totals: totals.map((t) => ({ item: t.item, quantity: parseQuantity(t.quantity) })) };
  }

  /** The ledger, newest first, filtered; who moved what is always answerable from here. */
  async moves(query: MoveQuery): Promise<Page<MoveView>> {
    const limit = query.limit ?? 50;
    const params: unknown[] = [FACTORY];
    const where = ['m.factory_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.item) add('m.item_id = ?', (await this.masterData.item(query.item, 'item')).id);
    if (query.location) {
      params.push((await this.masterData.location(query.location, 'location')).id);
      where.push(`(m.from_location_id = $${params.length} OR m.to_location_id = $${params.length})`);
    }
    if (query.type) add('m.type = ?', query.type);
    if (query.lot !== undefined) add('m.lot = ?', query.lot);
    if (query.user) add('m.username = ?', query.user);
    if (query.reference) add('m.reference = ?', query.reference);
    if (query.splitRun) add('m.split_run_id = ?', query.splitRun);
    if (query.since) add('m.created_at >= ?', new Date(query.since));
    if (query.until) add('m.created_at < ?', new Date(query.until));
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    if (after) {
      if (Number.isNaN(Date.parse(String(after[0]))) || !isUuid(after[1]))
        throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
      params.push(String(after[0]), String(after[1]));
      where.push(`(m.created_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.stock.movePage(where.join(' AND '), params.slice(1), `$${params.length}`);
    // the cursor keeps the database's microseconds, so paging never skips or repeats a move
    const page = toPage(rows, limit, (r) => [r.at, r.id]);
    return { items: page.items.map(moveView), nextCursor: page.nextCursor };
  }

  /** Items whose stock, over all locations, is below their reorder point (补货提醒). */
  async belowReorderPoint(): Promise<
    { item: string; name: string; nameEn: string; unit: string; reorderPoint: number; onHand: number }[]
  > {
    const rows = await this.stock.belowReorderPoint();
    return rows.map((r) => ({
      item: r.item,
      name: r.name,
      nameEn: r.name_en,
      unit: r.unit,
      reorderPoint: parseQuantity(r.reorder_point),
      onHand: parseQuantity(r.on_hand),
    }));
  }

  /** Stock value at standard cost, per item and in total (yuan, rounded to fen). */
  async value(): Promise<{
    items: { item: string; quantity: number; standardCost: number; value: number }[];
    total: number;
  }> {
    const rows = await this.stock.value();
    const items = rows.map((r) => ({
      item: r.item,
      quantity: parseQuantity(r.quantity),
      standardCost: parseQuantity(r.standard_cost),
      value: parseQuantity(r.value),
    }));
    return { items, total: Math.round(items.reduce((s, i) => s + i.value * 100, 0)) / 100 };
  }

  /**
   * A usable offcut (余料) received as stock of its own remnant item, created on first use with the offcut's
   * sizes. Sizes are normalised (1210 × 440 and 440 × 1210 are one item, `<material>-R440x1210`; a bar's offcut
   * `<material>-R<length>`); an item made before that under the sizes as entered is still the one received into.
   */
  async receiveRemnant(body: RemnantReceiptDto): Promise<MoveAnswer & { remnant: { code: string } }> {
    // a retry answers as the first receipt before anything is made (an item of sizes the first did not use)
    const first = await this.ledger.replay(body.scanId);
    if (first) return { ...first, remnant: { code: first.move.item } };
    const parent = await this.masterData.item(body.material, 'material');
    // before the remnant's item is made: a refused receipt leaves nothing behind
    await this.requireReferences({ splitRun: body.splitRun });
    if (parent.kind === 'remnant')
      throw new ValidationFailedError([
        { field: 'material', message: 'is itself a remnant; name the source material / 请填写原材料而非余料' },
      ]);
    const material = await this.requireRemnantShape(parent, body);
    // the request's field: the receipt below would name it `to`
    await this.masterData.location(body.location, 'location');
    const tooLarge = remnantSizeProblems(body, {
      length: parent.length,
      width: parent.width,
      sheet: parent.unit === 'sheet',
    });
    if (tooLarge.length > 0)
      throw new DomainError(
        REMNANT_ERRORS['remnant.larger_than_stock'],
        `a remnant of ${parent.code} is no larger than its stock / 余料不能大于原料规格`,
        { material: parent.code, length: body.length, width: body.width ?? null },
        tooLarge,
      );
    // a fixed profile's width is its section's, not a size of the offcut: one item whether it was entered or not
    const size =
      material.profileWidth !== null
        ? normaliseRemnant(Math.max(body.length, body.width ?? 0))
        : normaliseRemnant(body.length, body.width);
    const code = remnantCode(parent.code, size);
    const items = this.scope.repository(Item);
    let remnant =
      (await items.findOneBy({ code })) ??
      (await items.findOneBy({ code: enteredRemnantCode(parent.code, body.length, body.width) }));
    if (!remnant) {
      await this.createRemnantItem(parent, code, size, material).catch(async (error: unknown) => {
        // another scanner created it meanwhile: use theirs
        if (!(await items.findOneBy({ code }))) throw error;
      });
      remnant = await items.getBy({ code }, 'item', code, 'material');
    }
    const answer = await this.move({
      scanId: body.scanId,
      type: 'receipt',
      item: remnant.id,
      quantity: body.quantity ?? 1,
      to: body.location,
      reference: body.splitRun ? `split-run:${body.splitRun}` : 'remnant',
      splitRun: body.splitRun,
      device: body.device,
    });
    return { ...answer, remnant: { code: remnant.code } };
  }

  /**
   * Remnants in stock (of one material, or all), longest first: on hand at pickable locations, what split runs hold
   * of them (reserved until issued for the run) and what is left for the next split; `stock` is the available part
   * as stock entries a cutting request takes first.
   */
  async remnants(material?: string): Promise<{
    remnants: {
      item: string;
      material: string;
      length: number;
      width: number | null;
      quantity: number;
      reserved: number;
      available: number;
    }[];
    stock: { length: number; width?: number; quantity: number; cost: number }[];
  }> {
    const parent = material === undefined ? null : await this.masterData.item(material, 'material');
    const rows = await this.reservations.stock(parent ? [parent.code] : null, []);
    const remnants = rows.map((r) => ({
      item: r.item,
      material: r.material,
      length: parseQuantity(r.length ?? '0'),
      width: r.width === null ? null : parseQuantity(r.width),
      quantity: parseQuantity(r.on_hand),
      reserved: parseQuantity(r.reserved),
      available: parseQuantity(r.available),
    }));
    // cost 0: stock already paid for, so the optimiser uses it before new bars or sheets
    const stock = remnants
      .filter((r) => r.available > 0)
      .map((r) => ({ length: r.length, ...(r.width ? { width: r.width } : {}), quantity: r.available, cost: 0 }));
    return { remnants, stock };
  }

  /**
   * Sizes a remnant of the material cannot have are refused (422): the material's cut (the cutting's definition of
   * it, or the item's kind when it has none) decides which. Answers how the material is cut.
   */
  private async requireRemnantShape(
    parent: Item,
    body: { length: number; width?: number | null },
  ): Promise<RemnantMaterial> {
    const definition = await this.materials.get(parent.code).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    const material = remnantMaterialOf(definition, parent);
    const problems = remnantShapeProblems(body, material);
    if (problems.length === 0) return material;
    const fields = problems.map(({ field, message }) => ({ field, message }));
    if (problems[0].kind === 'not_cut')
      throw new DomainError(
        REMNANT_ERRORS['remnant.not_cut'],
        `${parent.code} is not cut: it leaves no remnants / 该物料不下料，没有余料`,
        { material: parent.code },
        fields,
      );
    if (problems[0].kind === 'below_minimum')
      throw new DomainError(
        REMNANT_ERRORS['remnant.below_minimum'],
        `an offcut of ${parent.code} below ${material.minRemnant} mm is waste, not a remnant / 小于最小余料尺寸，属废料`,
        { material: parent.code, minRemnant: material.minRemnant, length: body.length, width: body.width ?? null },
        fields,
      );
    throw new DomainError(
      REMNANT_ERRORS['remnant.impossible_size'],
      `a remnant of ${parent.code} cannot have these sizes / 该物料的余料不可能是此尺寸`,
      { material: parent.code, length: body.length, width: body.width ?? null },
      fields,
    );
  }

  private async createRemnantItem(
    parent: Item,
    code: string,
    size: RemnantSize,
    material: RemnantMaterial,
  ): Promise<void> {
    // its share of the stock it was cut from: a strip's width counts only when the board's width is known
    const lengthShare = parent.length ? size.length / parent.length : 0;
    const widthShare = size.width !== null && parent.width ? size.width / parent.width : 1;
    const share = lengthShare * widthShare;
    const sides = `${size.width !== null ? `${size.width}×` : ''}${size.length}`;
    await this.masterData.createItem(
      {
        code,
        nameZh: `${parent.nameZh} 余料 ${sides}`,
        nameEn: `${parent.nameEn} remnant ${sides}`,
        kind: 'remnant',
        unit: 'piece',
        length: size.length,
        // a bar's offcut without a width is full width: a fixed profile's section, a ripped board's whole (none)
        width: size.width ?? material.profileWidth ?? undefined,
        thickness: parent.thickness ?? undefined,
        standardCost: Math.round(parent.standardCost * Math.min(1, share) * 10_000) / 10_000,
      },
      { parentItemId: parent.id },
    );
  }
}
