import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';

type Schemas = components['schemas'];
export type WorkOrderView = Schemas['WorkOrderView'];
export type WorkOrderDetail = Schemas['WorkOrderDetail'];
export type WorkOrderStatus = WorkOrderView['status'];
export type ReportBody = Schemas['ProductionReportDto'];
export type ReportAction = ReportBody['action'];
export type ReportAnswer = Schemas['ProductionReportAnswer'];
export type ScrapReason = Schemas['ScrapReason'];
export type OrderProgress = Schemas['OrderProgress'];
export type Wip = Schemas['Wip'];
export type PaperSize = 'A4' | 'A5';

export const WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = [
  'planned',
  'released',
  'in_progress',
  'on_hold',
  'done',
];

export async function loadWorkOrders(
  query: { run?: string; order?: string; process?: string; status?: WorkOrderStatus; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<Schemas['WorkOrderPage']> {
  return unwrap(await api.GET('/api/v1/work-orders', { params: { query }, signal }));
}

/** One work order by its code (or id): null when the api knows none (a door label, a mistyped code). */
export async function findWorkOrder(code: string, signal?: AbortSignal): Promise<WorkOrderDetail | null> {
  const answer = await api.GET('/api/v1/work-orders/{code}', { params: { path: { code } }, signal });
  if (answer.response.status === 404) return null;
  return unwrap(answer);
}

export async function loadScrapReasons(signal?: AbortSignal): Promise<ScrapReason[]> {
  return unwrap(await api.GET('/api/v1/production/scrap-reasons', { signal })).items.filter((r) => r.active);
}

export async function loadProgress(order: string, signal?: AbortSignal): Promise<OrderProgress> {
  return unwrap(await api.GET('/api/v1/production/progress', { params: { query: { order } }, signal }));
}

export async function loadWip(signal?: AbortSignal): Promise<Wip> {
  return unwrap(await api.GET('/api/v1/production/wip', { signal }));
}

export async function holdWorkOrder(code: string, reason: string): Promise<WorkOrderView> {
  return unwrap(await api.POST('/api/v1/work-orders/{code}/hold', { params: { path: { code } }, body: { reason } }));
}

export async function resumeWorkOrder(code: string): Promise<WorkOrderView> {
  return unwrap(await api.POST('/api/v1/work-orders/{code}/resume', { params: { path: { code } } }));
}

export async function releaseRun(id: string): Promise<Schemas['ReleaseAnswer']> {
  return unwrap(await api.POST('/api/v1/split-runs/{id}/release', { params: { path: { id } } }));
}

/** A work order's traveler (流转卡), or a whole run's, as a PDF blob (the routes need the bearer token). */
export async function travelerPdf(of: { workOrder: string } | { run: string }, size: PaperSize): Promise<Blob> {
  const answer =
    'workOrder' in of
      ? await api.GET('/api/v1/work-orders/{code}/traveler.pdf', {
          params: { path: { code: of.workOrder }, query: { size } },
          parseAs: 'blob',
        })
      : await api.GET('/api/v1/split-runs/{id}/travelers.pdf', {
          params: { path: { id: of.run }, query: { size } },
          parseAs: 'blob',
        });
  return unwrap<Blob>(answer);
}

/** The newest succeeded split runs, to choose one by its orders (planners and managers read runs). */
export async function loadRecentRuns(signal?: AbortSignal): Promise<{ id: string; orders: string[] }[]> {
  const page = unwrap(await api.GET('/api/v1/split-runs', { params: { query: { limit: 50 } }, signal }));
  return page.items
    .filter((run) => run.status === 'succeeded')
    .map((run) => ({ id: run.id, orders: run.orders.map((o) => o.orderNo) }));
}

/** Sends one report (报工) as the station's outbox does. */
export function postReport(body: ReportBody, signal: AbortSignal) {
  return api.POST('/api/v1/production/reports', { body, signal });
}
