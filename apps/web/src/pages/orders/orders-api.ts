import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { DoorModel, Order } from './order-types';

/** The factory's door models (latest versions), by code, for the line table's model column. */
export function useDoorModels() {
  return useQuery({
    queryKey: ['order-form', 'door-models'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/products', { signal })),
    select: (models: DoorModel[]) => new Map(models.map((model) => [model.code, model])),
    staleTime: 60_000,
  });
}

export function useOrder(id: string | undefined) {
  return useQuery<Order>({
    queryKey: ['order', id],
    enabled: id !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/orders/{id}', { params: { path: { id: id! } }, signal })),
  });
}
