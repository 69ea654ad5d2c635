import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsPlainText, Optional, PageOf, PageQuery } from '@mendao/platform';

export const SCAN_RESULTS = ['ok', 'duplicate', 'unknown', 'not_expected', 'not_in_shipment', 'not_packed'] as const;

export class ScanHistoryQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'PACK-01', description: 'the pack scans of this station' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  station?: string;
  @ApiPropertyOptional({ example: 'SH-20261130-001', description: 'the load scans of this shipment (id or number)' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  shipment?: string;
  @ApiPropertyOptional({ enum: SCAN_RESULTS, enumName: 'ScanResult' })
  @Optional()
  @IsIn(SCAN_RESULTS)
  result?: (typeof SCAN_RESULTS)[number];
}

const nullableText = { type: String, nullable: true } as const;

@ApiSchema({ name: 'ScanRecord' })
export class ScanRecordDto {
  @ApiProperty({ format: 'uuid' }) scanId: string;
  @ApiProperty({ enum: ['pack', 'load'] }) kind: 'pack' | 'load';
  @ApiProperty({ ...nullableText, example: 'PACK-01', description: 'a pack scan’s station' }) station: string | null;
  @ApiProperty({ ...nullableText, example: 'SH-20261130-001', description: 'a load scan’s shipment' })
  shipmentNumber: string | null;
  @ApiProperty({ example: 'P0000000017', description: 'what was scanned' }) barcode: string;
  @ApiProperty({ ...nullableText, example: 'P0000000017', description: 'the package it names, if any' })
  packageCode: string | null;
  @ApiProperty({ ...nullableText, example: 'SO-2026-0001' }) orderNo: string | null;
  @ApiProperty({ enum: SCAN_RESULTS, enumName: 'ScanResult' }) result: string;
  @ApiProperty({ ...nullableText, example: 'wrong_order' }) reason: string | null;
  @ApiProperty({ ...nullableText, example: 'packer1' }) username: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) undoneAt: string | null;
  @ApiProperty(nullableText) undoReason: string | null;
}

export const ScanRecordPageDto = PageOf(ScanRecordDto);
