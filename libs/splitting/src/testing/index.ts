export * from './builders';
export * from './splitting-context';
export * from './hostile-imports';
