export * from './data-source-options';
export * from './embedded-postgres';
export * from './migrator';
export * from './snake-naming.strategy';
export * from './numeric';
export * from './prepared-query';
export * from './round-trips';
export * from './workload';
