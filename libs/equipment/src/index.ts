// The equipment context's public door: its modules, services and the views they answer with.
export * from './equipment.module';
export * from './oee/oee.module';
export * from './oee/oee-rollups.service';
