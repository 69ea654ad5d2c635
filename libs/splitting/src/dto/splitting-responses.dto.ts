import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { PageOf } from '@mendao/platform';
import {
  CUT_KINDS,
  type CutKind,
  DOOR_TYPES,
  type DoorType,
  GRAINS,
  type Grain,
  FEATURE_KINDS,
  type FeatureKind,
  LEAF_ASSIGNMENTS,
  type LeafAssignment,
  PACKAGE_GROUPS,
  type PackageGroup,
  type ProcessCode,
} from '../domain/product';
import { HANDINGS, type HandingCode } from '../domain/handing';
import { LINEAR_PROFILES, type LinearProfile, MATERIAL_UNITS, type MaterialUnit } from '../domain/material';
import { ORDER_STATUSES, type OrderStatus, SPLIT_RUN_STATUSES, type SplitRunStatus } from '../splitting.entities';
import { LinearPlanDto, SheetPlanDto } from './cut-plan.dto';
import {
  ComponentRuleDto,
  DerivedVariableDto,
  EdgeBandingDto,
  EndCutsDto,
  LookupTableDto,
  ProductInputDto,
  RangeDto,
} from './product.dto';

export class ProductDto {
  @ApiProperty({ example: 'PD-LVL01' }) code: string;
  @ApiProperty({ description: 'each PUT adds one; order lines keep the version they were entered with', example: 2 })
  version: number;
  @ApiProperty({ example: '平板门系列' }) nameZh: string;
  @ApiProperty({ example: 'Flush door series' }) nameEn: string;
  @ApiProperty({ enum: DOOR_TYPES, enumName: 'DoorType', example: 'single' }) doorType: DoorType;
  @ApiProperty({ type: RangeDto }) widthRange: RangeDto;
  @ApiProperty({ type: RangeDto }) heightRange: RangeDto;
  @ApiProperty({ type: RangeDto }) wallThicknessRange: RangeDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'named numbers the formulas use (mm)',
    example: { jambT: 25, leafT: 40, gapSide: 3, stileW: 120 },
  })
  parameters: Record<string, number>;
  @ApiProperty({ type: [ProductInputDto] }) inputs: ProductInputDto[];
  @ApiProperty({ type: [DerivedVariableDto] }) derived: DerivedVariableDto[];
  @ApiProperty({ type: [LookupTableDto] }) tables: LookupTableDto[];
  @ApiProperty({ type: [ComponentRuleDto] }) components: ComponentRuleDto[];
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
}

export class StoredStockSizeDto {
  @ApiProperty({ description: 'mm', example: 2440 }) length: number;
  @ApiProperty({ required: false, description: 'mm, sheets', example: 1220 }) width?: number;
  @ApiProperty({ required: false, description: 'per bar or sheet', example: 65 }) cost?: number;
  @ApiProperty({ required: false, description: 'limited count; absent = unlimited', example: 40 }) quantity?: number;
}

export class StoredMaterialDto {
  @ApiProperty({ format: 'uuid', example: '9588023a-611c-4ccd-8f0a-13f2db58d503' }) id: string;
  @ApiProperty({ example: 'HDF-8' }) code: string;
  @ApiProperty({ description: 'each change adds one; split runs record the version they used', example: 1 })
  version: number;
  @ApiProperty({ example: '高密度板 8厘' }) nameZh: string;
  @ApiProperty({ example: 'HDF skin board 8 mm' }) nameEn: string;
  @ApiProperty({ enum: CUT_KINDS, enumName: 'CutKind', example: 'sheet' }) cutKind: CutKind;
  @ApiProperty({ enum: MATERIAL_UNITS, enumName: 'MaterialUnit', example: 'm2' }) unit: MaterialUnit;
  @ApiProperty({
    enum: LINEAR_PROFILES,
    enumName: 'LinearProfile',
    nullable: true,
    description: 'linear only',
    example: null,
  })
  profile: LinearProfile | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm, a fixed profile’s width', example: null })
  width: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm', example: 8 }) thickness: number | null;
  @ApiProperty({ type: [StoredStockSizeDto] }) stockSizes: StoredStockSizeDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'mm, the first bar size', example: null })
  stockLength: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm, the first sheet size', example: 1220 })
  sheetWidth: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm, the first sheet size', example: 2440 })
  sheetLength: number | null;
  @ApiProperty({ description: 'saw blade width, mm', example: 4 }) kerf: number;
  @ApiProperty({ description: 'edge trim, mm', example: 5 }) trim: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'smallest reusable offcut (余料), mm: bars by length, sheets by both sides; null keeps none',
    example: 300,
  })
  minRemnant: number | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
  @ApiProperty({ format: 'date-time', description: 'when this version was saved', example: '2026-11-03T08:30:00.000Z' })
  updatedAt: Date;
}

export class OrderLineViewDto {
  @ApiProperty({ format: 'uuid', example: '27ce965f-ca68-4b12-ad93-cecbbfcee5ff' }) id: string;
  @ApiProperty({ example: 1 }) lineNo: number;
  @ApiProperty({ example: 'PD-LVL01' }) productCode: string;
  @ApiProperty({ description: 'the product version the line was entered with', example: 1 }) productVersion: number;
  @ApiProperty({ description: 'opening width / 门洞宽 (mm)', example: 900 }) width: number;
  @ApiProperty({ description: 'opening height / 门洞高 (mm)', example: 2100 }) height: number;
  @ApiProperty({ description: 'wall thickness / 墙厚 (mm)', example: 120 }) wallThickness: number;
  @ApiProperty({ type: Number, nullable: true, description: '子母门 master leaf width (mm)', example: null })
  masterWidth: number | null;
  @ApiProperty({
    example: 'left-in',
    description: 'the handing code (lines entered before handings were structured keep what was written)',
  })
  swing: string;
  @ApiProperty({ example: 'OAK' }) finish: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { doorType: 'single', transom: false },
    description: "the model's input values, defaults filled in",
  })
  options: Record<string, string | number | boolean>;
  @ApiProperty({ example: 3 }) quantity: number;
  @ApiProperty({ type: String, nullable: true, example: '主卧 master bedroom' }) room: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) note: string | null;
}

export class OrderSummaryDto {
  @ApiProperty({ format: 'uuid', example: '9c871844-b1b9-4735-b8ed-b6ab3baccc12' }) id: string;
  @ApiProperty({ example: 'SO-2026-0001' }) orderNo: string;
  @ApiProperty({ example: '江山欧派专卖店' }) customer: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-12-20' }) dueDate: string | null;
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', example: 'confirmed' }) status: OrderStatus;
  @ApiProperty({ description: 'edited since its last split: split it again', example: false }) splitStale: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) lastSplitRunId: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
}

export const OrderSummaryPageDto = PageOf(OrderSummaryDto);

export class OrderDto extends OrderSummaryDto {
  @ApiProperty({ type: [OrderLineViewDto] }) lines: OrderLineViewDto[];
}

export class ImportedOrderDto {
  @ApiProperty({ format: 'uuid', example: '9c871844-b1b9-4735-b8ed-b6ab3baccc12' }) id: string;
  @ApiProperty({ example: 'SO-2026-0001' }) orderNo: string;
}

/** Something of an imported file that was not imported, though the rest was. */
export class ImportWarningDto {
  @ApiProperty({ description: "the column's letter", example: 'F' }) column: string;
  @ApiProperty({ description: 'its header as the file wrote it (empty when it has none)', example: '单价' })
  header: string;
  @ApiPropertyOptional({ description: 'the row, when the warning is about one cell', example: 4 }) row?: number;
  @ApiProperty({
    example: 'column F 单价 is not imported: no order field or model input has this name / 未导入的列 F 单价',
  })
  message: string;
}

export class OrderImportResultDto {
  @ApiProperty({ description: 'orders created', example: 1 }) created: number;
  @ApiProperty({ type: [ImportedOrderDto] }) orders: ImportedOrderDto[];
  @ApiProperty({
    type: [ImportWarningDto],
    description:
      "what was not imported: columns that are no order field and no input of the file's models, and values given to a model without that input",
  })
  warnings: ImportWarningDto[];
}

export class SplitRunCreatorDto {
  @ApiProperty({ format: 'uuid', example: '5b0c3a59-6d0e-4a43-9a83-0e0bd1a0c2f1' }) id: string;
  @ApiProperty({ example: 'planner' }) username: string;
}

export class SplitRunDto {
  @ApiProperty({ format: 'uuid', example: '437df9ff-ba79-4a5e-beed-42524544dd41' }) id: string;
  @ApiProperty({ enum: SPLIT_RUN_STATUSES, enumName: 'SplitRunStatus', example: 'succeeded' })
  status: SplitRunStatus;
  @ApiProperty({ minimum: 0, maximum: 1, example: 1 }) progress: number;
  @ApiProperty({ type: String, nullable: true, example: 'split done / 拆单完成' }) progressMessage: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why it failed, for a planner', example: null })
  error: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'counts and yields of a succeeded run',
    example: { orders: 2, lines: 7, doors: 23, parts: 638, cutPlans: 5, packages: 90, yield: { linear: 0.82 } },
  })
  summary: Record<string, unknown> | null;
  @ApiProperty({ type: [String], format: 'uuid', example: ['9c871844-b1b9-4735-b8ed-b6ab3baccc12'] })
  orderIds: string[];
  @ApiProperty({ type: [ImportedOrderDto], description: 'the same orders with their numbers' })
  orders: ImportedOrderDto[];
  @ApiProperty({ type: () => SplitRunCreatorDto, nullable: true, description: 'who started the run' })
  createdBy: SplitRunCreatorDto | null;
  @ApiProperty({ format: 'uuid', description: 'GET /jobs/{jobId}', example: '2cb58920-780c-4d16-96ac-f2b2fac00691' })
  jobId: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:11:26.017Z' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-29T09:11:26.712Z' })
  finishedAt: Date | null;
}

export const SplitRunPageDto = PageOf(SplitRunDto);

export class SplitPartDto {
  @ApiProperty({ format: 'uuid', example: '75c228e9-7d72-41be-99cc-68f4087aa8e4' }) id: string;
  @ApiProperty({ example: 1 }) seq: number;
  @ApiProperty({ description: 'orderNo-line-component', example: 'SO-2026-0001-1-1' }) ref: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty({ example: 1 }) productVersion: number;
  @ApiProperty({ example: '门边 stile' }) component: string;
  @ApiProperty({ description: 'a component kind', example: 'stile' }) kind: string;
  @ApiProperty({ example: 'LVL-40' }) material: string;
  @ApiProperty({ description: 'mm', example: 2064 }) length: number;
  @ApiProperty({ description: 'mm', example: 120 }) width: number;
  @ApiProperty({ description: 'mm', example: 40 }) thickness: number;
  @ApiProperty({ example: 2 }) perDoor: number;
  @ApiProperty({ example: 6 }) quantity: number;
  @ApiProperty({ enum: CUT_KINDS, enumName: 'CutKind', example: 'linear' }) cutKind: CutKind;
  @ApiProperty({ enum: GRAINS, enumName: 'Grain', example: 'length' }) grain: Grain;
  @ApiProperty({ type: [String], description: 'process codes, in route order', example: ['cutting', 'pressing'] })
  route: ProcessCode[];
  @ApiProperty({ enum: PACKAGE_GROUPS, enumName: 'PackageGroup', example: 'leaf' }) packageGroup: PackageGroup;
  @ApiProperty({ enum: HANDINGS, enumName: 'Handing', nullable: true, example: 'left-in' }) handing: HandingCode | null;
  @ApiProperty({ type: EndCutsDto, nullable: true, description: 'linear parts: square or 45° mitre at each end' })
  endCuts: EndCutsDto | null;
  @ApiProperty({
    type: EdgeBandingDto,
    nullable: true,
    description: 'band material per edge (L1/L2 long, W1/W2 short)',
  })
  edgeBanding: EdgeBandingDto | null;
  @ApiProperty({ type: () => [PartFeatureDto] }) features: PartFeatureDto[];
  @ApiProperty({ enum: LEAF_ASSIGNMENTS, enumName: 'LeafAssignment', nullable: true, example: null })
  leaf: LeafAssignment | null;
}

export class PartFeatureDto {
  @ApiProperty({ enum: FEATURE_KINDS, enumName: 'FeatureKind', example: 'hinge_pocket' }) kind: FeatureKind;
  @ApiProperty({ description: 'per piece', example: 3 }) quantity: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'left/right from the handing for hinge and lock features; else as the rule says',
    example: 'left',
  })
  side: string | null;
  @ApiPropertyOptional() note?: string;
}

export const SplitPartPageDto = PageOf(SplitPartDto);

export class MaterialRequirementDto {
  @ApiProperty({ example: 'CASING-60' }) material: string;
  @ApiProperty({ enum: CUT_KINDS, enumName: 'CutKind', example: 'linear' }) cutKind: CutKind;
  @ApiProperty({
    enum: MATERIAL_UNITS,
    enumName: 'MaterialUnit',
    description: "the material's unit; pcs for a material not defined",
    example: 'm',
  })
  unit: MaterialUnit;
  @ApiProperty({ description: 'what the parts need, in `unit` (3 decimals)', example: 248.84 }) quantity: number;
  @ApiProperty({ type: Number, nullable: true, description: 'material version used; null if not defined', example: 2 })
  version: number | null;
  @ApiProperty({ example: 138 }) pieces: number;
  @ApiProperty({ description: 'Σ length × pieces, mm (linear)', example: 248840 }) totalLength: number;
  @ApiProperty({ description: 'Σ length × width × pieces, mm² (sheet)', example: 0 }) totalArea: number;
  @ApiProperty({ description: 'new bars or sheets the cutting plans use (remnants apart)', example: 114 })
  stockUsed: number;
  @ApiProperty({ description: 'remnants (余料) from stock the cutting plans cut from, pieces', example: 3 })
  remnantsUsed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null for uncut material', example: 0.7937 })
  yield: number | null;
}

@ApiExtraModels(LinearPlanDto, SheetPlanDto)
export class CutPlanDto {
  @ApiProperty({ description: 'plan number, 1-based: GET …/cut-plans/{n}.svg', example: 1 }) n: number;
  @ApiProperty({ example: 'CASING-60' }) material: string;
  @ApiProperty({ enum: ['linear', 'sheet'], description: 'which plan shape `plan` has', example: 'linear' })
  kind: 'linear' | 'sheet';
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mm: the width a ripped bar material is ripped to; null for fixed profiles and sheets',
    example: 120,
  })
  ripWidth: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm, the parts’ thickness', example: 40 })
  thickness: number | null;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(LinearPlanDto) }, { $ref: getSchemaPath(SheetPlanDto) }],
    description: '`kind` linear: a LinearPlan; sheet: a SheetPlan',
  })
  plan: LinearPlanDto | SheetPlanDto;
}

export class WorkOrderPartDto {
  @ApiProperty({ example: 'SO-2026-0001-1-1' }) ref: string;
  @ApiProperty({ example: 6 }) quantity: number;
}

export class WorkOrderDto {
  @ApiProperty({ format: 'uuid', example: '870ae10a-9817-4314-9916-24a281ac0e36' }) id: string;
  @ApiProperty({ example: 'WO-437DF9FF-1' }) number: string;
  @ApiProperty({ example: 1 }) sequence: number;
  @ApiProperty({ type: String, description: "a process code of the factory's list", example: 'cutting' })
  process: ProcessCode;
  @ApiProperty({ example: 429 }) pieces: number;
  @ApiProperty({ type: [WorkOrderPartDto] }) parts: WorkOrderPartDto[];
}

export class PackageContentDto {
  @ApiProperty({ description: "what the packer puts in, in the packer's words", example: '门扇' }) item: string;
  @ApiProperty({ example: 'door leaf' }) itemEn: string;
  @ApiProperty({ example: 1 }) quantity: number;
  @ApiProperty({ example: '扇' }) unit: string;
}

export class PackagePartDto {
  @ApiProperty({ example: '门边 stile' }) component: string;
  @ApiProperty({ example: 2 }) quantity: number;
}

export class DoorPackageDto {
  @ApiProperty({ format: 'uuid', example: 'db6a4949-df0f-46e3-90aa-19bacdb35bb2' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty({ description: 'door number within the line', example: 1 }) doorNo: number;
  @ApiProperty({ description: 'package k of n for this door', example: 1 }) k: number;
  @ApiProperty({ example: 4 }) n: number;
  @ApiProperty({ enum: PACKAGE_GROUPS, enumName: 'PackageGroup', example: 'leaf' }) packageGroup: PackageGroup;
  @ApiProperty({ type: Number, nullable: true, description: 'the leaf a leaf package holds (1 = master)', example: 1 })
  leafNo: number | null;
  @ApiProperty({ example: 'P0000000017', description: 'the package code (P + 9-digit serial + GS1 check digit)' })
  barcode: string;
  @ApiProperty({ enum: HANDINGS, enumName: 'Handing', nullable: true, example: 'left-in' }) handing: HandingCode | null;
  @ApiProperty({ type: [PackageContentDto] }) contents: PackageContentDto[];
  @ApiProperty({ type: [PackagePartDto], description: 'the parts inside' }) parts: PackagePartDto[];
  @ApiProperty({ description: 'packing state', example: 'created' }) status: string;
}

export const DoorPackagePageDto = PageOf(DoorPackageDto);
