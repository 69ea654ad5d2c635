export * from './eventually';
export * from './manual-clock';
export * from './test-database';
export * from './test-runtime';
export * from './platform-context';
export * from './workers';
