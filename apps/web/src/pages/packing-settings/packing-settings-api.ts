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
