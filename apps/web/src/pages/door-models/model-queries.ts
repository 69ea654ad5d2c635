import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Product } from './model-form';

export const PRODUCTS_KEY = ['products'] as const;

/** The latest version of every door model. */
export function useProducts() {
  return useQuery({
    queryKey: PRODUCTS_KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/products', { signal })),
  });
}

/** One door model: its latest version, or the version asked for. */
export function useProduct(code: string | undefined, version?: number) {
  return useQuery({
    queryKey: [...PRODUCTS_KEY, code, version ?? 'latest'],
    enabled: code !== undefined,
    queryFn: async ({ signal }): Promise<Product> =>
      unwrap(
        await api.GET('/api/v1/products/{code}', {
          params: { path: { code: code ?? '' }, query: version === undefined ? {} : { version } },
          signal,
        }),
      ),
  });
}

export function useProductVersions(code: string | undefined) {
  return useQuery({
    queryKey: [...PRODUCTS_KEY, code, 'versions'],
    enabled: code !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/products/{code}/versions', { params: { path: { code: code ?? '' } }, signal })),
  });
}

/** Material codes for the component editor's suggestions (a rule may also name one with {finish} or not cut). */
export function useMaterialCodes() {
  return useQuery({
    queryKey: ['materials'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/materials', { signal })),
    select: (materials) => materials.map((m) => ({ code: m.code, nameZh: m.nameZh, nameEn: m.nameEn })),
  });
}
