import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsPlainText } from '@mendao/platform';
import {
  COMPONENT_KINDS,
  CUT_KINDS,
  DOOR_TYPES,
  GRAINS,
  PACKAGE_GROUPS,
  PROCESS_CODES,
  type ComponentKind,
  type CutKind,
  type DoorType,
  type Grain,
  type PackageGroup,
  type ProcessCode,
} from '../domain/product';

export class RangeDto {
  @ApiProperty({ example: 600 }) @IsNumber() min: number;
  @ApiProperty({ example: 1200 }) @IsNumber() max: number;
}

export class ComponentRuleDto {
  @ApiProperty({ example: '门边 stile' }) @IsString() @IsPlainText() @Length(1, 80) name: string;
  @ApiProperty({ enum: COMPONENT_KINDS }) @IsIn(COMPONENT_KINDS) kind: ComponentKind;
  @ApiProperty({ example: 'LVL-40', description: 'material code; {finish} is replaced by the line finish' })
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  material: string;
  @ApiProperty({ example: 'H - headJamb - gapTop - gapBottom' })
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 500)
  length: string;
  @ApiProperty({ example: 'stileW' }) @IsString() @IsPlainText({ multiline: true }) @Length(1, 500) width: string;
  @ApiProperty({ example: 'leafT' }) @IsString() @IsPlainText({ multiline: true }) @Length(1, 500) thickness: string;
  @ApiProperty({ example: '2' }) @IsString() @IsPlainText({ multiline: true }) @Length(1, 500) quantity: string;
  @ApiPropertyOptional({ example: 'T > 150' })
  @IsOptional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(0, 500)
  condition?: string;
  @ApiProperty({ enum: CUT_KINDS }) @IsIn(CUT_KINDS) cutKind: CutKind;
  @ApiProperty({ enum: GRAINS }) @IsIn(GRAINS) grain: Grain;
  @ApiProperty({ enum: PROCESS_CODES, isArray: true })
  @IsIn(PROCESS_CODES, { each: true })
  @ArrayMaxSize(20)
  route: ProcessCode[];
  @ApiProperty({ enum: PACKAGE_GROUPS }) @IsIn(PACKAGE_GROUPS) packageGroup: PackageGroup;
}

/** The body of PUT /products/{code}: everything but the code. */
export class ProductBodyDto {
  @ApiProperty({ example: '平板单开门' }) @IsString() @IsPlainText() @Length(1, 120) nameZh: string;
  @ApiProperty({ example: 'Flat single door' }) @IsString() @IsPlainText() @Length(1, 120) nameEn: string;
  @ApiProperty({ enum: DOOR_TYPES }) @IsIn(DOOR_TYPES) doorType: DoorType;
  @ApiProperty({ type: RangeDto }) @ValidateNested() @Type(() => RangeDto) widthRange: RangeDto;
  @ApiProperty({ type: RangeDto }) @ValidateNested() @Type(() => RangeDto) heightRange: RangeDto;
  @ApiProperty({ type: RangeDto }) @ValidateNested() @Type(() => RangeDto) wallThicknessRange: RangeDto;
  @ApiProperty({ example: { jambT: 25, gapSide: 3 } }) @IsObject() parameters: Record<string, number>;
  @ApiProperty({ type: [ComponentRuleDto] })
  @ValidateNested({ each: true })
  @Type(() => ComponentRuleDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  components: ComponentRuleDto[];
}

export const PRODUCT_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export class CreateProductDto extends ProductBodyDto {
  @ApiProperty({ example: 'PD-101' })
  @IsString()
  @Matches(PRODUCT_CODE, { message: 'code must be 1–40 letters, digits, _, . or -' })
  code: string;
}
