// The packing context's public door: its modules, services and the views they answer with.
export * from './packing.module';
export { PackingHttpModule } from './packing-http.module';
export { PACKING_ERRORS } from './packing.errors';
export * from './scan-log';
export { PackagesService, type OrderPackageView, type PackageView } from './order-packages.service';
export { PackingSettingsService, type PackingSettingsView } from './settings.service';
export { SharedScans, type SharedScan, type Together } from './shared-scans';
