export * from './factory-owned';
export * from './factory-scope';
export * from './factory-sql';
export * from './factory-scoped.repository';
export * from './tenancy.context';
