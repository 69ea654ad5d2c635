import { Injectable } from '@nestjs/common';
import { FactoryScope } from '@mendao/platform';
import { type RemnantOffer, RemnantStock, type RemnantUse } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { parseQuantity } from './domain/quantity';
import { normaliseRemnant } from './domain/remnant-size';
import { RemnantReservationsRepository } from './remnant-reservations.repository';

/**
 * The stores' side of the split's RemnantStock port: a claim reserves, under one lock per factory, every remnant
 * piece of the run's materials that no other run holds (claim first, release later: two runs planning at once never
 * count on the same piece); settling keeps what the plan cut from.
 */
@Injectable()
export class RemnantStockAdapter extends RemnantStock {
  constructor(
    private readonly scope: FactoryScope,
    private readonly reservations: RemnantReservationsRepository,
  ) {
    super();
  }

  async claim(request: {
    runId: string;
    supersedes: string[];
    materials: { code: string; cutKind: string }[];
  }): Promise<RemnantOffer[]> {
    const sheets = new Set(request.materials.filter((m) => m.cutKind === 'sheet').map((m) => m.code));
    return this.scope.transaction(async (manager) => {
      await this.reservations.lock(manager);
      const rows = await this.reservations.stock(
        request.materials.map((m) => m.code),
        [request.runId, ...request.supersedes],
        manager,
      );
      const offers: (RemnantOffer & { itemId: string })[] = [];
      for (const row of rows) {
        // pieces are whole; an item without a length (made by hand) cannot be cut from
        const quantity = Math.floor(parseQuantity(row.available));
        if (quantity < 1 || row.length === null) continue;
        const size = normaliseRemnant(parseQuantity(row.length), row.width === null ? null : parseQuantity(row.width));
        if (sheets.has(row.material) && size.width === null) continue;
        offers.push({ itemId: row.item_id, item: row.item, material: row.material, ...size, quantity, cost: 0 });
      }
      await this.reservations.replace(request.runId, offers, manager);
      return offers.map(({ itemId: _id, ...offer }) => offer);
    });
  }

  async settle(
    request: { runId: string; supersedes: string[]; used: RemnantUse[] },
    manager?: EntityManager,
  ): Promise<void> {
    await this.reservations.keep(request.runId, request.used, manager);
    await this.reservations.release(request.supersedes, manager);
  }
}
