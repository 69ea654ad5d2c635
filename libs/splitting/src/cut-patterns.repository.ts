import { Injectable } from '@nestjs/common';
import { FactoryScope } from '@mendao/platform';
import { In } from 'typeorm';
import { OrderLine, SalesOrder, SplitPart } from './splitting.entities';

/** A part of a run with the door it goes to: its order's number and its line's number, room and finish. */
export interface PartWithDoor {
  part: SplitPart;
  orderNo: string;
  lineNo: number;
  room: string | null;
  finish: string | null;
  width: number | null;
  height: number | null;
  quantity: number | null;
}

/** The queries the cut patterns and the sawyer's exports need, within the caller's factory. */
@Injectable()
export class CutPatternsRepository {
  constructor(private readonly scope: FactoryScope) {}

  /** The run's parts in split order, each with its door line and order (three queries, not one a part). */
  async partsWithDoors(splitRunId: string): Promise<PartWithDoor[]> {
    const parts = await this.scope.repository(SplitPart).find({ where: { splitRunId }, order: { seq: 'ASC' } });
    const lineIds = [...new Set(parts.map((p) => p.lineId))];
    const orderIds = [...new Set(parts.map((p) => p.orderId))];
    const lines = lineIds.length ? await this.scope.repository(OrderLine).find({ where: { id: In(lineIds) } }) : [];
    const orders = orderIds.length ? await this.scope.repository(SalesOrder).find({ where: { id: In(orderIds) } }) : [];
    const lineById = new Map(lines.map((l) => [l.id, l]));
    const orderNoById = new Map(orders.map((o) => [o.id, o.orderNo]));
    return parts.map((part) => {
      const line = lineById.get(part.lineId);
      return {
        part,
        orderNo: orderNoById.get(part.orderId) ?? '',
        // a line edited away after the split still has its parts: the ref carries its number
        lineNo: line?.lineNo ?? Number(part.ref.split('-').at(-2)),
        room: line?.room ?? null,
        finish: line?.finish ?? null,
        width: line?.width ?? null,
        height: line?.height ?? null,
        quantity: line?.quantity ?? null,
      };
    });
  }
}
