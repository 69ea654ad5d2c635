import { Injectable } from '@nestjs/common';
import { textCells } from '@mendao/platform';
import { OrdersService } from '@mendao/splitting';
import ExcelJS from 'exceljs';
import type { UnlistedMaterial } from './domain/pick-list-units';
import { type PurchaseSuggestion, purchaseSuggestions } from './domain/purchase-suggestion';
import { fromMilli, toMilli } from './domain/quantity';
import { PICKABLE, PickListsService } from './pick-lists.service';
import { PickListsRepository } from './pick-lists.repository';
import { PurchasingRepository } from './purchasing.repository';

export interface PurchaseSuggestionsView {
  items: PurchaseSuggestion[];
  /** The runs whose demand is counted: with their orders, and whether a pick list says what is left. */
  openRuns: { splitRunId: string; orders: string[]; pickList: boolean }[];
  /** Materials of those runs not counted: no item of their code, or a unit the item's cannot express. */
  unlisted: (UnlistedMaterial & { splitRunId: string })[];
}

/**
 * Purchase suggestions (采购建议). Demand is what the open split runs still need: a run is open while it is
 * the last split of an order that is split or in production (OrdersService.openSplitRuns); a run with a pick
 * list needs what its lines have left to pick, a run without one its whole requirement (as its pick list
 * would carry it, in the items' units). Available is the pickable stock. Remnants are not bought.
 */
@Injectable()
export class PurchasingService {
  constructor(
    private readonly orders: OrdersService,
    private readonly pickLists: PickListsService,
    private readonly pickListRows: PickListsRepository,
    private readonly purchasing: PurchasingRepository,
  ) {}

  async suggestions(): Promise<PurchaseSuggestionsView> {
    const runs = await this.orders.openSplitRuns();
    const {
      listed,
      remaining,
      unlisted: notOnLists,
    } = await this.pickListRows.remainingOfRuns(runs.map((r) => r.splitRunId));
    const demand = new Map<string, number>();
    const add = (itemId: string, quantity: number) =>
      demand.set(itemId, fromMilli(toMilli(demand.get(itemId) ?? 0) + toMilli(quantity)));
    for (const r of remaining) add(r.itemId, r.quantity);
    const unlisted: PurchaseSuggestionsView['unlisted'] = [...notOnLists];
    for (const run of runs.filter((r) => !listed.has(r.splitRunId))) {
      const needs = await this.pickLists.requirementsOf(run.splitRunId);
      for (const r of needs.requirements) add(r.itemId, r.quantity);
      unlisted.push(...needs.unlisted.map((u) => ({ ...u, splitRunId: run.splitRunId })));
    }
    const [items, available] = await Promise.all([
      this.purchasing.purchasableItems(),
      this.purchasing.available(PICKABLE),
    ]);
    return {
      items: purchaseSuggestions(items, demand, available),
      openRuns: runs.map((r) => ({ splitRunId: r.splitRunId, orders: r.orderNos, pickList: listed.has(r.splitRunId) })),
      unlisted,
    };
  }

  /** The same suggestions as a workbook: one row an item, the numbers exactly as the JSON has them. */
  async suggestionsXlsx(): Promise<Buffer> {
    const { items } = await this.suggestions();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('采购建议 purchase', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = SUGGESTION_COLUMNS.map((c) => ({ ...c }));
    // item names and units are typed by people: shown as text, never run as a formula
    for (const s of items) sheet.addRow(textCells({ ...s, purchaseUnit: s.purchaseUnit ?? s.unit }));
    sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

/** The workbook's columns, keyed by the JSON's field names (a reader maps one to the other). */
export const SUGGESTION_COLUMNS = [
  { header: '物料编码 item', key: 'item', width: 16 },
  { header: '名称 name', key: 'name', width: 20 },
  { header: 'name (en)', key: 'nameEn', width: 20 },
  { header: '单位 unit', key: 'unit', width: 8 },
  { header: '需求 demand', key: 'demand', width: 12 },
  { header: '可用库存 available', key: 'available', width: 14 },
  { header: '再订货点 reorder point', key: 'reorderPoint', width: 14 },
  { header: '缺口 shortfall', key: 'shortfall', width: 12 },
  { header: '采购单位 purchase unit', key: 'purchaseUnit', width: 12 },
  { header: '每单位数量 per purchase unit', key: 'purchaseUnitSize', width: 14 },
  { header: '建议采购 to buy', key: 'toBuy', width: 12 },
  { header: '折合数量 quantity', key: 'toBuyQuantity', width: 12 },
] as const;
