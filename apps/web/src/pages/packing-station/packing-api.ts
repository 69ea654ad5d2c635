import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import { classifyAnswer, type QueuedScan, type SendResult } from '../scan/scan-queue';
import { readStored, type StorageScope, writeStored } from '../scan/scan-storage';

/** The packing and loading stations' calls (issue 17's contract, §5–9), typed by the generated schema. */

type Schemas = components['schemas'];
/** A package as every packing answer shows it (contract §7). */
export type PackageView = Schemas['PackageViewDto'];
/** The kinds a package's label names (the api's package groups but `none`). */
export type PackageKind = Exclude<Schemas['PackageGroup'], 'none'>;
/** The answer of a pack scan (contract §6); `result` ok, duplicate or not_expected. */
export type PackScanAnswer = Schemas['PackScanAnswerDto'];
/** The answer of a load scan (contract §9); `result` ok, duplicate, not_in_shipment or not_packed. */
export type LoadScanAnswer = Schemas['LoadScanAnswer'];
export type PackStation = Schemas['StationViewDto'];
/** A package the order or the shipment still lacks. */
export type MissingPackage = Schemas['MissingPackage'];
/** Where an order stands at packing: per door its packages (k of n), and what is still to pack. */
export type PackingProgress = Schemas['OrderPackingDto'];
export type ShipmentSummary = Schemas['ShipmentSummary'];
export type ShipmentOrder = Schemas['ShipmentOrder'];
export type Shipment = Schemas['ShipmentView'];

export async function loadStations(signal?: AbortSignal): Promise<PackStation[]> {
  return unwrap(await api.GET('/api/v1/packing/stations', { signal })).items;
}

/** Opens an order at the station (id or number), or clears it (null). */
export async function setStationOrder(code: string, order: string | null) {
  return unwrap(
    await api.PUT('/api/v1/packing/stations/{code}/order', { params: { path: { code } }, body: { order } }),
  );
}

export async function loadPackingProgress(order: string, signal?: AbortSignal): Promise<PackingProgress> {
  return unwrap(await api.GET('/api/v1/packing/orders/{order}', { params: { path: { order } }, signal }));
}

export async function loadOpenShipments(signal?: AbortSignal): Promise<ShipmentSummary[]> {
  const query = { status: 'open', limit: 100 } as const;
  return unwrap(await api.GET('/api/v1/shipments', { params: { query }, signal })).items;
}

export async function loadShipment(id: string, signal?: AbortSignal): Promise<Shipment> {
  return unwrap(await api.GET('/api/v1/shipments/{id}', { params: { path: { id } }, signal }));
}

/** Closes a shipment: its answer, or the refusal (409 with the missing packages) as it came. */
export async function closeShipment(
  id: string,
  overrideReason?: string,
): Promise<{ ok: true; shipment: Shipment } | { ok: false; status: number; problem: unknown }> {
  const answer = await api.POST('/api/v1/shipments/{id}/close', {
    params: { path: { id } },
    body: overrideReason ? { overrideReason } : {},
  });
  return answer.data !== undefined
    ? { ok: true, shipment: answer.data }
    : { ok: false, status: answer.response.status, problem: answer.error };
}

/** Where a queued scan goes: a pack scan at a station, or a load scan into a shipment. */
export type PackingTarget = { kind: 'pack' } | { kind: 'load'; shipmentId: string };
/** What a waiting scan shows: the code as scanned and where. */
export interface PackingSummary {
  barcode: string;
  station?: string;
  shipment?: string;
}
export type PackingQueued = QueuedScan<PackingTarget, PackingSummary>;
export type PackingRequest = Omit<PackingQueued, 'owner' | 'seq'>;

/** The packing stations' own outbox database (the scan station's is `mendao-scan`, the shop floor's `mendao-station`). */
export const PACKING_DB = 'mendao-packing';
/** A scan that hangs longer than this is taken as not sent (it stays queued; its scanId makes a resend a replay). */
const SEND_TIMEOUT_MS = 15_000;

/** A pack scan at the station, with its scanId made now (a resend of it is a replay, never a second scan). */
export function packRequest(station: string, barcode: string, scanId: string = crypto.randomUUID()): PackingRequest {
  const body: Schemas['PackScanDto'] = { scanId, station, barcode };
  return { scanId, target: { kind: 'pack' }, body, summary: { barcode, station } };
}

export function loadRequest(
  shipment: { id: string; number: string },
  barcode: string,
  scanId: string = crypto.randomUUID(),
): PackingRequest {
  const body: Schemas['LoadScanDto'] = { scanId, barcode };
  return {
    scanId,
    target: { kind: 'load', shipmentId: shipment.id },
    body,
    summary: { barcode, shipment: shipment.number },
  };
}

/** Sends one scan; a failed fetch, a time-out or a 5xx is "unreachable" (kept), a 4xx the api's final word. */
export async function sendPacking(entry: PackingQueued): Promise<SendResult> {
  const signal = AbortSignal.timeout(SEND_TIMEOUT_MS);
  // the body as packRequest or loadRequest made it, read back from the outbox
  const target = entry.target;
  try {
    const answer =
      target.kind === 'pack'
        ? await api.POST('/api/v1/packing/scans', { body: entry.body as Schemas['PackScanDto'], signal })
        : await api.POST('/api/v1/shipments/{id}/scans', {
            params: { path: { id: target.shipmentId } },
            body: entry.body as Schemas['LoadScanDto'],
            signal,
          });
    return classifyAnswer(answer.response.status, answer.data ?? answer.error);
  } catch {
    return { kind: 'unreachable' };
  }
}

const STATION_KEY = 'mendao.packing.station';
const SHIPMENT_KEY = 'mendao.packing.shipment';

/** The pack station this device is, as its last user chose it. */
export function storedStation(scope: StorageScope): string | undefined {
  return readStored<string | null>(() => localStorage, STATION_KEY, scope) ?? undefined;
}

export function storeStation(scope: StorageScope, code: string | undefined): void {
  writeStored(() => localStorage, STATION_KEY, scope, code ?? null);
}

/** The shipment this loading device was loading. */
export function storedShipment(scope: StorageScope): string | undefined {
  return readStored<string | null>(() => localStorage, SHIPMENT_KEY, scope) ?? undefined;
}

export function storeShipment(scope: StorageScope, id: string | undefined): void {
  writeStored(() => localStorage, SHIPMENT_KEY, scope, id ?? null);
}
