import { api, ApiError, isProblem } from '../../api/client';

/**
 * Shipment planning's calls (issue 17's contract, §9). The routes came with the same change as this screen, so their
 * types are written here from the api's DTOs rather than read from the generated schema.
 */

/** open: being loaded; closed: gone (its orders shipped); cancelled: called off with nothing loaded */
export type ShipmentStatus = 'open' | 'closed' | 'cancelled';

/** A package the shipment still lacks (open), or lacked when a supervisor closed it (override). */
export interface MissingPackage {
  code: string;
  barcode: string;
  orderNo: string;
  lineNo: number;
  doorNo: number;
  k: number;
  n: number;
}

export interface ShipmentOrder {
  id: string;
  orderNo: string;
  customer: string;
  /** delivery stop: 1 is delivered first */
  stop: number;
  status: string;
  loaded: number;
  expected: number;
  packed: number;
}

/** A shipment in the list: its header and counts. */
export interface ShipmentSummary {
  id: string;
  number: string;
  vehicle: string;
  driver: string | null;
  status: ShipmentStatus;
  createdAt: string;
  closedAt: string | null;
  overrideReason: string | null;
  loaded: number;
  expected: number;
  orders: number;
}

export interface Shipment extends Omit<ShipmentSummary, 'orders'> {
  orders: ShipmentOrder[];
  missing: MissingPackage[];
}

export interface ShipmentPage {
  items: ShipmentSummary[];
  nextCursor: string | null;
}

export interface ManifestPackage {
  code: string;
  barcode: string;
  kind: string;
  lineNo: number;
  room: string | null;
  productCode: string;
  doorNo: number;
  k: number;
  n: number;
  loadedAt: string;
  loadedBy: string | null;
}

/** What was loaded, when and by whom, per order by stop; what was missing and who let it go (override). */
export interface Manifest {
  shipment: ShipmentSummary;
  orders: (ShipmentOrder & { packages: ManifestPackage[] })[];
  missing: MissingPackage[];
  override: { reason: string; by: { id: string | null; username: string | null }; at: string } | null;
}

export interface NewShipment {
  vehicle: string;
  driver?: string;
  /** in delivery order: the first is delivered first */
  orderIds: string[];
}

type Answer = { data?: unknown; error?: unknown; response: Response };
type Init = { body?: unknown; params?: { query?: Record<string, unknown> }; parseAs?: 'blob'; signal?: AbortSignal };
/** The typed client's calls, on paths the generated schema does not list yet (see the note at the top). */
const client = api as unknown as Record<'GET' | 'POST', (path: string, init?: Init) => Promise<Answer>>;

/** The answer's body, or its problem thrown (TanStack Query and the forms show it). */
function body<T>(answer: Answer): T {
  if (answer.response.ok) return answer.data as T;
  if (isProblem(answer.error)) throw new ApiError(answer.error);
  throw new Error(`HTTP ${answer.response.status}`);
}

const segment = (value: string) => encodeURIComponent(value);

export const SHIPMENTS_PAGE_SIZE = 50;

export async function loadShipments(
  status: ShipmentStatus | undefined,
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<ShipmentPage> {
  const query = { status, cursor, limit: SHIPMENTS_PAGE_SIZE };
  return body(await client.GET('/api/v1/shipments', { params: { query }, signal }));
}

export async function loadShipment(id: string, signal?: AbortSignal): Promise<Shipment> {
  return body(await client.GET(`/api/v1/shipments/${segment(id)}`, { signal }));
}

export async function createShipment(shipment: NewShipment): Promise<Shipment> {
  return body(await client.POST('/api/v1/shipments', { body: shipment }));
}

/** Calls off an open shipment nothing is loaded on: its orders are free for another. */
export async function cancelShipment(id: string): Promise<Shipment> {
  return body(await client.POST(`/api/v1/shipments/${segment(id)}/cancel`));
}

export async function loadManifest(id: string, signal?: AbortSignal): Promise<Manifest> {
  return body(await client.GET(`/api/v1/shipments/${segment(id)}/manifest`, { signal }));
}

/** The manifest (装车清单) as a PDF blob: the route needs the bearer token, so it is fetched, then saved. */
export async function manifestPdf(id: string): Promise<Blob> {
  return body(await client.GET(`/api/v1/shipments/${segment(id)}/manifest.pdf`, { parseAs: 'blob' }));
}
