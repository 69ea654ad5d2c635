export * from './builders';
export * from './splitting-context';
