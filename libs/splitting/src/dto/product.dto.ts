import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNumber,
  IsObject,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import {
  COMPONENT_KINDS,
  CUT_KINDS,
  DOOR_TYPES,
  GRAINS,
  PACKAGE_GROUPS,
  PROCESS_CODES,
  PRODUCT_LIMITS,
  type ComponentKind,
  type CutKind,
  type DoorType,
  type Grain,
  type PackageGroup,
  type ProcessCode,
} from '../domain/product';

/** Named numbers of a model: a handful in practice. */
const MAX_PARAMETERS = 100;
/** A parameter is a size (mm) or a count; beyond this it is a typo. */
const MAX_PARAMETER_ABS = 1_000_000;

/**
 * A required nested object: present, an object (not an array, not null), validated as `type`. Without the
 * first two, a missing or `[]` value passes ValidateNested untouched.
 */
function NestedObject(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsDefined(), IsObject(), ValidateNested(), Type(type));
}

/** A required array of nested objects, each an object (an array element that is an array is refused). */
function NestedObjects(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsDefined(), IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
}

/** `max` of a range: not below the range's `min`. */
function NotBelowMin(): PropertyDecorator {
  return ValidateBy({
    name: 'notBelowMin',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const min = (args?.object as { min?: unknown } | undefined)?.min;
        return typeof value !== 'number' || typeof min !== 'number' || value >= min;
      },
      defaultMessage: () => 'max must not be below min / 最大值不能小于最小值',
    },
  });
}

/** `{name: number}`: at most MAX_PARAMETERS entries, each a finite number within ±MAX_PARAMETER_ABS. */
function IsParameterMap(): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null; // IsObject's to say
    const entries = Object.entries(value);
    if (entries.length > MAX_PARAMETERS) return `at most ${MAX_PARAMETERS} parameters`;
    const bad = entries.find(
      ([, v]) => typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > MAX_PARAMETER_ABS,
    );
    return bad ? `parameter "${bad[0]}" must be a number within ±${MAX_PARAMETER_ABS} / 参数必须是数字` : null;
  };
  return ValidateBy({
    name: 'isParameterMap',
    validator: {
      validate: (value: unknown) => problem(value) === null,
      defaultMessage: (args?: ValidationArguments) => problem(args?.value) ?? 'invalid parameters',
    },
  });
}

export class RangeDto {
  @ApiProperty({ example: 600, minimum: 0, exclusiveMinimum: true, maximum: PRODUCT_LIMITS.rangeMm, description: 'mm' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(PRODUCT_LIMITS.rangeMm)
  min: number;

  @ApiProperty({
    example: 1200,
    minimum: 0,
    exclusiveMinimum: true,
    maximum: PRODUCT_LIMITS.rangeMm,
    description: 'mm, ≥ min',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(PRODUCT_LIMITS.rangeMm)
  @NotBelowMin()
  max: number;
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
  @ApiProperty({
    example: '2',
    description: `pieces per door (a formula); at most ${PRODUCT_LIMITS.quantityPerDoor}`,
  })
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 500)
  quantity: string;
  @ApiPropertyOptional({ example: 'T > 150' })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(0, 500)
  condition?: string;
  @ApiProperty({ enum: CUT_KINDS }) @IsIn(CUT_KINDS) cutKind: CutKind;
  @ApiProperty({ enum: GRAINS }) @IsIn(GRAINS) grain: Grain;
  @ApiProperty({ enum: PROCESS_CODES, isArray: true })
  @IsDefined()
  @IsArray()
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
  @ApiProperty({ type: RangeDto }) @NestedObject(() => RangeDto) widthRange: RangeDto;
  @ApiProperty({ type: RangeDto }) @NestedObject(() => RangeDto) heightRange: RangeDto;
  @ApiProperty({ type: RangeDto }) @NestedObject(() => RangeDto) wallThicknessRange: RangeDto;
  @ApiProperty({
    example: { jambT: 25, gapSide: 3 },
    type: 'object',
    additionalProperties: { type: 'number' },
    description: `at most ${MAX_PARAMETERS} named numbers within ±${MAX_PARAMETER_ABS}`,
  })
  @IsDefined()
  @IsObject()
  @IsParameterMap()
  parameters: Record<string, number>;
  // more than PRODUCT_LIMITS.components is a 422 naming the cap (product.too_many_components), not a 400
  @ApiProperty({
    type: [ComponentRuleDto],
    description: `at most ${PRODUCT_LIMITS.components} (422 product.too_many_components beyond)`,
  })
  @NestedObjects(() => ComponentRuleDto)
  @ArrayMinSize(1)
  components: ComponentRuleDto[];
}

export const PRODUCT_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export class CreateProductDto extends ProductBodyDto {
  @ApiProperty({ example: 'PD-101' })
  @IsString()
  @Matches(PRODUCT_CODE, { message: 'code must be 1–40 letters, digits, _, . or -' })
  code: string;
}
