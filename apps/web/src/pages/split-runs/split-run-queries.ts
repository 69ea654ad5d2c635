import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type ApiError } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';

export type SplitRun = components['schemas']['SplitRunDto'];
export type StoredMaterial = components['schemas']['StoredMaterialDto'];

/** How often a run that has not finished is asked about again. */
export const POLL_MS = 700;

export function isFinished(run: Pick<SplitRun, 'status'> | undefined): boolean {
  return run?.status === 'succeeded' || run?.status === 'failed';
}

/** The run, asked again every POLL_MS until it has finished (the api's job status and progress). */
export function useSplitRun(id: string) {
  return useQuery<SplitRun, ApiError | Error>({
    queryKey: ['split-run', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/split-runs/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (isFinished(query.state.data) || query.state.error ? false : POLL_MS),
  });
}

export function useCutPlans(id: string) {
  return useQuery({
    queryKey: ['split-run', id, 'cut-plans'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/split-runs/{id}/cut-plans', { params: { path: { id } }, signal })),
    staleTime: Infinity,
  });
}

/** The materials' kerf and trim, by code, to draw the saw slots and trimmed edges of the plans. */
export function useMaterialSpecs() {
  return useQuery({
    queryKey: ['materials'],
    queryFn: async ({ signal }) => {
      const materials = unwrap(await api.GET('/api/v1/materials', { signal }));
      return new Map(materials.map((m) => [m.code, m]));
    },
    staleTime: 60_000,
  });
}

export function useRunMaterials(id: string) {
  return useQuery({
    queryKey: ['split-run', id, 'materials'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/split-runs/{id}/materials', { params: { path: { id } }, signal })),
    staleTime: Infinity,
  });
}

/** Each part id of the run with its component (`门边 stile`), for the labels of the drawings: every page of parts. */
export function usePartNames(id: string) {
  return useQuery({
    queryKey: ['split-run', id, 'part-names'],
    queryFn: async ({ signal }) => {
      const names = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/api/v1/split-runs/{id}/parts', {
            params: { path: { id }, query: { limit: 500, cursor } },
            signal,
          }),
        );
        for (const part of page.items) names.set(part.ref, part.component);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return names;
    },
    staleTime: Infinity,
  });
}
