import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';

/** The pack stations and the factory's barcode settings (issue 17's contract, §5, §10), typed by the generated schema. */

type Schemas = components['schemas'];
export type PackStation = Schemas['StationViewDto'];
/** The factory's barcode settings as the api answers them: no gs1CompanyPrefix, the internal codes P#########C. */
export type PackingSettings = Schemas['PackingSettingsViewDto'];

export async function loadStations(signal?: AbortSignal): Promise<PackStation[]> {
  return unwrap(await api.GET('/api/v1/packing/stations', { signal })).items;
}

export async function createStation(station: Schemas['CreateStationDto']): Promise<PackStation> {
  return unwrap(await api.POST('/api/v1/packing/stations', { body: station }));
}

export async function updateStation(code: string, change: Schemas['UpdateStationDto']): Promise<PackStation> {
  return unwrap(await api.PUT('/api/v1/packing/stations/{code}', { params: { path: { code } }, body: change }));
}

export async function loadPackingSettings(signal?: AbortSignal): Promise<PackingSettings> {
  return unwrap(await api.GET('/api/v1/packing/settings', { signal }));
}

export async function savePackingSettings(settings: Schemas['PackingSettingsDto']): Promise<PackingSettings> {
  return unwrap(await api.PUT('/api/v1/packing/settings', { body: settings }));
}

/** One pack or load scan as the scan log lists it (GET /packing/scans), refusals too. */
export type ScanRecord = Schemas['ScanRecord'];
export type ScanResult = Schemas['ScanResult'];
export type ScanFilter = { station?: string; shipment?: string; result?: ScanResult };

export async function loadScans(filter: ScanFilter, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/packing/scans', { params: { query: { ...filter, limit: 50, cursor } }, signal }),
  );
}

/** A supervisor undoes an ok scan with a reason (409 when it cannot be: loaded, shipped, closed, undone already). */
export async function undoScan(scanId: string, reason: string) {
  return unwrap(
    await api.POST('/api/v1/packing/scans/{scanId}/undo', { params: { path: { scanId } }, body: { reason } }),
  );
}
