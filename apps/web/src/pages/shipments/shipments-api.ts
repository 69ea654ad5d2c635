import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';

/** Shipment planning's calls (issue 17's contract, §9), typed by the generated schema. */

type Schemas = components['schemas'];
/** open: being loaded; closed: gone (its orders shipped); cancelled: called off with nothing loaded */
export type ShipmentStatus = Schemas['ShipmentStatus'];
/** A package the shipment still lacks (open), or lacked when a supervisor closed it (override). */
export type MissingPackage = Schemas['MissingPackage'];
export type ShipmentOrder = Schemas['ShipmentOrder'];
/** A shipment in the list: its header and counts. */
export type ShipmentSummary = Schemas['ShipmentSummary'];
export type Shipment = Schemas['ShipmentView'];
export type ShipmentPage = Schemas['ShipmentSummaryPage'];
export type ManifestPackage = Schemas['ManifestPackage'];
/** What was loaded, when and by whom, per order by stop; what was missing and who let it go (override). */
export type Manifest = Schemas['ShipmentManifest'];
export type NewShipment = Schemas['CreateShipmentDto'];

export const SHIPMENTS_PAGE_SIZE = 50;

export async function loadShipments(
  status: ShipmentStatus | undefined,
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<ShipmentPage> {
  const query = { status, cursor, limit: SHIPMENTS_PAGE_SIZE };
  return unwrap(await api.GET('/api/v1/shipments', { params: { query }, signal }));
}

export async function loadShipment(id: string, signal?: AbortSignal): Promise<Shipment> {
  return unwrap(await api.GET('/api/v1/shipments/{id}', { params: { path: { id } }, signal }));
}

export async function createShipment(shipment: NewShipment): Promise<Shipment> {
  return unwrap(await api.POST('/api/v1/shipments', { body: shipment }));
}

/** Calls off an open shipment nothing is loaded on: its orders are free for another. */
export async function cancelShipment(id: string): Promise<Shipment> {
  return unwrap(await api.POST('/api/v1/shipments/{id}/cancel', { params: { path: { id } } }));
}

export async function loadManifest(id: string, signal?: AbortSignal): Promise<Manifest> {
  return unwrap(await api.GET('/api/v1/shipments/{id}/manifest', { params: { path: { id } }, signal }));
}

/** The manifest (装车清单) as a PDF blob: the route needs the bearer token, so it is fetched, then saved. */
export async function manifestPdf(id: string): Promise<Blob> {
  return unwrap(await api.GET('/api/v1/shipments/{id}/manifest.pdf', { params: { path: { id } }, parseAs: 'blob' }));
}
