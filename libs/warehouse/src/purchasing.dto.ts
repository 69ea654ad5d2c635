import { ApiProperty } from '@nestjs/swagger';
import { UnlistedMaterialDto } from './dto/stock-responses.dto';

export class PurchaseSuggestionDto {
  @ApiProperty({ example: 'CASING-60' }) item: string;
  @ApiProperty({ example: '门套线 60' }) name: string;
  @ApiProperty({ example: 'Casing 60' }) nameEn: string;
  @ApiProperty({ example: 'piece' }) unit: string;
  @ApiProperty({ description: 'what the open split runs still need, in the item’s unit', example: 132 })
  demand: number;
  @ApiProperty({ description: 'pickable stock (storage and receiving locations)', example: 150 }) available: number;
  @ApiProperty({ example: 60 }) reorderPoint: number;
  @ApiProperty({ description: 'max(0, demand + reorderPoint − available), in the item’s unit', example: 42 })
  shortfall: number;
  @ApiProperty({ type: String, nullable: true, description: 'null: bought in the item’s own unit', example: '捆' })
  purchaseUnit: string | null;
  @ApiProperty({ description: 'item units per purchase unit', example: 10 }) purchaseUnitSize: number;
  @ApiProperty({ description: '⌈shortfall / purchaseUnitSize⌉ purchase units', example: 5 }) toBuy: number;
  @ApiProperty({ description: 'toBuy × purchaseUnitSize, in the item’s unit', example: 50 }) toBuyQuantity: number;
}

export class OpenRunDto {
  @ApiProperty({ format: 'uuid', example: '437df9ff-ba79-4a5e-beed-42524544dd41' }) splitRunId: string;
  @ApiProperty({ type: [String], example: ['DEMO-0001'] }) orders: string[];
  @ApiProperty({ description: 'true: its pick list says what is left; false: its whole requirement counts' })
  pickList: boolean;
}

export class UnlistedRunMaterialDto extends UnlistedMaterialDto {
  @ApiProperty({ format: 'uuid', example: '437df9ff-ba79-4a5e-beed-42524544dd41' }) splitRunId: string;
}

export class PurchaseSuggestionsDto {
  @ApiProperty({ type: [PurchaseSuggestionDto], description: 'what must be bought first, then by item code' })
  items: PurchaseSuggestionDto[];
  @ApiProperty({ type: [OpenRunDto], description: 'the split runs whose demand is counted' }) openRuns: OpenRunDto[];
  @ApiProperty({ type: [UnlistedRunMaterialDto], description: 'materials of those runs not counted, and why' })
  unlisted: UnlistedRunMaterialDto[];
}
