import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';

export type Process = components['schemas']['ProcessDto'];

export const PROCESSES_KEY = ['processes'] as const;

/**
 * The factory's processes in its order. `all`: the switched-off ones too (the processes screen); without it, what
 * a new route may use (the model editor's route picker).
 */
export function useProcesses(options: { all?: boolean } = {}) {
  const all = options.all ?? false;
  return useQuery({
    queryKey: [...PROCESSES_KEY, all ? 'all' : 'active'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/processes', { params: { query: all ? { all: 'true' } : {} }, signal })),
    staleTime: 60_000,
  });
}
