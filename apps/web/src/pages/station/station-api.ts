import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import { classifyAnswer, type SendResult } from '../scan/scan-queue';
import { readStored, type StorageScope, writeStored } from '../scan/scan-storage';
import { postReport, type ReportBody } from '../work-orders/production-api';
import type { Station, StationQueued } from './station-logic';

export type Process = components['schemas']['ProcessDto'];

export type MachineView = components['schemas']['MachineDto'];

/** A report or a tap that hangs longer than this is taken as not sent (it stays queued; its id makes a resend safe). */
const SEND_TIMEOUT_MS = 15_000;
const STATION_KEY = 'mendao.station';
/** The production station's own outbox database (the scan station's is `mendao-scan`). */
export const STATION_DB = 'mendao-station';

export async function loadProcesses(signal?: AbortSignal): Promise<Process[]> {
  return unwrap(await api.GET('/api/v1/processes', { signal }));
}

export async function loadMachine(code: string, signal?: AbortSignal): Promise<MachineView> {
  return unwrap(await api.GET('/api/v1/machines/{code}', { params: { path: { code } }, signal }));
}

/** Sends one report or tap; a failed fetch, a time-out or a 5xx is "unreachable" (kept), a 4xx the api's final word. */
export async function sendStation(entry: StationQueued): Promise<SendResult> {
  const signal = AbortSignal.timeout(SEND_TIMEOUT_MS);
  try {
    const answer =
      entry.target.kind === 'report'
        ? await postReport(entry.body as ReportBody, signal)
        : await api.POST('/api/v1/machines/{code}/events', {
            params: { path: { code: entry.target.machine } },
            body: entry.body,
            signal,
          });
    return classifyAnswer(answer.response.status, answer.data ?? answer.error);
  } catch {
    return { kind: 'unreachable' };
  }
}

/** The station this tablet is (its process, its machine), as the last user of it chose. */
export function storedStation(scope: StorageScope): Station | undefined {
  return readStored<Station>(() => localStorage, STATION_KEY, scope);
}

export function storeStation(scope: StorageScope, station: Station): void {
  writeStored(() => localStorage, STATION_KEY, scope, station);
}
