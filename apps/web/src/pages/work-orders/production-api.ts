import { api, unwrap } from '../../api/client';

/*
 * The production routes of issue 16 (work orders, reports, progress). The views are written out here from the
 * issue's contract (docs: /api/v1 production) while the generated schema does not list the routes yet; the calls
 * go through the same api client (its token, its problem answers) by path.
 */

export type WorkOrderStatus = 'planned' | 'released' | 'in_progress' | 'done' | 'on_hold';
export const WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = [
  'planned',
  'released',
  'in_progress',
  'on_hold',
  'done',
];

export interface WorkOrderView {
  id: string;
  code: string;
  splitRunId: string;
  process: string;
  processNameZh: string;
  processNameEn: string;
  sequence: number;
  plannedQuantity: number;
  good: number;
  scrap: number;
  status: WorkOrderStatus;
  available: boolean;
  availableAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  orders: { id: string; orderNo: string }[];
}

export interface WorkOrderDetail extends WorkOrderView {
  parts?: { ref: string; component: string; orderNo: string; line: number; quantity: number }[];
}

export type ReportAction = 'start' | 'report' | 'finish';

export interface ReportBody {
  scanId: string;
  barcode: string;
  process?: string;
  action: ReportAction;
  good?: number;
  scrap?: number;
  scrapReason?: string;
  shortReason?: string;
  machine?: string;
  note?: string;
}

export interface ReportAnswer {
  workOrder: WorkOrderView;
  report: unknown;
  replayed?: true;
}

export interface ScrapReason {
  code: string;
  nameZh: string;
  nameEn: string;
  active?: boolean;
}

export interface OrderProgress {
  orderId: string;
  orderNo: string;
  customer: string;
  progress: number;
  dueDate: string | null;
  late: boolean;
  processes: {
    process: string;
    workOrder: string;
    planned: number;
    good: number;
    scrap: number;
    status: WorkOrderStatus;
  }[];
  doors: {
    lineNo: number;
    doorNo: number;
    room: string | null;
    passed: string[];
    next: string | null;
    readyForPacking: boolean;
  }[];
}

export interface Wip {
  processes: {
    process: string;
    nameZh: string;
    nameEn: string;
    released: number;
    inProgress: number;
    onHold: number;
    piecesWaiting: number;
    piecesInProgress: number;
  }[];
  lateOrders: { orderNo: string; dueDate: string; customer: string; progress: number }[];
}

type Answer = { data?: unknown; error?: unknown; response: Response };
type Init = {
  params?: { path?: Record<string, string>; query?: Record<string, string | number | undefined> };
  body?: unknown;
  signal?: AbortSignal;
  parseAs?: 'blob';
};
/** The client by path, for the routes the generated schema does not list yet (see the top of this file). */
export const byPath = api as unknown as {
  GET(path: string, init?: Init): Promise<Answer>;
  POST(path: string, init?: Init): Promise<Answer>;
};

export async function loadWorkOrders(
  query: { run?: string; order?: string; process?: string; status?: string; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<{ items: WorkOrderView[]; nextCursor: string | null }> {
  return unwrap(await byPath.GET('/api/v1/work-orders', { params: { query }, signal })) as {
    items: WorkOrderView[];
    nextCursor: string | null;
  };
}

/** One work order by its code (or id): null when the api knows none (a door label, a mistyped code). */
export async function findWorkOrder(code: string, signal?: AbortSignal): Promise<WorkOrderDetail | null> {
  const answer = await byPath.GET(`/api/v1/work-orders/${encodeURIComponent(code)}`, { signal });
  if (answer.response.status === 404) return null;
  return unwrap(answer) as WorkOrderDetail;
}

export async function loadScrapReasons(signal?: AbortSignal): Promise<ScrapReason[]> {
  const answer = unwrap(await byPath.GET('/api/v1/production/scrap-reasons', { signal })) as { items: ScrapReason[] };
  return answer.items.filter((r) => r.active !== false);
}

export async function loadProgress(order: string, signal?: AbortSignal): Promise<OrderProgress> {
  return unwrap(
    await byPath.GET('/api/v1/production/progress', { params: { query: { order } }, signal }),
  ) as OrderProgress;
}

export async function loadWip(signal?: AbortSignal): Promise<Wip> {
  return unwrap(await byPath.GET('/api/v1/production/wip', { signal })) as Wip;
}

export async function holdWorkOrder(code: string, reason: string): Promise<WorkOrderView> {
  const path = `/api/v1/work-orders/${encodeURIComponent(code)}/hold`;
  return unwrap(await byPath.POST(path, { body: { reason } })) as WorkOrderView;
}

export async function resumeWorkOrder(code: string): Promise<WorkOrderView> {
  const path = `/api/v1/work-orders/${encodeURIComponent(code)}/resume`;
  return unwrap(await byPath.POST(path, { body: {} })) as WorkOrderView;
}

export async function releaseRun(runId: string): Promise<{ alreadyReleased?: boolean }> {
  const path = `/api/v1/split-runs/${encodeURIComponent(runId)}/release`;
  return unwrap(await byPath.POST(path, { body: {} })) as { alreadyReleased?: boolean };
}

export type PaperSize = 'A4' | 'A5';

/** A work order's traveler (流转卡), or a whole run's, as a PDF blob (the routes need the bearer token). */
export async function travelerPdf(of: { workOrder: string } | { run: string }, size: PaperSize): Promise<Blob> {
  const path =
    'workOrder' in of
      ? `/api/v1/work-orders/${encodeURIComponent(of.workOrder)}/traveler.pdf`
      : `/api/v1/split-runs/${encodeURIComponent(of.run)}/travelers.pdf`;
  return unwrap(await byPath.GET(path, { params: { query: { size } }, parseAs: 'blob' })) as Blob;
}
