import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import { LABEL_STOCKS, type LabelStock } from './label-layout';
import { ZPL_DPIS, type ZplDpi } from './label-zpl';

/** At most this many labels in one selection: a day's packing line, some 10 MB of PDF. */
export const MAX_LABEL_CODES = 2000;

const STOCK_MESSAGE = 'stock must be 100x150 or a6 / 标签纸须为 100x150 或 a6';
const DPI_MESSAGE = 'dpi must be 203 or 300 / 打印精度须为 203 或 300';

export class LabelPdfQuery {
  @ApiPropertyOptional({
    enum: LABEL_STOCKS,
    default: '100x150',
    description: 'label stock: 100×150 mm or A6 (105×148 mm) / 标签纸',
  })
  @Optional()
  @IsIn(LABEL_STOCKS, { message: STOCK_MESSAGE })
  stock?: LabelStock;
}

export class LabelZplQuery extends LabelPdfQuery {
  @ApiPropertyOptional({ enum: ['203', '300'], default: '203', description: "the printer's resolution / 打印精度" })
  @Optional()
  @IsIn(['203', '300'], { message: DPI_MESSAGE })
  dpi?: '203' | '300';
}

export class LabelsDto {
  @ApiProperty({
    type: [String],
    example: ['P0000000017', 'P0000000025'],
    description: `1–${MAX_LABEL_CODES} package codes (internal, any case, or the SSCC as scanned); printed in door order, each once`,
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'codes must name at least one package / 至少选择一个包装' })
  @ArrayMaxSize(MAX_LABEL_CODES, {
    message: `at most ${MAX_LABEL_CODES} labels at once / 一次最多打印 ${MAX_LABEL_CODES} 张标签`,
  })
  @IsString({ each: true })
  @IsPlainText({}, { each: true })
  @Length(1, 64, { each: true })
  codes: string[];

  @ApiPropertyOptional({ enum: LABEL_STOCKS, default: '100x150', description: 'label stock / 标签纸' })
  @Optional()
  @IsIn(LABEL_STOCKS, { message: STOCK_MESSAGE })
  stock?: LabelStock;
}

export class LabelsZplDto extends LabelsDto {
  @ApiPropertyOptional({ enum: ZPL_DPIS, default: 203, description: "the printer's resolution / 打印精度" })
  @Optional()
  @IsIn(ZPL_DPIS, { message: DPI_MESSAGE })
  dpi?: ZplDpi;
}
