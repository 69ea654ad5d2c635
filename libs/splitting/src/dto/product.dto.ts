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
  END_CUTS,
  FEATURE_KINDS,
  FEATURE_SIDES,
  GRAINS,
  INPUT_TYPES,
  LEAF_ASSIGNMENTS,
  PACKAGE_GROUPS,
  PRODUCT_LIMITS,
  type ComponentKind,
  type CutKind,
  type DoorType,
  type EndCut,
  type FeatureKind,
  type FeatureSide,
  type Grain,
  type InputType,
  type LeafAssignment,
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

/** A formula string as rules hold them. */
const Formula = (example: string, description?: string) =>
  applyDecorators(
    ApiProperty({ example, ...(description ? { description } : {}) }),
    IsString(),
    IsPlainText({ multiline: true }),
    Length(1, 500),
  );

/** A name formulas read: letters, digits, _ or Chinese characters (checked in full when the model is saved). */
const VariableName = (example: string) =>
  applyDecorators(ApiProperty({ example }), IsString(), IsPlainText(), Length(1, 40));

const Label = (example: string) => applyDecorators(ApiProperty({ example }), IsString(), IsPlainText(), Length(1, 80));
const OptionalLabel = (example: string) =>
  applyDecorators(ApiPropertyOptional({ example }), Optional(), IsString(), IsPlainText(), Length(1, 80));

/** `string | number`, or `string | number | boolean` with booleans. */
function IsScalar(booleans: boolean): PropertyDecorator {
  return ValidateBy({
    name: 'isScalar',
    validator: {
      validate: (value: unknown) =>
        (typeof value === 'string' && value.length <= 200) ||
        (typeof value === 'number' && Number.isFinite(value)) ||
        (booleans && typeof value === 'boolean'),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must be text${booleans ? ', a number or true/false' : ' or a number'} / 必须是文本或数字`,
    },
  });
}

export class InputOptionDto {
  @ApiProperty({ example: 'unequal_pair' }) @IsString() @IsPlainText() @Length(1, 40) value: string;
  @Label('子母门') labelZh: string;
  @Label('Unequal pair') labelEn: string;
}

/** A typed input of the model that order lines give a value for. */
export class ProductInputDto {
  @VariableName('doorType') name: string;
  @Label('门类型') labelZh: string;
  @Label('Door type') labelEn: string;
  @ApiProperty({ enum: INPUT_TYPES, enumName: 'InputType' }) @IsIn(INPUT_TYPES) type: InputType;
  @ApiPropertyOptional({ example: 'mm' }) @Optional() @IsString() @IsPlainText() @Length(1, 20) unit?: string;
  @ApiPropertyOptional() @Optional() @IsNumber({ allowNaN: false, allowInfinity: false }) min?: number;
  @ApiPropertyOptional() @Optional() @IsNumber({ allowNaN: false, allowInfinity: false }) max?: number;
  @ApiPropertyOptional({ type: [InputOptionDto], description: 'enum only' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InputOptionDto)
  options?: InputOptionDto[];
  @ApiPropertyOptional({
    description: 'the value a line without one takes; none: lines must give it',
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
  })
  @Optional()
  @IsScalar(true)
  default?: string | number | boolean;
  @ApiPropertyOptional({
    type: [String],
    example: ['门型', '开门方式'],
    description: 'column names an import maps here',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsPlainText({}, { each: true })
  @Length(1, 80, { each: true })
  aliases?: string[];
}

export class DerivedVariableDto {
  @VariableName('leafH') name: string;
  @Formula('H - jambT - gapTop - gapBottom') formula: string;
  @OptionalLabel('门扇高') labelZh?: string;
  @OptionalLabel('Leaf height') labelEn?: string;
}

export class TableRowDto {
  @ApiProperty({ example: 'WALNUT' }) @IsString() @IsPlainText() @Length(1, 80) when: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }], example: 'VENEER-胡桃木' })
  @IsDefined()
  @IsScalar(false)
  value: string | number;
}

export class LookupTableDto {
  @VariableName('veneerByFinish') name: string;
  @VariableName('finish') key: string;
  @ApiProperty({ type: [TableRowDto] }) @NestedObjects(() => TableRowDto) @ArrayMaxSize(500) rows: TableRowDto[];
  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'number' }] })
  @Optional()
  @IsScalar(false)
  default?: string | number;
  @OptionalLabel('木皮对照') labelZh?: string;
  @OptionalLabel('Veneer by finish') labelEn?: string;
}

export class EndCutsDto {
  @ApiProperty({ enum: END_CUTS, enumName: 'EndCut' }) @IsIn(END_CUTS) start: EndCut;
  @ApiProperty({ enum: END_CUTS, enumName: 'EndCut' }) @IsIn(END_CUTS) end: EndCut;
}

const BandEdge = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 'EDGE-PVC-22', description: 'band material code' }),
    Optional(),
    IsString(),
    IsPlainText(),
    Length(1, 80),
  );

export class EdgeBandingDto {
  @BandEdge() L1?: string;
  @BandEdge() L2?: string;
  @BandEdge() W1?: string;
  @BandEdge() W2?: string;
}

export class MachiningFeatureDto {
  @ApiProperty({ enum: FEATURE_KINDS, enumName: 'FeatureKind' }) @IsIn(FEATURE_KINDS) kind: FeatureKind;
  @ApiPropertyOptional({ example: 'hinges', description: 'per piece, a formula; 1 when omitted' })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 500)
  quantity?: string;
  @ApiPropertyOptional({ enum: FEATURE_SIDES, enumName: 'FeatureSide', description: 'hinge/lock follow the handing' })
  @Optional()
  @IsIn(FEATURE_SIDES)
  side?: FeatureSide;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(0, 200) note?: string;
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
  @ApiProperty({
    type: [String],
    example: ['cutting', 'pressing', 'edge_banding'],
    description: "process codes of the factory's list, in the order the part goes through them",
  })
  @IsDefined()
  @IsArray()
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  @ArrayMaxSize(30)
  route: ProcessCode[];
  @ApiProperty({ enum: PACKAGE_GROUPS, enumName: 'PackageGroup' }) @IsIn(PACKAGE_GROUPS) packageGroup: PackageGroup;
  @ApiPropertyOptional({ type: EndCutsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => EndCutsDto)
  endCuts?: EndCutsDto;
  @ApiPropertyOptional({ type: EdgeBandingDto, description: 'L1/L2 the long edges, W1/W2 the short ones' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => EdgeBandingDto)
  edgeBanding?: EdgeBandingDto;
  @ApiPropertyOptional({ type: [MachiningFeatureDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MachiningFeatureDto)
  features?: MachiningFeatureDto[];
  @ApiPropertyOptional({ enum: LEAF_ASSIGNMENTS, enumName: 'LeafAssignment', description: 'which leaf of a pair' })
  @Optional()
  @IsIn(LEAF_ASSIGNMENTS)
  leaf?: LeafAssignment;
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
  @ApiPropertyOptional({ type: [ProductInputDto], description: 'typed inputs order lines give values for' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ProductInputDto)
  inputs?: ProductInputDto[];
  @ApiPropertyOptional({ type: [DerivedVariableDto], description: 'named formulas computed once per line' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DerivedVariableDto)
  derived?: DerivedVariableDto[];
  @ApiPropertyOptional({ type: [LookupTableDto], description: 'lookups by an input, finish or handing' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => LookupTableDto)
  tables?: LookupTableDto[];
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
