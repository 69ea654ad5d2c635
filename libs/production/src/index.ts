// The production context's public door: its modules, services and the views they answer with.
export * from './production.module';
export { ProductionHttpModule } from './production-http.module';
export { WorkOrdersService, type ReleaseAnswer, type WorkOrderDetail, type WorkOrderView } from './work-orders.service';
export { ReportsService, type ReportAnswer } from './reports.service';
// the packing issue asks which doors are ready: ProgressService.doorsReady(order)
export { ProgressService, type OrderProgressView, type ReadyDoor, type WipView } from './progress.service';
export type { WorkOrderStatus } from './domain/work-order-status';
