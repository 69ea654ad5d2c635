import { randomUUID } from 'node:crypto';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import type { Role } from '@mendao/platform';
import type { TestApi } from '../api';
import { confirmedOrder, loadCatalogue, splitFinished } from '../splitting';
import type { Fixtures } from './cases';
import type { Random } from './random';
import { hostileWorkbook } from './multipart';

const PRODUCT = 'PD-LVL01';
const LOCATION = 'ATK-LOC';

/**
 * Real rows in the attacked factory — catalogue, an item (carrying a material's code), a location with
 * stock, a draft and a confirmed order, a finished split run with its work orders and pick list, an open
 * count and a spare user — so cross-factory requests hit rows that exist, not random ids.
 */
export async function plantFixtures(
  api: TestApi,
  tokens: Record<Role, string>,
): Promise<{ fixtures: Fixtures; ids: string[] }> {
  const call = async (role: Role, method: string, path: string, body?: unknown, expected = [200, 201]) => {
    const res = await api.request(method, path, { token: tokens[role], body });
    if (!expected.includes(res.status))
      throw new Error(`fixture ${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    return res.body;
  };
  await loadCatalogue(api, tokens.planner);
  const material = DEMO_MATERIALS[0].code;
  const item = await call('warehouse', 'POST', '/api/v1/items', {
    code: material,
    nameZh: '攻击测试板',
    nameEn: 'attack board',
    kind: 'board',
    unit: 'sheet',
  });
  const location = await call('warehouse', 'POST', '/api/v1/locations', {
    code: LOCATION,
    nameZh: '攻击测试库位',
    nameEn: 'attack location',
    type: 'storage',
  });
  await call('warehouse', 'POST', '/api/v1/stock/moves', {
    scanId: randomUUID(),
    type: 'receipt',
    item: material,
    quantity: 10,
    to: LOCATION,
  });
  const draft = await call('planner', 'POST', '/api/v1/orders', {
    orderNo: 'ATK-DRAFT-1',
    customer: '攻击测试客户',
    lines: [makeOrderLine()],
  });
  const confirmed = await confirmedOrder(api, tokens.planner, 'ATK-SO-1', [makeOrderLine({ quantity: 1 })]);
  const queued = await call('planner', 'POST', '/api/v1/split-runs', { orderIds: [confirmed] }, [201, 202]);
  const run = await splitFinished(api, tokens.planner, queued.id as string);
  if (run.status !== 'succeeded') throw new Error(`fixture split run: ${JSON.stringify(run)}`);
  const workOrders = await call('planner', 'GET', `/api/v1/split-runs/${run.id}/work-orders`);
  const pickList = await call('warehouse', 'POST', '/api/v1/stock/pick-lists', { splitRun: run.id });
  const count = await call('warehouse', 'POST', '/api/v1/stock/counts', { location: LOCATION });
  const user = await call('admin', 'POST', '/api/v1/users', {
    username: 'atk.victim',
    password: 'password-123',
    roles: ['packer'],
  });
  const workOrder = workOrders[0].id as string;
  const pathValues: Record<string, string> = {
    items: item.id,
    locations: location.id,
    jobs: run.jobId,
    orders: draft.id,
    products: PRODUCT,
    materials: material,
    'split-runs': run.id,
    counts: count.id,
    'pick-lists': pickList.id,
    users: user.id,
    'cut-plans': '1',
  };
  const unique = (prefix: string) => (rng: Random) => `${prefix}${rng.int(1e9)}`;
  const fixtures: Fixtures = {
    pathValues,
    fieldValues: {
      item: () => material,
      material: () => material,
      location: () => LOCATION,
      from: () => LOCATION,
      to: () => LOCATION,
      productCode: () => PRODUCT,
      orderIds: () => [confirmed],
      splitRun: () => run.id,
      workOrder: () => workOrder,
      pickList: () => pickList.id,
      // the document says string; the api wants a uuid (a scanner makes one per scan)
      scanId: (rng) => rng.uuid(),
      orderNo: unique('ATK-SO-'),
      code: unique('ATK-'),
      username: unique('atk.'),
      password: () => 'password-123',
    },
    productCode: PRODUCT,
    xlsx: await hostileWorkbook(PRODUCT),
  };
  const ids = [...Object.values(pathValues), workOrder, confirmed].filter((v) => /^[0-9a-f-]{36}$/.test(v));
  return { fixtures, ids };
}
