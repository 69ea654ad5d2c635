import type { EntityManager } from 'typeorm';

/**
 * Transaction-scoped advisory locks on machines, taken in id order so two writers never wait on each other in a
 * cycle. Whatever rewrites a machine's events or rollups takes them first (ingestion, calendar refreshes): two
 * batches for one machine then take turns, and each computes its rollups from a complete picture.
 */
export async function lockMachines(manager: EntityManager, factoryId: string, machineIds: string[]): Promise<void> {
  if (machineIds.length === 0) return;
  const keys = [...new Set(machineIds)].sort().map((id) => `machine:${id}:${factoryId}`);
  // unnest keeps the array's order, so the locks are taken in that order
  await manager.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t (k, n)', [
    keys,
  ]);
}
