// The production context's public door: its modules, services and the views they answer with.
export * from './production.module';
