import type { FactoryScope } from '@mendao/platform';
import { RemnantReservation } from './remnant-reservation.entity';

/**
 * What a run's pick list asks of remnant items (余料): the pieces its plan cut from, which the run holds reserved.
 * A material's own line asks for new bars and sheets only (`stockUsed`), so the two never count a piece twice.
 */
export async function runRemnantLines(
  scope: FactoryScope,
  splitRunId: string,
): Promise<{ itemId: string; quantity: number }[]> {
  const held = await scope.repository(RemnantReservation).find({ where: { splitRunId }, order: { itemId: 'ASC' } });
  return held.map((r) => ({ itemId: r.itemId, quantity: r.quantity }));
}
