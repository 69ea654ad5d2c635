import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsObject,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  ValidateNested,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import { OrderLineDto } from './order.dto';
import { PRODUCT_CODE, ProductBodyDto } from './product.dto';
import { SplitPartDto } from './splitting-responses.dto';

/** A door model being edited: the body of POST /products, whose code may not be chosen yet. */
export class ProductDraftDto extends ProductBodyDto {
  @ApiPropertyOptional({
    example: 'PD-101',
    description: 'optional in a preview; checked as in POST /products when given',
  })
  @Optional()
  @IsString()
  @Matches(PRODUCT_CODE, { message: 'code must be 1–40 letters, digits, _, . or -' })
  code?: string;
}

/** The sizes to try: an order line's, checked the same way; the product is the draft, not a stored code. */
export class PreviewLineDto extends PickType(OrderLineDto, [
  'width',
  'height',
  'wallThickness',
  'masterWidth',
  'options',
]) {
  @ApiPropertyOptional({ example: 1, default: 1, description: 'doors; part quantities are pieces per door × this' })
  @Optional()
  @IsInt()
  @IsPositive()
  @Max(10000)
  quantity?: number;
  @ApiPropertyOptional({
    example: 'left-in',
    description:
      "handing / 开启方向, read like an order line's (rules may read hingeSide, openSide); none when left out",
  })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  swing?: string;
  @ApiPropertyOptional({
    example: 'OAK',
    description: 'finish / 颜色: replaces {finish} in material codes; left out, the codes keep {finish}',
  })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  finish?: string;
}

export class ProductPreviewRequestDto {
  @ApiProperty({ type: ProductDraftDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductDraftDto)
  product: ProductDraftDto;

  @ApiProperty({ type: PreviewLineDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PreviewLineDto)
  line: PreviewLineDto;
}

/** One part the rules give for the door: the same fields as a split run's part. */
export class PreviewPartDto extends PickType(SplitPartDto, [
  'component',
  'kind',
  'material',
  'length',
  'width',
  'thickness',
  'perDoor',
  'quantity',
  'cutKind',
  'grain',
  'route',
  'packageGroup',
  'handing',
  'endCuts',
  'edgeBanding',
  'features',
  'leaf',
]) {}

export class PreviewTotalsDto {
  @ApiProperty({ description: 'rows of `parts`', example: 17 }) parts: number;
  @ApiProperty({ description: 'pieces for all the doors: Σ quantity', example: 30 }) pieces: number;
}

export class ProductPreviewDto {
  @ApiProperty({
    type: [PreviewPartDto],
    description: 'in rule order; rules whose condition or quantity gives 0 left out',
  })
  parts: PreviewPartDto[];
  @ApiProperty({ type: PreviewTotalsDto }) totals: PreviewTotalsDto;
}
