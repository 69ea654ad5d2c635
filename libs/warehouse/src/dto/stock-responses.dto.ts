import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@mendao/platform';
import { PICK_LIST_STATUSES, type PickListStatus } from '../domain/pick-list-state';
import { MOVE_TYPES, type MoveType } from '../domain/stock-move-rules';
import { COUNT_STATUSES, type CountStatus, type Unit, UNITS } from '../warehouse.entities';

const NO_LOT = 'the empty string when the item is not lot-tracked';

export class StockMoveViewDto {
  @ApiProperty({ format: 'uuid', example: '92131344-01ed-40ed-b3aa-f7bb260110d2' }) id: string;
  @ApiProperty({ format: 'uuid', example: 'f8115a1c-d9db-4ea5-b8ff-f73173ee4331' }) scanId: string;
  @ApiProperty({ enum: MOVE_TYPES, enumName: 'MoveType', example: 'issue' }) type: MoveType;
  @ApiProperty({ description: 'item code', example: 'HDF-8' }) item: string;
  @ApiProperty({ description: 'always positive; the type says which way it went', example: 12 }) quantity: number;
  @ApiProperty({ type: String, nullable: true, description: 'location code', example: 'A-02' }) from: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'location code', example: null }) to: string | null;
  @ApiProperty({ description: NO_LOT, example: '' }) lot: string;
  @ApiProperty({ type: String, nullable: true, example: null }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SO-2026-0001' }) reference: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '437df9ff-ba79-4a5e-beed-42524544dd41' })
  splitRunId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) workOrderId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) pickListId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) countId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'warehouse' }) username: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RF-03' }) device: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'an issue that took more than its pick list still needed: why (null otherwise)',
    example: null,
  })
  overIssueReason: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'how much of the quantity was beyond the pick list’s need (null: none)',
    example: null,
  })
  overIssued: number | null;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-29T09:11:40.235Z' }) createdAt: string;
}

export const StockMoveViewPageDto = PageOf(StockMoveViewDto);

export class BalanceAfterDto {
  @ApiProperty({ description: 'location code', example: 'A-02' }) location: string;
  @ApiProperty({ description: NO_LOT, example: '' }) lot: string;
  @ApiProperty({ description: 'on hand after the move', example: 88 }) quantity: number;
}

/** 201 for a scan recorded now, 200 (replayed: true) for the same scanId again. */
export class MoveAnswerDto {
  @ApiProperty({ type: StockMoveViewDto }) move: StockMoveViewDto;
  @ApiProperty({ type: [BalanceAfterDto], description: 'the balances the move changed, after it' })
  balances: BalanceAfterDto[];
  @ApiProperty({ description: 'true when this scanId was recorded before: nothing changed now', example: false })
  replayed: boolean;
}

export class RemnantCodeDto {
  @ApiProperty({ description: 'the remnant item, made on first receipt', example: 'HDF-8-R600x1200' }) code: string;
}

export class RemnantAnswerDto extends MoveAnswerDto {
  @ApiProperty({ type: RemnantCodeDto }) remnant: RemnantCodeDto;
}

export class BalanceDto {
  @ApiProperty({ example: 'HDF-8' }) item: string;
  @ApiProperty({ example: '高密度板 8厘' }) itemName: string;
  @ApiProperty({ example: 'HDF skin board 8 mm' }) itemNameEn: string;
  @ApiProperty({ enum: UNITS, enumName: 'Unit', example: 'sheet' }) unit: Unit;
  @ApiProperty({ example: 'A-02' }) location: string;
  @ApiProperty({ example: '板材库 A-02' }) locationName: string;
  @ApiProperty({ example: 'Board store A-02' }) locationNameEn: string;
  @ApiProperty({ description: NO_LOT, example: '' }) lot: string;
  @ApiProperty({ example: 83 }) quantity: number;
}

export class ItemTotalDto {
  @ApiProperty({ example: 'HDF-8' }) item: string;
  @ApiProperty({ example: 108 }) quantity: number;
}

export class BalancePageDto {
  @ApiProperty({ type: [BalanceDto] }) items: BalanceDto[];
  @ApiProperty({ type: String, nullable: true, example: null }) nextCursor: string | null;
  @ApiProperty({ type: [ItemTotalDto], description: 'per item over every matching balance (all pages)' })
  totals: ItemTotalDto[];
}

export class ItemValueDto {
  @ApiProperty({ example: 'HDF-8' }) item: string;
  @ApiProperty({ example: 108 }) quantity: number;
  @ApiProperty({ description: 'yuan per unit', example: 65 }) standardCost: number;
  @ApiProperty({ description: 'yuan', example: 7020 }) value: number;
}

export class StockValueDto {
  @ApiProperty({ type: [ItemValueDto] }) items: ItemValueDto[];
  @ApiProperty({ description: 'yuan, rounded to fen', example: 31022 }) total: number;
}

export class RemnantStockDto {
  @ApiProperty({ description: 'remnant item code', example: 'JAMB-BOARD-R1180' }) item: string;
  @ApiProperty({ description: 'the material it was cut from', example: 'JAMB-BOARD' }) material: string;
  @ApiProperty({ description: 'mm (the longer side)', example: 1180 }) length: number;
  @ApiProperty({ type: Number, nullable: true, description: 'mm; null for linear stock', example: null })
  width: number | null;
  @ApiProperty({ description: 'on hand at pickable locations', example: 2 }) quantity: number;
  @ApiProperty({ description: 'held by split runs whose plans cut from it, until issued for them', example: 1 })
  reserved: number;
  @ApiProperty({ description: 'what the next split may use', example: 1 }) available: number;
}

export class RemnantCuttingStockDto {
  @ApiProperty({ description: 'mm', example: 1180 }) length: number;
  @ApiProperty({ required: false, description: 'mm; sheets only', example: 600 }) width?: number;
  @ApiProperty({ example: 1 }) quantity: number;
  @ApiProperty({ example: 0 }) cost: number;
}

export class RemnantsDto {
  @ApiProperty({ type: [RemnantStockDto] }) remnants: RemnantStockDto[];
  @ApiProperty({
    type: [RemnantCuttingStockDto],
    description:
      'the available remnants as cutting stock at cost 0: for linear material, `stock` entries of POST /cutting/linear',
  })
  stock: RemnantCuttingStockDto[];
}

export class CountedDto {
  @ApiProperty({ example: 'A-02' }) location: string;
  @ApiProperty({ example: 'HDF-8' }) item: string;
  @ApiProperty({ description: NO_LOT, example: '' }) lot: string;
  @ApiProperty({ example: 80 }) quantity: number;
}

export class CountReportLineDto {
  @ApiProperty({ example: 'A-02' }) location: string;
  @ApiProperty({ example: 'HDF-8' }) item: string;
  @ApiProperty({ description: NO_LOT, example: '' }) lot: string;
  @ApiProperty({ description: 'on the books when closed', example: 83 }) expected: number;
  @ApiProperty({ example: 80 }) counted: number;
  @ApiProperty({ description: 'counted − expected: positive 盘盈, negative 盘亏', example: -3 }) difference: number;
  @ApiProperty({ description: 'difference × standard cost, yuan', example: -195 }) value: number;
}

export class CountTotalsDto {
  @ApiProperty({ example: 0 }) gain: number;
  @ApiProperty({ example: 3 }) loss: number;
  @ApiProperty({ example: -3 }) net: number;
  @ApiProperty({ description: 'yuan', example: -195 }) value: number;
}

export class CountReportDto {
  @ApiProperty({ type: [CountReportLineDto] }) lines: CountReportLineDto[];
  @ApiProperty({ type: CountTotalsDto }) totals: CountTotalsDto;
  @ApiProperty({ description: 'adjustment moves the close made', example: 1 }) adjustments: number;
}

export class CountDto {
  @ApiProperty({ format: 'uuid', example: '15440f25-9a36-4ba5-88f9-4e85d4f20798' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: one item counted everywhere', example: 'A-02' })
  location: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: every item of the location', example: null })
  item: string | null;
  @ApiProperty({ enum: COUNT_STATUSES, enumName: 'CountStatus', example: 'open' }) status: CountStatus;
  @ApiProperty({ type: String, nullable: true, example: 'warehouse' }) openedBy: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) closedBy: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:11:47.898Z' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) closedAt: Date | null;
  @ApiProperty({ type: [CountedDto], description: 'what was scanned so far (never the books while open)' })
  counted: CountedDto[];
  @ApiProperty({ type: CountReportDto, nullable: true, description: 'set when closed' })
  report: CountReportDto | null;
}

/** A count in a list: who opened and closed it, and what its close found (never the books while open). */
export class CountSummaryDto {
  @ApiProperty({ format: 'uuid', example: '15440f25-9a36-4ba5-88f9-4e85d4f20798' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: one item counted everywhere', example: 'A-02' })
  location: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: every item of the location', example: null })
  item: string | null;
  @ApiProperty({ enum: COUNT_STATUSES, enumName: 'CountStatus', example: 'open' }) status: CountStatus;
  @ApiProperty({ type: String, nullable: true, example: 'warehouse' }) openedBy: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) closedBy: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:11:47.898Z' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: null }) closedAt: string | null;
  @ApiProperty({ description: 'scans recorded so far', example: 12 }) scans: number;
  @ApiProperty({ type: CountTotalsDto, nullable: true, description: 'the report’s totals, once closed' })
  totals: CountTotalsDto | null;
}

export const CountSummaryPageDto = PageOf(CountSummaryDto);

export class CountScanAnswerDto {
  @ApiProperty({ example: false }) replayed: boolean;
  @ApiProperty({ type: CountedDto, description: 'the total counted so far for this item and lot here' })
  counted: CountedDto;
}

export class PickLineDto {
  @ApiProperty({ example: 1 }) seq: number;
  @ApiProperty({ example: 'HDF-8' }) item: string;
  @ApiProperty({ example: '高密度板 8厘' }) itemName: string;
  @ApiProperty({ example: 'HDF skin board 8 mm' }) itemNameEn: string;
  @ApiProperty({ enum: UNITS, enumName: 'Unit', example: 'sheet' }) unit: Unit;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null on a shortage line: picked from wherever the stock arrives',
    example: 'A-02',
  })
  location: string | null;
  @ApiProperty({ description: NO_LOT, example: '' }) lot: string;
  @ApiProperty({
    description: 'what the run needs from this line (on a shortage line: what was short when the list was made)',
    example: 27,
  })
  quantity: number;
  @ApiProperty({ example: 0 }) picked: number;
  @ApiProperty({ example: 27 }) remaining: number;
  @ApiProperty({ description: 'what no location holds', example: 0 }) shortage: number;
  @ApiProperty({ description: 'issued beyond the line’s quantity, each time with a reason', example: 0 })
  overPicked: number;
}

export class PickListDto {
  @ApiProperty({ format: 'uuid', example: 'ef4f2c05-7540-498b-8840-cce07f3c4d20' }) id: string;
  @ApiProperty({ format: 'uuid', example: '437df9ff-ba79-4a5e-beed-42524544dd41' }) splitRunId: string;
  @ApiProperty({ type: String, nullable: true, example: 'planner' }) createdBy: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:11:50.988Z' }) createdAt: Date;
  @ApiProperty({
    enum: PICK_LIST_STATUSES,
    enumName: 'PickListStatus',
    description: 'open while any line has something left to pick; complete when every line is picked',
    example: 'open',
  })
  status: PickListStatus;
  @ApiProperty({ type: [PickLineDto], description: 'in walking order; shortage lines last' }) lines: PickLineDto[];
  @ApiProperty({
    type: [String],
    description: 'materials of the run that no warehouse item carries (add an item with the material code)',
    example: ['VENEER-CHERRY'],
  })
  unmatched: string[];
  @ApiProperty({
    type: () => [UnlistedMaterialDto],
    description: 'materials the list does not carry, and why (no item of the code, or a unit that does not convert)',
  })
  unlisted: UnlistedMaterialDto[];
  @ApiProperty({ description: 'every line picked', example: false }) complete: boolean;
}

/** A pick list in a list: its run, and how far picking has got. */
export class PickListSummaryDto {
  @ApiProperty({ format: 'uuid', example: 'ef4f2c05-7540-498b-8840-cce07f3c4d20' }) id: string;
  @ApiProperty({ format: 'uuid', example: '437df9ff-ba79-4a5e-beed-42524544dd41' }) splitRunId: string;
  @ApiProperty({ type: String, nullable: true, example: 'planner' }) createdBy: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:11:50.988Z' }) createdAt: string;
  @ApiProperty({ enum: PICK_LIST_STATUSES, enumName: 'PickListStatus', example: 'open' }) status: PickListStatus;
  @ApiProperty({ example: 6 }) lines: number;
  @ApiProperty({ description: 'lines with nothing left to pick', example: 2 }) linesPicked: number;
  @ApiProperty({ description: 'lines no location could fill when the list was made', example: 1 })
  shortageLines: number;
}

export const PickListSummaryPageDto = PageOf(PickListSummaryDto);

/** A material of the run a pick list does not carry: it is picked by hand, or its item is fixed first. */
export class UnlistedMaterialDto {
  @ApiProperty({ example: 'EDGE-PVC-22' }) material: string;
  @ApiProperty({ description: 'the material’s unit (m, m2, pcs, set, kg, l)', example: 'm' }) unit: string;
  @ApiProperty({ description: 'what the run needs, in the material’s unit', example: 128.93 }) quantity: number;
  @ApiProperty({ enum: ['no_item', 'unit_mismatch'], example: 'unit_mismatch' }) reason: 'no_item' | 'unit_mismatch';
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the item’s unit, when there is an item',
    example: 'piece',
  })
  itemUnit: string | null;
  @ApiProperty({ example: 'EDGE-PVC-22 is needed in m; its item counts piece and has no size to convert' })
  message: string;
}

export class RunRemnantDto {
  @ApiProperty({ example: 'RM-1A2B3C4D-1', description: 'RM-<run id prefix>-<k>, k in plan order' }) label: string;
  @ApiProperty({ example: 'HDF-8' }) material: string;
  @ApiProperty({ description: 'mm, whole, the longer side', example: 1210 }) length: number;
  @ApiProperty({ type: Number, nullable: true, description: 'mm; null for a bar', example: 440 }) width: number | null;
  @ApiProperty({ description: 'the cut plan (n) leaving it', example: 3 }) plan: number;
  @ApiProperty({ description: 'its bar or sheet in the plan, 1-based', example: 2 }) layout: number;
  @ApiProperty({ description: 'the remnant item it is received into', example: 'HDF-8-R440x1210' }) item: string;
  @ApiProperty() received: boolean;
}

export class RunRemnantsDto {
  @ApiProperty({ format: 'uuid' }) splitRun: string;
  @ApiProperty({ example: 'succeeded' }) status: string;
  @ApiProperty({ type: [RunRemnantDto], description: 'empty until the run has succeeded' }) remnants: RunRemnantDto[];
}

export class RunRemnantsReceivedDto extends RunRemnantsDto {
  @ApiProperty({ description: 'received by this call (the others were before)', example: 4 }) receivedNow: number;
}

export class RemnantLabelAnswerDto extends RemnantAnswerDto {
  @ApiProperty({ example: 'RM-1A2B3C4D-1' }) label: string;
}
