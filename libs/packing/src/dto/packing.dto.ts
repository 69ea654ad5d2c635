import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';

/** Station codes as labels and scanners carry them: upper-case letters, digits, _ or -. */
const STATION_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
const STATION_CODE_MESSAGE =
  'must be 1–32 upper-case letters, digits, _ or - / 工位编码须为 1–32 位大写字母、数字、_ 或 -';

export class CreateStationDto {
  @ApiProperty({ example: 'PACK-01', description: 'upper-case letters, digits, _ or -; 1–32' })
  @IsString()
  @Matches(STATION_CODE, { message: STATION_CODE_MESSAGE })
  code: string;
  @ApiProperty({ example: '包装线 1号' }) @IsString() @IsPlainText() @Length(1, 60) name: string;
  @ApiPropertyOptional({ default: true }) @Optional() @IsBoolean() active?: boolean;
}

export class UpdateStationDto {
  @ApiPropertyOptional({ example: '包装线 1号' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) name?: string;
  @ApiPropertyOptional({ description: 'an inactive station takes no scans (409 packing.station_inactive)' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class StationOrderDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'SO-2026-0042',
    description: 'the order to open (id or order number, in production), or null to clear the station',
  })
  @ValidateIf((_dto: object, value: unknown) => value !== null)
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  order: string | null;
}

export class PackScanDto {
  @ApiProperty({ format: 'uuid', description: 'made by the station; the same scanId again replays the first answer' })
  @IsUUID()
  scanId: string;
  @ApiProperty({ example: 'PACK-01', description: 'the pack station scanning' })
  @IsString()
  @Length(1, 32)
  station: string;
  @ApiProperty({
    example: 'P0000000017',
    description:
      'as scanned: the internal code (any case) or, with a GS1 prefix, the SSCC-18 (18 digits, 00 + 18, (00) + 18, ]C1…)',
  })
  @IsString()
  @IsPlainText()
  @Length(1, 64)
  barcode: string;
}

export class UndoScanDto {
  @ApiProperty({ example: '贴错标签 wrong label put on', description: 'why the scan is undone (audited)' })
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 200)
  reason: string;
}

export class PackingSettingsDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '6901234',
    description: 'the GS1 company prefix, 7–10 digits: labels carry SSCC-18 codes; null: internal codes (P#########C)',
  })
  @ValidateIf((_dto: object, value: unknown) => value !== null)
  @IsString()
  @Matches(/^\d{7,10}$/, { message: 'must be 7 to 10 digits / 须为 7–10 位数字' })
  gs1CompanyPrefix: string | null;
  @ApiPropertyOptional({ minimum: 0, maximum: 9, default: 0, description: "the SSCC's extension digit" })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(9)
  ssccExtension?: number;
}
