/** The codes the equipment tables check (migration 1765310000000): one list each, shared by DTOs and rules. */
export const MACHINE_PROCESSES = [
  'cutting',
  'pressing',
  'edge_banding',
  'cnc',
  'sanding',
  'painting',
  'assembly',
  'packing',
] as const;
export type MachineProcess = (typeof MACHINE_PROCESSES)[number];

export const COUNT_UNITS = ['sheet', 'part', 'm', 'm2', 'cycle'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

export const MACHINE_STATES = ['running', 'idle', 'setup', 'down', 'off'] as const;
export type MachineState = (typeof MACHINE_STATES)[number];

/** The states a downtime reason may qualify. */
export const REASON_STATES = ['down', 'idle', 'setup'] as const;
export type ReasonState = (typeof REASON_STATES)[number];

/** The six big losses (TPM) plus the availability losses that are not the machine's fault. */
export const LOSSES = [
  'breakdown',
  'setup',
  'small_stop',
  'slow_cycle',
  'startup_reject',
  'production_reject',
  'no_order',
  'planned',
] as const;
export type Loss = (typeof LOSSES)[number];

export const STATE_SOURCES = ['tablet', 'gateway', 'http'] as const;
export type StateSource = (typeof STATE_SOURCES)[number];

export const COUNT_SOURCES = ['machine', 'report'] as const;
export type CountSource = (typeof COUNT_SOURCES)[number];

/**
 * Where a machine's counts come from, so no unit is counted twice: `any` takes the machine's own counts (gateway,
 * tablet) and station reports (报工) alike; `machine` takes its own only (a report on it counts nothing there);
 * `reports` takes station reports only (its count events are refused).
 */
export const COUNTS_FROM = ['any', 'machine', 'reports'] as const;
export type CountsFrom = (typeof COUNTS_FROM)[number];

/** A planned break inside a shift, local wall-clock times 'HH:MM'. */
export interface ShiftBreak {
  start: string;
  end: string;
}
