import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PAGE_SIZE,
  DomainError,
  FactoryScope,
  NotFoundError,
  type Page,
  TenancyContext,
} from '@mendao/platform';
import { SplitRunsService } from '@mendao/splitting';
import { planPickList, type Requirement } from './domain/pick-list';
import { materialNeeds, pickQuantity, type UnlistedMaterial } from './domain/pick-list-units';
import { type PickListRefusalCode, type PickListStatus, pickListIssue, pickListStatus } from './domain/pick-list-state';
import type { Refusal } from './domain/refusal';
import { fromMilli, toMilli } from './domain/quantity';
import type { PickListQuery } from './dto/stock.dto';
import { newestFirstAfter, newestFirstPage } from './newest-first-page';
import { type PickListListRow, PickListsRepository } from './pick-lists.repository';
import { type LedgerEntry, type MoveAnswer, refuseFraction, StockLedger } from './stock-ledger';
import { Item } from './warehouse.entities';
export type { UnlistedMaterial } from './domain/pick-list-units';
import { refused, WAREHOUSE_ERRORS } from './warehouse.errors';
import { runRemnantLines } from './run-remnant-lines';

export interface PickListView {
  id: string;
  splitRunId: string;
  createdBy: string | null;
  createdAt: Date;
  /** open while any line has something left to pick; complete when every line is picked. */
  status: PickListStatus;
  lines: {
    seq: number;
    item: string;
    itemName: string;
    itemNameEn: string;
    unit: string;
    /** null on a shortage line: picked from wherever the stock arrives. */
    location: string | null;
    lot: string;
    /** What the run needs from this line (on a shortage line, what was short when the list was made). */
    quantity: number;
    picked: number;
    remaining: number;
    shortage: number;
    /** Issued beyond the line's quantity, each time with a reason (see the ledger's overIssueReason). */
    overPicked: number;
  }[];
  /** Materials of the run that no warehouse item carries (add an item with the material's code). */
  unmatched: string[];
  /** Materials the list does not carry, and why: no item of the code, or a unit the need cannot be converted to. */
  unlisted: UnlistedMaterial[];
  complete: boolean;
}

export type PickListSummary = Omit<PickListListRow, 'at'> & { status: PickListStatus };

/** Locations a picker takes stock from; production, packing, shipping and scrap stock is not pickable. */
export const PICKABLE = ['storage', 'receiving'];

/** Attempts at an issue whose lines another issue changed between reading and recording them. */
const ISSUE_ATTEMPTS = 4;

/**
 * Pick lists (拣货单) for a split run: its material requirements (bars and sheets the cutting plans
 * use, pieces of what is not cut) against the current balances, one line per location in walking
 * order, shortages flagged. Issues that name the pick list count against it, as the pick-list state
 * machine (domain/pick-list-state.ts) allows.
 */
@Injectable()
export class PickListsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly tenancy: TenancyContext,
    private readonly splitRuns: SplitRunsService,
    private readonly pickLists: PickListsRepository,
    private readonly ledger: StockLedger,
  ) {}

  async create(splitRunId: string): Promise<PickListView> {
    await this.splitRuns.requireRun(splitRunId, 'splitRun');
    const run = await this.splitRuns.get(splitRunId);
    // before it has succeeded a run has no materials: its list would have no lines, and be complete
    if (run.status !== 'succeeded')
      throw new DomainError(
        WAREHOUSE_ERRORS['pick_list.run_not_succeeded'],
        `split run ${run.id} is ${run.status}: a pick list needs a succeeded run / 拆单任务未成功完成`,
        { splitRun: run.id, status: run.status },
        [{ field: 'splitRun', message: `is ${run.status}, not succeeded` }],
      );
    // one list per run: "never beyond what the run needs" holds per list, so a second list would issue it twice
    const existing = await this.pickLists.findForRun(run.id);
    if (existing) throw alreadyListed(run.id, existing);
    // what the run needs, in each item's own unit; materials the stores cannot carry are kept with the list
    const { requirements, unlisted } = await this.requirementsOf(run.id);
    // the remnant pieces (余料) the run's plan cut from, held for it: picked as their own items
    requirements.push(...(await runRemnantLines(this.scope, run.id)));
    const stock = await this.pickLists.pickableStock(
      requirements.map((r) => r.itemId),
      PICKABLE,
    );
    const lines = planPickList(requirements, stock);
    const id = await this.scope.transaction(async (manager) => {
      const made = await this.pickLists.findForRun(run.id, manager);
      if (made) throw alreadyListed(run.id, made);
      return this.pickLists.insert(
        manager,
        { splitRunId: run.id, createdBy: this.tenancy.actor()?.username ?? null, unlisted },
        lines,
      );
    });
    return this.get(id);
  }

  /**
   * A succeeded run's material requirements in its items' units (pickQuantity: bars and sheets whole, uncut
   * material in its unit or converted through the item's size, whole units rounded up), and the materials
   * no item carries (`no_item`) or whose unit the item's cannot express (`unit_mismatch`).
   */
  async requirementsOf(splitRunId: string): Promise<{ requirements: Requirement[]; unlisted: UnlistedMaterial[] }> {
    const needs = materialNeeds(await this.splitRuns.materials(splitRunId), await this.splitRuns.cutPlans(splitRunId));
    const codes = needs.map((n) => n.material);
    const items = codes.length
      ? await this.scope.repository(Item).query('i').andWhere('i.code IN (:...codes)', { codes }).getMany()
      : [];
    const itemByCode = new Map(items.map((i) => [i.code, i]));
    const requirements: Requirement[] = [];
    const unlisted: UnlistedMaterial[] = [];
    for (const need of needs) {
      const item = itemByCode.get(need.material);
      const base = { material: need.material, unit: need.unit, quantity: need.quantity };
      if (!item) {
        unlisted.push({
          ...base,
          reason: 'no_item',
          itemUnit: null,
          message: 'no item has this code / 无此编码的物料',
        });
        continue;
      }
      const converted = pickQuantity(need, item);
      if (converted.ok) requirements.push({ itemId: item.id, quantity: converted.quantity });
      else unlisted.push({ ...base, reason: converted.reason, itemUnit: item.unit, message: converted.message });
    }
    return { requirements: requirements.filter((r) => r.quantity > 0), unlisted };
  }

  /** The factory's pick lists, newest first, with how far picking has got. */
  async list(query: PickListQuery): Promise<Page<PickListSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.pickLists.page(
      { splitRunId: query.splitRun, status: query.status, after: newestFirstAfter(query.cursor) },
      limit + 1,
    );
    const page = newestFirstPage(rows, limit);
    return {
      items: page.items.map((r) => ({ ...r, status: r.linesPicked === r.lines ? 'complete' : 'open' })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The split run an issue against the list is for: the list's own. Another run named with it is refused (422 on
   * splitRun): the issue would count on one run's list and consume another's remnants.
   */
  async issuingRun(pickListId: string, splitRunId?: string): Promise<string> {
    const list = await this.pickLists.find(pickListId);
    if (!list) throw new NotFoundError('pick list', pickListId, 'pickList');
    if (splitRunId !== undefined && splitRunId.toLowerCase() !== list.splitRunId)
      throw new DomainError(
        WAREHOUSE_ERRORS['pick_list.other_run'],
        `pick list ${pickListId} is for split run ${list.splitRunId}, not ${splitRunId} / 拣货单属于另一个拆单任务`,
        { pickList: pickListId, splitRun: splitRunId, listSplitRun: list.splitRunId },
        [{ field: 'splitRun', message: `is not the pick list's split run ${list.splitRunId}` }],
      );
    return list.splitRunId;
  }

  /** A pick list of the caller's factory, or 404 on `field`. */
  async requireList(id: string, field: string): Promise<void> {
    if (!(await this.pickLists.find(id))) throw new NotFoundError('pick list', id, field);
  }

  async get(id: string): Promise<PickListView> {
    const list = await this.pickLists.find(id);
    if (!list) throw new NotFoundError('pick list', id);
    const lines = (await this.pickLists.lines(id)).map((line) => ({
      ...line,
      remaining: fromMilli(Math.max(0, toMilli(line.quantity) - toMilli(line.picked))),
    }));
    const status = pickListStatus(lines);
    const unlisted = list.unlisted;
    const unmatched = unlisted.filter((u) => u.reason === 'no_item').map((u) => u.material);
    return { ...list, status, lines, unmatched, unlisted, complete: status === 'complete' };
  }

  /**
   * An issue against a pick list: the state machine says which lines it counts on (or why not), and the
   * ledger records the move and the lines in one statement, which refuses if a line changed meanwhile
   * (then it is decided again). A scanId seen before answers as it did the first time.
   */
  async issue(given: LedgerEntry & { pickListId: string }): Promise<MoveAnswer> {
    const first = await this.ledger.replay(given.scanId);
    if (first) return first;
    // the move records the list's run, so what the run holds (its remnants) is consumed by what is picked for it
    const entry = { ...given, splitRunId: await this.issuingRun(given.pickListId, given.splitRunId) };
    // a fraction of a sheet is wrong whatever the list still needs: said first (422), not as beyond the need
    refuseFraction(entry);
    for (let attempt = 1; ; attempt += 1) {
      const lines = await this.pickLists.lineStates(entry.pickListId);
      if (!lines) throw new NotFoundError('pick list', entry.pickListId, 'pickList');
      const decision = pickListIssue(lines, {
        itemId: entry.item.id,
        locationId: entry.from?.id ?? '',
        lot: entry.lot,
        quantity: entry.quantity,
        overIssueReason: entry.overIssueReason,
      });
      if (!decision.ok) throw issueRefused(decision.refusal, entry);
      // a reason is recorded only with what it explains: an issue within the need is no over-issue
      const over = decision.overIssued
        ? { overIssueReason: entry.overIssueReason?.trim(), overIssued: decision.overIssued }
        : { overIssueReason: undefined, overIssued: undefined };
      try {
        return await this.ledger.record({ ...entry, ...over, pickAllocations: decision.allocations });
      } catch (error) {
        const raced = error instanceof DomainError && error.code === 'resource.concurrent_change';
        if (!raced || attempt >= ISSUE_ATTEMPTS) throw error;
      }
    }
  }
}

function alreadyListed(splitRun: string, pickList: string): DomainError {
  return new DomainError(
    WAREHOUSE_ERRORS['pick_list.already_exists'],
    `split run ${splitRun} already has pick list ${pickList} / 该拆单任务已有拣货单`,
    { splitRun, pickList },
    [{ field: 'splitRun', message: `already has pick list ${pickList}` }],
  );
}

/** A refused issue with what the picker needs to know: which rule, and the field to change. */
function issueRefused(refusal: Refusal<PickListRefusalCode>, entry: LedgerEntry): DomainError {
  const facts = { pickList: entry.pickListId, item: entry.item.code };
  switch (refusal.code) {
    case 'pick_list.item_not_listed':
      return refused(
        refusal,
        `${entry.item.code} is not on pick list ${entry.pickListId} / 拣货单上没有该物料`,
        facts,
        [{ field: 'pickList', message: `has no line for ${entry.item.code}` }],
      );
    case 'pick_list.beyond_need':
      return refused(
        refusal,
        `the run needs only ${String(refusal.params.remaining)} more ${entry.item.code}; give overIssueReason to take more / 超出拣货单剩余需求，如需超领请填写原因`,
        facts,
        [{ field: 'quantity', message: `exceeds the ${String(refusal.params.remaining)} still needed` }],
      );
    case 'pick_list.over_issue_reason':
      return refused(refusal, 'say why in 2 to 200 characters / 超领原因需 2 至 200 个字符', facts, [
        { field: 'overIssueReason', message: 'must be 2 to 200 characters' },
      ]);
    case 'pick_list.complete':
      return refused(refusal, `pick list ${entry.pickListId} is complete / 拣货单已拣完`, facts, [
        { field: 'pickList', message: 'is complete' },
      ]);
  }
}
