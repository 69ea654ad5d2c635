import { randomUUID } from 'node:crypto';
import type { CreateItemDto, CreateLocationDto } from '../dto/master-data.dto';
import type { CountScanDto, StockMoveDto } from '../dto/stock.dto';

// deterministic defaults: a test names only what it is about; codes are made unique by the caller's `code`

export function makeItem(overrides: Partial<CreateItemDto> = {}): CreateItemDto {
  const code = overrides.code ?? 'HDF-8';
  return { code, nameZh: code, nameEn: code, kind: 'board', unit: 'sheet', standardCost: 10, ...overrides };
}

export function makeLocation(overrides: Partial<CreateLocationDto> = {}): CreateLocationDto {
  const code = overrides.code ?? 'A-01';
  return { code, nameZh: code, nameEn: code, type: 'storage', ...overrides };
}

export function makeMove(overrides: Partial<StockMoveDto> = {}): StockMoveDto {
  return { scanId: randomUUID(), type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01', ...overrides };
}

export function makeCountScan(overrides: Partial<CountScanDto> = {}): CountScanDto {
  return { scanId: randomUUID(), item: 'HDF-8', quantity: 1, ...overrides };
}
