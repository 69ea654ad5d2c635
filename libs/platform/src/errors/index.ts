export * from './domain.error';
export * from './error-catalogue';
export * from './problem';
export * from './problem.filter';
export * from './validation.pipe';
