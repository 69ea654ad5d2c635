import { DEMO_MATERIALS, DEMO_PROCESS_ORDER, DEMO_PROCESSES, DEMO_PRODUCTS } from '@mendao/splitting';
import { eventually } from '@mendao/platform/testing';
import type { TestApi } from './api';

/** The demo factory's own processes (养生, 精裁, 组框, 雕刻) in its shop order: the demo routes name them. */
export async function loadDemoProcesses(api: TestApi, token: string): Promise<void> {
  for (const p of DEMO_PROCESSES) {
    const res = await api.request('POST', '/api/v1/processes', { token, body: p });
    if (res.status !== 201) throw new Error(`process ${p.code}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const order = await api.request('PUT', '/api/v1/processes/order', { token, body: { codes: DEMO_PROCESS_ORDER } });
  if (order.status !== 200) throw new Error(`process order: ${order.status} ${JSON.stringify(order.body)}`);
}

/** Loads the demo processes, door models and materials into a test factory over HTTP, as a planner would. */
export async function loadCatalogue(api: TestApi, token: string): Promise<void> {
  await loadDemoProcesses(api, token);
  for (const m of DEMO_MATERIALS) {
    const res = await api.request('POST', '/api/v1/materials', {
      token,
      body: Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null)),
    });
    if (res.status !== 201) throw new Error(`material ${m.code}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  for (const p of DEMO_PRODUCTS) {
    const res = await api.request('POST', '/api/v1/products', { token, body: p });
    if (res.status !== 201) throw new Error(`product ${p.code}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export async function confirmedOrder(api: TestApi, token: string, orderNo: string, lines: unknown[]): Promise<string> {
  const created = await api.request('POST', '/api/v1/orders', {
    token,
    body: { orderNo, customer: '测试客户', lines },
  });
  if (created.status !== 201) throw new Error(`order ${orderNo}: ${created.status} ${JSON.stringify(created.body)}`);
  const confirmed = await api.request('POST', `/api/v1/orders/${created.body.id}/confirm`, { token });
  if (confirmed.status !== 200) throw new Error(`confirm ${orderNo}: ${confirmed.status}`);
  return created.body.id as string;
}

export function splitFinished(api: TestApi, token: string, id: string, timeoutMs = 60_000) {
  return eventually(
    async () => {
      const run = (await api.request('GET', `/api/v1/split-runs/${id}`, { token })).body;
      return run.status === 'succeeded' || run.status === 'failed' ? run : undefined;
    },
    { what: `split run ${id}`, timeoutMs },
  );
}

/** Everything a run produced, without row ids, for comparing two runs. */
export async function splitResults(api: TestApi, token: string, id: string) {
  const get = async (path: string) => (await api.request('GET', `/api/v1/split-runs/${id}/${path}`, { token })).body;
  const strip = (rows: any[]) => rows.map(({ id: _id, ...rest }) => rest);
  const all = async (path: string) => {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`${path}?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };
  return {
    parts: strip(await all('parts')),
    materials: await get('materials'),
    cutPlans: (await get('cut-plans')).map((p: any) => ({ ...p, plan: { ...p.plan, elapsedMs: 0 } })),
    workOrders: strip(await get('work-orders')).map(({ number: _n, ...rest }: any) => rest),
    packages: strip(await all('packages')).map(({ splitRunId: _r, ...rest }: any) => rest),
  };
}
