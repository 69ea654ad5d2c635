export * from './audit-log.entity';
export * from './audit.controller';
export * from './audit.service';
