export * from './statement-queue';
export * from './take-batch';
export * from './shared-reads';
