import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import type { MessageKey } from '../../i18n/catalogues';

type Schemas = components['schemas'];
export type Machine = Schemas['MachineDto'];
export type Shift = Schemas['ShiftDto'];
export type ShiftBreak = Schemas['ShiftBreakDto'];
export type Holiday = Schemas['HolidayDto'];
export type Maintenance = Schemas['MaintenanceDto'];
export type DowntimeReason = Schemas['DowntimeReasonDto'];

// The api's enums, from the generated schema; each label record below `satisfies` a Record over one of them,
// so a value the api gains (or loses) fails the compile here, and each list is its record's keys.
export type MachineProcess = Machine['process'];
export type CountUnit = Machine['countUnit'];
export type ReasonState = DowntimeReason['appliesTo'][number];
export type Loss = DowntimeReason['loss'];

export const PROCESS_LABEL = {
  cutting: 'machines.process.cutting',
  pressing: 'machines.process.pressing',
  edge_banding: 'machines.process.edge_banding',
  cnc: 'machines.process.cnc',
  sanding: 'machines.process.sanding',
  painting: 'machines.process.painting',
  assembly: 'machines.process.assembly',
  packing: 'machines.process.packing',
} as const satisfies Record<MachineProcess, MessageKey>;
export const MACHINE_PROCESSES = Object.keys(PROCESS_LABEL) as MachineProcess[];

export const UNIT_LABEL = {
  sheet: 'machines.unit.sheet',
  part: 'machines.unit.part',
  m: 'machines.unit.m',
  m2: 'machines.unit.m2',
  cycle: 'machines.unit.cycle',
} as const satisfies Record<CountUnit, MessageKey>;
export const COUNT_UNITS = Object.keys(UNIT_LABEL) as CountUnit[];

export const STATE_LABEL = {
  running: 'machines.state.running',
  idle: 'machines.state.idle',
  setup: 'machines.state.setup',
  down: 'machines.state.down',
  off: 'machines.state.off',
  unknown: 'machines.state.unknown',
} as const satisfies Record<string, MessageKey>;

/** The states a downtime reason may apply to, in the order of the reason form's checkboxes. */
const REASON_STATE_LABEL = {
  down: 'machines.state.down',
  idle: 'machines.state.idle',
  setup: 'machines.state.setup',
} as const satisfies Record<ReasonState, MessageKey>;
export const REASON_STATES = Object.keys(REASON_STATE_LABEL) as ReasonState[];

export const LOSS_LABEL = {
  breakdown: 'machines.loss.breakdown',
  setup: 'machines.loss.setup',
  small_stop: 'machines.loss.small_stop',
  slow_cycle: 'machines.loss.slow_cycle',
  startup_reject: 'machines.loss.startup_reject',
  production_reject: 'machines.loss.production_reject',
  no_order: 'machines.loss.no_order',
  planned: 'machines.loss.planned',
} as const satisfies Record<Loss, MessageKey>;
export const LOSSES = Object.keys(LOSS_LABEL) as Loss[];

export const WEEKDAY_LABEL: Record<number, MessageKey> = {
  1: 'machines.weekday.1',
  2: 'machines.weekday.2',
  3: 'machines.weekday.3',
  4: 'machines.weekday.4',
  5: 'machines.weekday.5',
  6: 'machines.weekday.6',
  7: 'machines.weekday.7',
};

export const EQUIPMENT_KEY = ['equipment'] as const;
export const MACHINES_KEY = [...EQUIPMENT_KEY, 'machines'] as const;
export const SHIFTS_KEY = [...EQUIPMENT_KEY, 'shifts'] as const;
export const HOLIDAYS_KEY = [...EQUIPMENT_KEY, 'holidays'] as const;
export const MAINTENANCE_KEY = [...EQUIPMENT_KEY, 'maintenance'] as const;
export const REASONS_KEY = [...EQUIPMENT_KEY, 'reasons'] as const;

/** Every machine with its state now (a small list: the api answers it whole). */
export function useMachines(refetchInterval?: number) {
  return useQuery({
    queryKey: MACHINES_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/machines', { signal })).items,
    refetchInterval,
  });
}

export function useShifts() {
  return useQuery({
    queryKey: SHIFTS_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/shifts', { signal })).items,
    staleTime: 60_000,
  });
}

export function useHolidays() {
  return useQuery({
    queryKey: HOLIDAYS_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/calendar/holidays', { signal })).items,
    staleTime: 60_000,
  });
}

export function useMaintenance() {
  return useQuery({
    queryKey: MAINTENANCE_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/calendar/maintenance', { signal })).items,
  });
}

export function useReasons() {
  return useQuery({
    queryKey: REASONS_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/downtime-reasons', { signal })).items,
    staleTime: 60_000,
  });
}

/** A machine's name in the screen's language (the English one may be missing). */
export function machineName(machine: Pick<Machine, 'name' | 'nameEn'>, language: string): string {
  return language === 'en' && machine.nameEn ? machine.nameEn : machine.name;
}

/** The factory's processes (GET /processes), for labelling machines with the names the factory uses. */
export function useProcesses() {
  return useQuery({
    queryKey: [...EQUIPMENT_KEY, 'processes'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/processes', { signal })),
    staleTime: 300_000,
  });
}
