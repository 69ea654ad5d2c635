export * from './run-in-worker';
