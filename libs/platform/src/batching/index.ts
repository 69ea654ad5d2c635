export * from './statement-queue';
export * from './take-batch';
