import { api, ApiError, isProblem } from '../../api/client';

/**
 * The pack stations and the factory's barcode settings (issue 17's contract, §5, §10). The routes came with the same
 * change as this screen, so their types are written here from the api's DTOs rather than read from the schema.
 */

export interface PackStation {
  code: string;
  name: string;
  active: boolean;
  openOrder: { id: string; orderNo: string } | null;
  openedAt: string | null;
  createdAt: string;
}

export interface PackingSettings {
  /** the GS1 company prefix (7–10 digits): labels carry SSCC-18 codes; null: the internal codes P#########C */
  gs1CompanyPrefix: string | null;
  /** the SSCC's extension digit, 0–9 */
  ssccExtension: number;
}

type Answer = { data?: unknown; error?: unknown; response: Response };
type Init = { body?: unknown; signal?: AbortSignal };
/** The typed client's calls, on paths the generated schema does not list yet (see the note at the top). */
const client = api as unknown as Record<'GET' | 'POST' | 'PUT', (path: string, init?: Init) => Promise<Answer>>;

function body<T>(answer: Answer): T {
  if (answer.response.ok) return answer.data as T;
  if (isProblem(answer.error)) throw new ApiError(answer.error);
  throw new Error(`HTTP ${answer.response.status}`);
}

export async function loadStations(signal?: AbortSignal): Promise<PackStation[]> {
  return body<{ items: PackStation[] }>(await client.GET('/api/v1/packing/stations', { signal })).items;
}

export async function createStation(station: { code: string; name: string }): Promise<PackStation> {
  return body(await client.POST('/api/v1/packing/stations', { body: station }));
}

export async function updateStation(code: string, change: { name?: string; active?: boolean }): Promise<PackStation> {
  return body(await client.PUT(`/api/v1/packing/stations/${encodeURIComponent(code)}`, { body: change }));
}

export async function loadPackingSettings(signal?: AbortSignal): Promise<PackingSettings> {
  return body(await client.GET('/api/v1/packing/settings', { signal }));
}

export async function savePackingSettings(settings: PackingSettings): Promise<PackingSettings> {
  return body(await client.PUT('/api/v1/packing/settings', { body: settings }));
}
