// A small use of the generated client types, compiled by `npm run openapi:check`: when the API's document
// loses a field used here (move.id, a split run's status…), this file stops compiling and the check fails.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Problem = components['schemas']['Problem'];
type SplitRunStatus = components['schemas']['SplitRunStatus'];
type Role = components['schemas']['Role'];

export async function receiveAndFollowSplit(baseUrl: string, splitRunId: string): Promise<string> {
  const api = createClient<paths>({ baseUrl });

  const login = await api.POST('/api/v1/auth/login', {
    body: { factory: 'JS001', username: 'warehouse', password: 'mendao-demo' },
  });
  if (!login.data) throw new Error(problemText(login.error));
  const token: string = login.data.accessToken;
  const roles: Role[] = login.data.user.roles;
  const headers = { authorization: `Bearer ${token}` };

  const moved = await api.POST('/api/v1/stock/moves', {
    headers,
    body: { scanId: crypto.randomUUID(), type: 'receipt', item: 'HDF-8', quantity: 40, to: 'A-02' },
  });
  if (!moved.data) throw new Error(problemText(moved.error));
  const moveId: string = moved.data.move.id;
  const onHand: number | undefined = moved.data.balances[0]?.quantity;
  const replayed: boolean = moved.data.replayed;

  const run = await api.GET('/api/v1/split-runs/{id}', { headers, params: { path: { id: splitRunId } } });
  if (!run.data) throw new Error(problemText(run.error));
  const status: SplitRunStatus = run.data.status;
  const failure: string | null = run.data.error;

  return `${roles.join(',')} ${moveId} ${onHand ?? 0} ${replayed} ${status} ${failure ?? ''}`;
}

function problemText(problem: Problem | undefined): string {
  if (!problem) return 'no answer';
  const facts = problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') ?? '';
  return `${problem.code} (${problem.status}) ${problem.detail} ${facts} [${problem.requestId}]`;
}
