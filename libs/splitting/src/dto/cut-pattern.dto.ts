import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@mendao/platform';
import { HANDINGS, type HandingCode } from '../domain/handing';
import { RectDto } from './cut-plan.dto';
import { EndCutsDto } from './product.dto';

export class PatternPieceUseDto {
  @ApiProperty({ description: 'the part (split_part.ref)', example: 'SO-2026-0001-1-5' }) ref: string;
  @ApiProperty({ description: 'how many of the pattern’s count cut this part here', example: 4 }) quantity: number;
  @ApiProperty({ example: '竖套线 casing leg' }) component: string;
  @ApiProperty({ description: 'order no. and line no., short for labels', example: 'SO-2026-0001-1' }) door: string;
  @ApiProperty({ example: 'SO-2026-0001' }) orderNo: string;
  @ApiProperty({ example: 1 }) lineNo: number;
  @ApiProperty({ type: String, nullable: true, example: '主卧' }) room: string | null;
  @ApiProperty({ type: String, nullable: true, example: '胡桃木' }) finish: string | null;
  @ApiProperty({ enum: HANDINGS, enumName: 'Handing', nullable: true, example: 'left-in' }) handing: HandingCode | null;
}

export class PatternPieceDto {
  @ApiProperty({ description: '1-based cut order', example: 1 }) seq: number;
  @ApiProperty({ description: 'bars: length; sheets: extent along the sheet height (grain), mm', example: 2110 })
  length: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'sheets: extent across; bars: rip width (null: fixed)',
    example: 60,
  })
  width: number | null;
  @ApiProperty({ description: 'bars: position after the trim; sheets: x', example: 0 }) x: number;
  @ApiProperty({ type: Number, nullable: true, description: 'sheets only', example: null }) y: number | null;
  @ApiProperty({ example: false }) rotated: boolean;
  @ApiProperty({ type: EndCutsDto, nullable: true, description: 'bars: square or 45° mitre, start end first' })
  endCuts: EndCutsDto | null;
  @ApiProperty({ description: 'the part names served, joined by " / "', example: '竖套线 casing leg' })
  component: string;
  @ApiProperty({ type: [PatternPieceUseDto] }) uses: PatternPieceUseDto[];
}

export class PatternCutDto {
  @ApiProperty({ description: 'the operator’s order, from 1', example: 1 }) no: number;
  @ApiProperty({ example: 0 }) x1: number;
  @ApiProperty({ example: 10 }) y1: number;
  @ApiProperty({ example: 1220 }) x2: number;
  @ApiProperty({ example: 10 }) y2: number;
  @ApiProperty({ description: '0 for an edge trim, then the guillotine stage', example: 0 }) stage: number;
  @ApiProperty({ description: 'an edge trim (before the layout’s cuts)', example: true }) trim: boolean;
}

export class PatternRepetitionDto {
  @ApiProperty({ description: 'cut plan n', example: 1 }) plan: number;
  @ApiProperty({ description: 'bar or sheet of that plan, 1-based', example: 3 }) layout: number;
  @ApiProperty({ type: [String], description: 'the part each piece goes to, in cut order' }) refs: string[];
}

export class CutPatternDto {
  @ApiProperty({ example: 1 }) no: number;
  @ApiProperty({ example: 'CAS-60' }) material: string;
  @ApiProperty({ enum: ['linear', 'sheet'], example: 'linear' }) kind: 'linear' | 'sheet';
  @ApiProperty({ type: Number, nullable: true, example: null }) ripWidth: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 12 }) thickness: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the remnant item (余料) each repetition is cut from; null for new stock',
    example: null,
  })
  fromRemnant: string | null;
  @ApiProperty({
    type: [Number],
    description: 'bars [length]; sheets [width, height]; the remnant’s size when cut from one',
    example: [2440],
  })
  stockSize: number[];
  @ApiProperty({ description: 'bars or sheets cut to this pattern', example: 12 }) count: number;
  @ApiProperty({ example: 5 }) trim: number;
  @ApiProperty({ example: 4 }) kerf: number;
  @ApiProperty({ type: [PatternPieceDto] }) pieces: PatternPieceDto[];
  @ApiProperty({ type: [PatternCutDto], description: 'sheets: numbered cut sequence, trims first; bars: empty' })
  cuts: PatternCutDto[];
  @ApiProperty({ description: 'bars: reusable offcut (mm); sheets: Σ remnant area (mm²)', example: 320 })
  remnant: number;
  @ApiProperty({ type: [RectDto], description: 'sheets: the remnants (余料)' }) remnants: RectDto[];
  @ApiProperty({ description: 'per bar: mm; per sheet: mm²', example: 8 }) waste: number;
  @ApiProperty({ type: Number, nullable: true, description: 'bars: the offcut after the last piece', example: 320 })
  offcut: number | null;
  @ApiProperty({ type: [PatternRepetitionDto] }) repetitions: PatternRepetitionDto[];
}

export const CutPatternPageDto = PageOf(CutPatternDto);
