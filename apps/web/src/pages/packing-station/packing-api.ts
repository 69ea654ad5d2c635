import { api, ApiError, isProblem } from '../../api/client';
import { classifyAnswer, type QueuedScan, type SendResult } from '../scan/scan-queue';
import { readStored, type StorageScope, writeStored } from '../scan/scan-storage';

/**
 * The packing and loading stations' calls (issue 17's contract, §5–9). The routes came with the same change as these
 * screens, so their types are written here from the contract rather than read from the generated schema.
 */

export type PackageKind = 'leaf' | 'frame' | 'casing' | 'hardware' | 'glass';
export type PackageStatus = 'created' | 'packed' | 'loaded';

export interface OrderRef {
  id: string;
  orderNo: string;
  customer?: string;
}

/** A package as every packing answer shows it (contract §7). */
export interface PackageView {
  code: string;
  barcode: string;
  kind: PackageKind;
  k: number;
  n: number;
  order: OrderRef;
  line: { id: string; lineNo: number; room: string | null; productCode?: string };
  doorNo: number;
  status: PackageStatus;
  station?: string | null;
  shipment?: { id: string; number: string } | null;
}

/** The answer of a pack scan (contract §6); `result` ok, duplicate or not_expected. */
export interface PackScanAnswer {
  result: string;
  reason?: string | null;
  replayed?: boolean;
  package?: PackageView;
  order?: { id: string; orderNo: string; customer?: string; packed: number; expected: number; complete: boolean };
  door?: { lineNo: number; doorNo: number; room: string | null; packed: number; n: number; missing: number[] };
  station?: { code: string; openOrder: { id: string; orderNo: string } | null };
}

/** The answer of a load scan (contract §9); `result` ok, duplicate, not_in_shipment or not_packed. */
export interface LoadScanAnswer {
  result: string;
  reason?: string | null;
  replayed?: boolean;
  package?: PackageView;
  loaded: number;
  expected: number;
  order?: { id: string; orderNo: string; loaded: number; expected: number; complete: boolean };
}

export interface PackStation {
  code: string;
  name: string;
  active: boolean;
  openOrder?: { id: string; orderNo: string } | null;
}

/** A package the order or the shipment still lacks. */
export interface MissingPackage {
  code: string;
  barcode: string;
  orderNo: string;
  lineNo: number;
  doorNo: number;
  k: number;
  n: number;
  kind?: PackageKind;
}

/** Where an order stands at packing: per door its packages (k of n), and what is still to pack. */
export interface PackingProgress {
  order: { id: string; orderNo: string; customer: string; status?: string; packed: number; expected: number };
  doors: {
    lineNo: number;
    doorNo: number;
    room: string | null;
    ready: boolean;
    packed: number;
    n: number;
    packages: { code: string; barcode: string; kind: PackageKind; k: number; n: number; status: PackageStatus }[];
  }[];
}

export interface ShipmentOrder {
  id: string;
  orderNo: string;
  customer: string;
  stop: number;
  status: string;
  loaded: number;
  expected: number;
  packed: number;
}

export interface Shipment {
  id: string;
  number: string;
  vehicle: string;
  driver: string | null;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
  overrideReason: string | null;
  orders: ShipmentOrder[];
  loaded: number;
  expected: number;
  missing: MissingPackage[];
}

type Answer = { data?: unknown; error?: unknown; response: Response };
type Init = { body?: unknown; params?: { query?: Record<string, unknown> }; signal?: AbortSignal };
/** The typed client's calls, on paths the generated schema does not list yet (see the note at the top). */
const client = api as unknown as Record<'GET' | 'POST' | 'PUT', (path: string, init?: Init) => Promise<Answer>>;

/** The answer's body, or its problem thrown (TanStack Query shows it). */
function body<T>(answer: Answer): T {
  if (answer.response.ok) return answer.data as T;
  if (isProblem(answer.error)) throw new ApiError(answer.error);
  throw new Error(`HTTP ${answer.response.status}`);
}

const segment = (value: string) => encodeURIComponent(value);

export async function loadStations(signal?: AbortSignal): Promise<PackStation[]> {
  const answer = body<PackStation[] | { items: PackStation[] }>(
    await client.GET('/api/v1/packing/stations', { signal }),
  );
  return Array.isArray(answer) ? answer : answer.items;
}

/** Opens an order at the station (id or number), or clears it (null). */
export async function setStationOrder(code: string, order: string | null): Promise<PackStation> {
  return body(await client.PUT(`/api/v1/packing/stations/${segment(code)}/order`, { body: { order } }));
}

export async function loadPackingProgress(order: string, signal?: AbortSignal): Promise<PackingProgress> {
  return body(await client.GET(`/api/v1/packing/orders/${segment(order)}`, { signal }));
}

export async function loadOpenShipments(signal?: AbortSignal): Promise<Shipment[]> {
  const answer = body<{ items: Shipment[] }>(
    await client.GET('/api/v1/shipments', { params: { query: { status: 'open', limit: 100 } }, signal }),
  );
  return answer.items;
}

export async function loadShipment(id: string, signal?: AbortSignal): Promise<Shipment> {
  return body(await client.GET(`/api/v1/shipments/${segment(id)}`, { signal }));
}

/** Closes a shipment: its answer, or the refusal (409 with the missing packages) as it came. */
export async function closeShipment(
  id: string,
  overrideReason?: string,
): Promise<{ ok: true; shipment: Shipment } | { ok: false; status: number; problem: unknown }> {
  const answer = await client.POST(`/api/v1/shipments/${segment(id)}/close`, {
    body: overrideReason ? { overrideReason } : {},
  });
  return answer.response.ok
    ? { ok: true, shipment: answer.data as Shipment }
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
  return { scanId, target: { kind: 'pack' }, body: { scanId, station, barcode }, summary: { barcode, station } };
}

export function loadRequest(
  shipment: { id: string; number: string },
  barcode: string,
  scanId: string = crypto.randomUUID(),
): PackingRequest {
  return {
    scanId,
    target: { kind: 'load', shipmentId: shipment.id },
    body: { scanId, barcode },
    summary: { barcode, shipment: shipment.number },
  };
}

/** Sends one scan; a failed fetch, a time-out or a 5xx is "unreachable" (kept), a 4xx the api's final word. */
export async function sendPacking(entry: PackingQueued): Promise<SendResult> {
  const signal = AbortSignal.timeout(SEND_TIMEOUT_MS);
  const path =
    entry.target.kind === 'pack'
      ? '/api/v1/packing/scans'
      : `/api/v1/shipments/${segment(entry.target.shipmentId)}/scans`;
  try {
    const answer = await client.POST(path, { body: entry.body, signal });
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
