import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import { LOSSES, type Loss, REASON_STATES, type ReasonState } from '../domain/equipment-codes';

export const REASON_CODE = /^[\p{L}\p{N}_-]{1,40}$/u;
const REASON_CODE_MESSAGE = 'letters, digits, _ or -, 1 to 40 / 字母、数字、_ 或 -，1 至 40 个字符';

export class UpdateDowntimeReasonDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'breakdown', description: 'null: a root of the tree' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @Matches(REASON_CODE, { message: REASON_CODE_MESSAGE })
  parentCode?: string | null;
  @ApiPropertyOptional({ example: '锯片断裂' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) nameZh?: string;
  @ApiPropertyOptional({ example: 'Saw blade broken' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 60)
  nameEn?: string;
  @ApiPropertyOptional({ enum: REASON_STATES, isArray: true, description: 'the states the reason may qualify' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(REASON_STATES, { each: true })
  appliesTo?: ReasonState[];
  @ApiPropertyOptional({ enum: LOSSES, description: 'the loss (six big losses) its time counts as' })
  @Optional()
  @IsIn(LOSSES)
  loss?: Loss;
  @ApiPropertyOptional({ description: 'false: tablets no longer offer it; past events keep it' })
  @Optional()
  @IsBoolean()
  active?: boolean;
  @ApiPropertyOptional({ description: 'place in lists, smaller first' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sort?: number;
}

export class CreateDowntimeReasonDto {
  @ApiProperty({ example: 'belt_worn', description: 'letters, digits, _ or -; 1–40; never changes' })
  @IsString()
  @Matches(REASON_CODE, { message: REASON_CODE_MESSAGE })
  code: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'breakdown',
    description: 'null or absent: a root of the tree',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @Matches(REASON_CODE, { message: REASON_CODE_MESSAGE })
  parentCode?: string | null;
  @ApiProperty({ example: '砂带磨损' }) @IsString() @IsPlainText() @Length(1, 60) nameZh: string;
  @ApiProperty({ example: 'Sanding belt worn' }) @IsString() @IsPlainText() @Length(1, 60) nameEn: string;
  @ApiProperty({ enum: REASON_STATES, isArray: true, example: ['down'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(REASON_STATES, { each: true })
  appliesTo: ReasonState[];
  @ApiProperty({ enum: LOSSES, example: 'breakdown' }) @IsIn(LOSSES) loss: Loss;
  // the default in words, not `default:` (openapi-typescript would make a field with a default required)
  @ApiPropertyOptional({ description: 'default true' }) @Optional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ description: 'place in lists; default: after the last' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sort?: number;
}

export class DowntimeReasonDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ enum: REASON_STATES, isArray: true }) appliesTo: ReasonState[];
  @ApiProperty({ enum: LOSSES }) loss: Loss;
  @ApiProperty() active: boolean;
  @ApiProperty() sort: number;
}

export class DowntimeReasonListDto {
  @ApiProperty({ type: [DowntimeReasonDto] }) items: DowntimeReasonDto[];
}
