// The equipment context's public door: its modules, services and the views they answer with.
export * from './equipment.module';
export * from './domain/equipment-codes';
export { lockMachines } from './machine-locks';
// the events' rules of time, shared with the MQTT gateway's own checks
export { eventTimeProblem, isIsoInstant, MAX_FUTURE_MS, MAX_PAST_DAYS } from './domain/machine-events';
export * from './machine-events.service';
export type { MachineView } from './machines.service';
export { MachinesService } from './machines.service';
export type { DowntimeReasonView } from './downtime-reasons.service';
export { DowntimeReasonsService } from './downtime-reasons.service';
export type { MaintenanceView, ShiftView } from './calendar.service';
export * from './oee/oee.module';
export * from './oee/oee-rollups.service';
export { OeeQueries } from './oee/oee-queries.service';
export type { OeeItem, OeeQuery, TimelineItem } from './oee/oee-queries.service';
