import { ApiProperty } from '@nestjs/swagger';

/**
 * The answers of the cutting optimiser (@mendao/cutting, framework-free, so its OpenAPI schemas live here):
 * what POST /cutting/linear|sheets answer and what a split run stores per material. Millimetres; areas mm².
 */
export class LinearCutDto {
  @ApiProperty({ description: 'the item id of the request (a part ref in a split run)', example: 'jamb' }) id: string;
  @ApiProperty({ example: 2090 }) length: number;
  @ApiProperty({ description: "from the bar's start, after the trim", example: 0 }) position: number;
}

export class LinearBarDto {
  @ApiProperty({ example: 2400 }) stockLength: number;
  @ApiProperty({ description: "index into the request's `stock`", example: 0 }) stockIndex: number;
  @ApiProperty({ required: false, description: "the stock entry's `ref`, when it had one", example: 'R-0031' })
  ref?: string;
  @ApiProperty({ type: [LinearCutDto], description: "in cut order from the bar's start" }) cuts: LinearCutDto[];
  @ApiProperty({ description: 'length left after the last piece and its kerf', example: 286 }) offcut: number;
  @ApiProperty({ description: 'reusable offcut (≥ minOffcut), else 0', example: 0 }) remnant: number;
  @ApiProperty({ description: 'trims, kerfs and short offcut', example: 310 }) waste: number;
  @ApiProperty({ required: false, description: 'POST /cutting/linear?include=svg only: a drawing of the bar' })
  svg?: string;
}

export class LinearTotalsDto {
  @ApiProperty({ example: 3 }) bars: number;
  @ApiProperty({ example: 6000 }) stockLength: number;
  @ApiProperty({ example: 5980 }) itemLength: number;
  @ApiProperty({ description: 'itemLength / stockLength', example: 0.9967 }) yield: number;
  @ApiProperty({ example: 0 }) cost: number;
  @ApiProperty({ example: 0 }) remnantLength: number;
  @ApiProperty({ example: 20 }) waste: number;
}

export class LinearPlanDto {
  @ApiProperty({ type: [LinearBarDto] }) bars: LinearBarDto[];
  @ApiProperty({ type: LinearTotalsDto }) totals: LinearTotalsDto;
  @ApiProperty({ description: 'no plan uses fewer bars; the gap bounds the distance to optimal', example: 3 })
  lowerBound: number;
  @ApiProperty({ example: 246 }) elapsedMs: number;
}

export class RectDto {
  @ApiProperty({ example: 10 }) x: number;
  @ApiProperty({ example: 10 }) y: number;
  @ApiProperty({ example: 2050 }) width: number;
  @ApiProperty({ example: 860 }) height: number;
}

export class PlacementDto extends RectDto {
  @ApiProperty({ example: 'skin' }) id: string;
  @ApiProperty({ description: 'turned 90°', example: false }) rotated: boolean;
}

export class GuillotineCutDto {
  @ApiProperty({ example: 10 }) x1: number;
  @ApiProperty({ example: 870 }) y1: number;
  @ApiProperty({ example: 2430 }) x2: number;
  @ApiProperty({ example: 870 }) y2: number;
  @ApiProperty({ description: '1 cuts the whole (trimmed) sheet', example: 1 }) stage: number;
}

export class SheetLayoutDto {
  @ApiProperty({ example: 2440 }) width: number;
  @ApiProperty({ example: 1220 }) height: number;
  @ApiProperty({ description: "index into the request's `sheets`", example: 0 }) stockIndex: number;
  @ApiProperty({ required: false, example: 'R-0031' }) ref?: string;
  @ApiProperty({ type: [PlacementDto], description: "origin at the sheet's top-left; x along the width" })
  placements: PlacementDto[];
  @ApiProperty({ type: [GuillotineCutDto], description: 'edge-to-edge cuts, in the order the operator makes them' })
  cuts: GuillotineCutDto[];
  @ApiProperty({ type: [RectDto], description: 'reusable offcuts (both sides ≥ minOffcut)' }) remnants: RectDto[];
  @ApiProperty({ description: 'mm² not delivered as parts or remnants', example: 1213800 }) waste: number;
  @ApiProperty({ description: 'part area / sheet area', example: 0.5922 }) yield: number;
  @ApiProperty({ required: false, description: 'POST /cutting/sheets?include=svg only: a drawing of the layout' })
  svg?: string;
}

export class SheetTotalsDto {
  @ApiProperty({ example: 2 }) sheets: number;
  @ApiProperty({ example: 5953600 }) sheetArea: number;
  @ApiProperty({ example: 3526000 }) itemArea: number;
  @ApiProperty({ example: 0.5922 }) yield: number;
  @ApiProperty({ example: 0 }) cost: number;
}

export class SheetPlanDto {
  @ApiProperty({ type: [SheetLayoutDto] }) layouts: SheetLayoutDto[];
  @ApiProperty({ type: SheetTotalsDto }) totals: SheetTotalsDto;
  @ApiProperty({ example: 2 }) lowerBound: number;
  @ApiProperty({ example: 2 }) elapsedMs: number;
}
