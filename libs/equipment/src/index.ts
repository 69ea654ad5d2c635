// The equipment context's public door: its modules, services and the views they answer with.
export * from './equipment.module';
