import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import type { KnownLocation, Mode, ScanIntent } from './scan-steps';
import { classifyAnswer, type QueuedScan, type SendResult } from './scan-queue';
import { readStored, type StorageScope, writeStored } from './scan-storage';

export type MoveAnswer = components['schemas']['MoveAnswerDto'];
export type CountScanAnswer = components['schemas']['CountScanAnswerDto'];
export type PickList = components['schemas']['PickListDto'];
export type Count = components['schemas']['CountDto'];
export type PickListSummary = components['schemas']['PickListSummaryDto'];
export type OpenPickList = PickListSummary & { orders: string[] };
type MoveBody = components['schemas']['StockMoveDto'];
type CountBody = components['schemas']['CountScanDto'];

/** A scan that hangs longer than this is taken as not sent (it stays queued; its scanId makes a resend safe). */
const SEND_TIMEOUT_MS = 15_000;
/** Names this station in the ledger's `device` column. */
const DEVICE = 'web-scan';
const LOCATIONS_KEY = 'mendao.scan.locations';

const MOVE_TYPE: Record<Exclude<Mode, 'count'>, MoveBody['type']> = {
  receipt: 'receipt',
  issue: 'issue',
  transfer: 'transfer',
};

/** The request a scan makes, with the scanId it carries from the moment it was scanned. */
export function scanRequest(
  scan: ScanIntent,
  context: { countId?: string; pickListId?: string; fixedLocation?: string },
): Omit<QueuedScan, 'owner' | 'seq'> {
  const scanId = crypto.randomUUID();
  const lot = scan.lot ? { lot: scan.lot } : {};
  const summary = {
    mode: scan.mode,
    item: scan.item,
    quantity: scan.quantity,
    ...(scan.from ? { from: scan.from } : {}),
    ...(scan.to ? { to: scan.to } : {}),
    ...(scan.location ? { location: scan.location } : {}),
    ...lot,
  };
  if (scan.mode === 'count') {
    const location = scan.location && scan.location !== context.fixedLocation ? { location: scan.location } : {};
    const body: CountBody = { scanId, item: scan.item, quantity: scan.quantity, device: DEVICE, ...lot, ...location };
    return { scanId, target: { kind: 'count', countId: context.countId ?? '' }, body, summary };
  }
  const body: MoveBody = {
    scanId,
    type: MOVE_TYPE[scan.mode],
    item: scan.item,
    quantity: scan.quantity,
    device: DEVICE,
    ...lot,
    ...(scan.from ? { from: scan.from } : {}),
    ...(scan.to ? { to: scan.to } : {}),
    ...(scan.mode === 'issue' && context.pickListId ? { pickList: context.pickListId } : {}),
    ...(scan.mode === 'issue' && context.pickListId && scan.overIssueReason
      ? { overIssueReason: scan.overIssueReason }
      : {}),
  };
  return { scanId, target: { kind: 'move' }, body, summary };
}

/** Sends one scan; a failed fetch, a time-out or a 5xx is "unreachable" (kept), a 4xx the api's final word. */
export async function sendScan(scan: QueuedScan): Promise<SendResult> {
  const signal = AbortSignal.timeout(SEND_TIMEOUT_MS);
  try {
    const answer =
      scan.target.kind === 'move'
        ? await api.POST('/api/v1/stock/moves', { body: scan.body as MoveBody, signal })
        : await api.POST('/api/v1/stock/counts/{id}/scans', {
            params: { path: { id: scan.target.countId } },
            body: scan.body as CountBody,
            signal,
          });
    return classifyAnswer(answer.response.status, answer.data ?? answer.error);
  } catch {
    return { kind: 'unreachable' };
  }
}

/**
 * Every location of the factory by code and by barcode (a location scan is told from an item scan here, with no
 * round trip). Kept in localStorage too, so a station reloaded while the api is down still knows its locations.
 */
export async function loadLocations(scope: StorageScope): Promise<Record<string, KnownLocation & { nameEn: string }>> {
  const byKey: Record<string, KnownLocation & { nameEn: string }> = {};
  let cursor: string | undefined;
  do {
    const page = unwrap(await api.GET('/api/v1/locations', { params: { query: { limit: 500, cursor } } }));
    for (const l of page.items) {
      if (!l.active) continue;
      const known = { code: l.code, name: l.nameZh, nameEn: l.nameEn };
      byKey[l.code] = known;
      if (l.barcode) byKey[l.barcode] = known;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // a full or disabled storage only loses the offline copy
  writeStored(() => localStorage, LOCATIONS_KEY, scope, byKey);
  return byKey;
}

/** The offline copy of this factory's locations, as this user last loaded them. */
export function storedLocations(scope: StorageScope): Record<string, KnownLocation & { nameEn: string }> | undefined {
  return readStored(() => localStorage, LOCATIONS_KEY, scope);
}

export async function loadPickList(id: string, signal: AbortSignal): Promise<PickList> {
  return unwrap(await api.GET('/api/v1/stock/pick-lists/{id}', { params: { path: { id } }, signal }));
}

/** The factory's open pick lists, newest first, for the picker to choose from, each with its run's order numbers. */
export async function loadOpenPickLists(signal: AbortSignal): Promise<OpenPickList[]> {
  const lists = unwrap(
    await api.GET('/api/v1/stock/pick-lists', { params: { query: { status: 'open', limit: 100 } }, signal }),
  ).items;
  // a pick list names its run only: the orders people know it by come from the runs (the newest in one call)
  const orders = new Map<string, string[]>();
  const runs = unwrap(await api.GET('/api/v1/split-runs', { params: { query: { limit: 100 } }, signal })).items;
  for (const run of runs)
    orders.set(
      run.id,
      run.orders.map((o) => o.orderNo),
    );
  const older = [...new Set(lists.map((l) => l.splitRunId))].filter((id) => !orders.has(id));
  await Promise.all(
    older.map(async (id) => {
      const run = unwrap(await api.GET('/api/v1/split-runs/{id}', { params: { path: { id } }, signal }));
      orders.set(
        id,
        run.orders.map((o) => o.orderNo),
      );
    }),
  );
  return lists.map((list) => ({ ...list, orders: orders.get(list.splitRunId) ?? [] }));
}

export async function loadCount(id: string, signal: AbortSignal): Promise<Count> {
  return unwrap(await api.GET('/api/v1/stock/counts/{id}', { params: { path: { id } }, signal }));
}
