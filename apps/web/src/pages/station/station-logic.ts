import type { MessageKey } from '../../i18n/catalogues';
import type { QueuedScan } from '../scan/scan-queue';
import type { ReportAction, ReportBody, WorkOrderView } from '../work-orders/production-api';

/** The machine states an operator taps (ISO 22400's busy, setup, idle and down times come from them). */
export type MachineState = 'running' | 'setup' | 'idle' | 'down' | 'off';
export const TAPPED_STATES: readonly MachineState[] = ['running', 'setup', 'idle', 'down'];

/** What the station needs of a downtime reason (the machines screen's DowntimeReason has it). */
export interface DowntimeReason {
  code: string;
  parentCode: string | null;
  appliesTo: readonly string[];
  active: boolean;
}

/** Where an outbox entry goes: a production report (报工), or a machine's state and count events. */
export type StationTarget = { kind: 'report' } | { kind: 'events'; machine: string };

/** What the last-actions list shows of an entry while it waits. */
export type StationSummary =
  | { kind: 'report'; action: ReportAction; barcode: string; good?: number; scrap?: number }
  | { kind: 'state'; machine: string; state: MachineState; reason?: string }
  | { kind: 'count'; machine: string; good: number; scrap: number };

export type StationQueued = QueuedScan<StationTarget, StationSummary>;
export type StationRequest = Omit<StationQueued, 'owner' | 'seq'>;

/** What the station is: a process, and optionally one machine of it; kept on the tablet. */
export interface Station {
  process: string;
  machine?: string;
}

/** Pieces still to report on a work order: planned less what was reported good or scrap (never below 0). */
export function remaining(order: Pick<WorkOrderView, 'plannedQuantity' | 'good' | 'scrap'>): number {
  return Math.max(0, order.plannedQuantity - order.good - order.scrap);
}

/**
 * A report (开工, 报工, 报废, 完工) of the scanned barcode at this station, with a fresh scanId. The station's process
 * always goes along: a door label needs it to find its work order, and a work order of another process scanned here
 * is the api's to refuse. The machine, when the station has one, gets the counts.
 */
export function reportRequest(
  input: {
    barcode: string;
    action: ReportAction;
    good?: number;
    scrap?: number;
    scrapReason?: string;
    shortReason?: string;
  },
  station: Station,
  scanId: string = crypto.randomUUID(),
): StationRequest {
  const body: ReportBody = {
    scanId,
    barcode: input.barcode,
    process: station.process,
    action: input.action,
    ...(input.good ? { good: input.good } : {}),
    ...(input.scrap ? { scrap: input.scrap, scrapReason: input.scrapReason } : {}),
    ...(station.machine && (input.good || input.scrap) ? { machine: station.machine } : {}),
    ...(input.shortReason ? { shortReason: input.shortReason } : {}),
  };
  return {
    scanId,
    target: { kind: 'report' },
    body: { ...body },
    summary: {
      kind: 'report',
      action: input.action,
      barcode: input.barcode,
      ...(input.good ? { good: input.good } : {}),
      ...(input.scrap ? { scrap: input.scrap } : {}),
    },
  };
}

/** A tap of a machine state at `at` (the tap's own time, not the send's: a queued tap keeps when it happened). */
export function stateRequest(
  machine: string,
  state: MachineState,
  reason: string | undefined,
  at: Date,
  eventId: string = crypto.randomUUID(),
): StationRequest {
  return {
    scanId: eventId,
    target: { kind: 'events', machine },
    body: { states: [{ eventId, at: at.toISOString(), state, ...(reason ? { reason } : {}) }] },
    summary: { kind: 'state', machine, state, ...(reason ? { reason } : {}) },
  };
}

/** Good and scrap counted on a machine at `at`. */
export function countRequest(
  machine: string,
  good: number,
  scrap: number,
  at: Date,
  eventId: string = crypto.randomUUID(),
): StationRequest {
  return {
    scanId: eventId,
    target: { kind: 'events', machine },
    body: { counts: [{ eventId, at: at.toISOString(), good, scrap }] },
    summary: { kind: 'count', machine, good, scrap },
  };
}

/**
 * The reasons an operator may give for a state: the active ones that apply to it (the machines screen's reasonTree
 * then arranges them, a child whose parent does not apply standing at the top, so none is lost).
 */
export function reasonsFor<R extends DowntimeReason>(reasons: readonly R[], state: MachineState): R[] {
  return reasons.filter((r) => r.active && r.appliesTo.includes(state));
}

/** A down state needs a reason; setup and idle may have one; running and off have none. */
export function reasonNeed(state: MachineState): 'required' | 'optional' | 'none' {
  if (state === 'down') return 'required';
  return state === 'setup' || state === 'idle' ? 'optional' : 'none';
}

/** A refusal in words: a key of the station catalogue with its values, or the api's own sentences. */
export type StationProblemText =
  { key: MessageKey; values: Record<string, string | number> } | { detail: string; fields: string[] };

type Problem = {
  code?: unknown;
  detail?: unknown;
  params?: unknown;
  errors?: { field?: unknown; message?: unknown }[];
};

/**
 * The station's words for the api's refusals of a report or a tap: over-reporting with what remains, a work order
 * not available yet (with when it will be), one on hold or done; otherwise the api's own sentence and the fields
 * it names (the caller says them in the screen's language).
 */
export function stationProblem(body: unknown): StationProblemText {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Problem;
  const params = (typeof problem.params === 'object' && problem.params !== null ? problem.params : {}) as Record<
    string,
    unknown
  >;
  const value = (name: string): string | number => {
    const v = params[name];
    return typeof v === 'number' || typeof v === 'string' ? v : '';
  };
  const code = typeof problem.code === 'string' ? problem.code : '';
  if (code === 'production.over_reported')
    return {
      key: 'station.problem.overReported',
      values: { planned: value('planned'), reported: value('reported'), remaining: value('remaining') },
    };
  if (typeof params.availableAt === 'string' || code === 'production.not_available')
    return typeof params.availableAt === 'string'
      ? { key: 'station.problem.availableAt', values: { at: params.availableAt } }
      : { key: 'station.problem.notAvailable', values: {} };
  if (code === 'production.not_fully_reported')
    return {
      key: 'station.problem.notFullyReported',
      values: { planned: value('planned'), reported: value('reported'), remaining: value('remaining') },
    };
  if (code === 'production.work_order_on_hold') return { key: 'station.problem.onHold', values: {} };
  if (code === 'production.work_order_done') return { key: 'station.problem.done', values: {} };
  if (code === 'production.work_order_not_released') return { key: 'station.problem.notReleased', values: {} };
  if (code === 'auth.forbidden') return { key: 'station.problem.forbidden', values: {} };
  const fields = (problem.errors ?? []).flatMap((e) => (typeof e.message === 'string' ? [e.message] : []));
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  if (detail === '' && fields.length === 0) return { key: 'station.problem.unknown', values: {} };
  return { detail, fields };
}

/** A number typed on the pad: whole pieces only, at most 6 digits (no one reports a million at a station). */
export function padInput(current: string, key: string): string {
  if (key === 'clear') return '';
  if (key === 'back') return current.slice(0, -1);
  if (!/^\d$/.test(key) || current.length >= 6) return current;
  return current === '0' ? key : current + key;
}

/**
 * A count typed on the machine panel, as the api takes it: empty is 0, otherwise a whole number ≥ 0. Anything else
 * (−3, 1.5) is refused with the reason rather than rounded or clamped, so the machine never counts what no one typed.
 */
export function countInput(
  raw: string,
): { value: number } | { problem: 'station.count.notWhole' | 'station.count.negative' } {
  const text = raw.trim();
  if (text === '') return { value: 0 };
  const value = Number(text);
  if (!Number.isFinite(value) || !Number.isInteger(value)) return { problem: 'station.count.notWhole' };
  if (value < 0) return { problem: 'station.count.negative' };
  return { value };
}
