// The lib's public door: modules, services and the views they answer with (no entities, no statements).
export * from './warehouse.module';
export * from './warehouse.errors';
export { MasterDataService, type ItemView, type LocationView } from './master-data.service';
export { StockService, type BalanceView } from './stock.service';
export { StockLedger, type BalanceAfter, type LedgerEntry, type MoveAnswer, type MoveView } from './stock-ledger';
export { CountsService, type CountView, type CountReportView } from './counts.service';
export { PickListsService, type PickListView } from './pick-lists.service';
// binds the split's remnant port; the worker imports it alone (it runs split jobs without the stores' services)
export { RemnantStockModule } from './remnant-stock.module';
