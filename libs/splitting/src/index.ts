// The splitting context's only public door: its modules, its services and the views they answer with.
// Entities, repositories and the domain stay inside; another context asks a service.
export { SplittingHttpModule, SplittingModule } from './splitting.module';
export { ProductsService, type ProductView } from './products.service';
export { MaterialsService, type MaterialView } from './materials.service';
export { ProcessesService, type ProcessInfo, type ProcessView } from './processes.service';
export { OrdersService, type LineView, type OrderView } from './orders.service';
export { OrderImportService, type ImportFormat } from './order-import.service';
// the app's bound on imports read at once (a provider); tests hold a slot to see the next import refused
export { ImportGate } from './import/import-gate';
export { SplitRunsService, type SplitRunView } from './split-runs.service';
// what production reads of a run and how it releases one (its orders go in_production)
export {
  RunReleaseService,
  type PackageDoor,
  type ProductionOrder,
  type ProductionPart,
  type RunForProduction,
} from './run-release.service';
// what packing and shipping read of packages and how they move orders (pack, unpack, ship) under the order's lock
export {
  type FulfilmentAction,
  type FulfilmentOrder,
  type FulfilmentPackage,
  OrderFulfilmentService,
} from './order-fulfilment.service';
export type { OrderStatus } from './domain/order-status';
// handing in words (左内开 left, opens in), for labels printed outside splitting
export { HANDING_LABELS, type HandingCode } from './domain/handing';
export {
  gs1CheckDigit,
  MAX_PACKAGE_SERIAL,
  PACKAGE_CODE_PATTERN,
  packageCode,
  packageSerial,
} from './domain/package-code';
export type { SplitRunStatus } from './domain/split-run-status';
// The demo catalogue is published data, not domain logic: the warehouse seeds items for the same
// materials, and the benchmark and e2e tests load it over HTTP as a planner would.
export { DEMO_MATERIALS, DEMO_PRODUCTS } from './domain/demo-catalogue';
export { DEMO_PROCESS_ORDER, DEMO_PROCESSES } from './domain/demo-processes';
// response DTOs of cut plans, shared with the api's stateless cutting routes (OpenAPI)
export * from './dto/cut-plan.dto';
// the port a split asks for remnants (余料) in stock through; the warehouse binds it
export { RemnantStock, type RemnantOffer, type RemnantUse } from './remnant-stock.port';
