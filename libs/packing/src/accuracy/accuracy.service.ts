import { Injectable } from '@nestjs/common';
import { Clock, FactorySql, ValidationFailedError } from '@mendao/platform';
import {
  accuracyFigures,
  type AccuracyGroup,
  type AccuracyGroupBy,
  type AccuracyTotals,
  localDays,
  type ScanCount,
  type ShipmentCounts,
  type ShippedOrders,
} from './accuracy-figures';

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 400;
const DAY = 86_400_000;

export interface AccuracyQuery {
  from?: string;
  to?: string;
  groupBy?: AccuracyGroupBy;
}

export interface Accuracy {
  from: string;
  to: string;
  groupBy: AccuracyGroupBy;
  timeZone: string;
  groups: AccuracyGroup[];
  totals: AccuracyTotals;
}

// the group key and its name per groupBy; days on the factory's clocks
const GROUP_SQL: Record<AccuracyGroupBy, { key: string; name: string }> = {
  day: {
    key: `to_char(s.at AT TIME ZONE (SELECT f.time_zone FROM factory f WHERE f.id = $1), 'YYYY-MM-DD')`,
    name: 'NULL',
  },
  station: { key: 's.station', name: 'max(st.name)' },
  user: { key: 's.user_id::text', name: 'max(s.username)' },
};

/**
 * The packing and shipping accuracy figures over a range (docs/packing.md "Accuracy figures"): scans counted in
 * SQL per group, result and reason over packing_scan (index packing_scan (factory_id, at)), shipments closed in the
 * range over shipment; folded by accuracyFigures.
 */
@Injectable()
export class AccuracyService {
  constructor(
    private readonly sql: FactorySql,
    private readonly clock: Clock,
  ) {}

  async accuracy(query: AccuracyQuery): Promise<Accuracy> {
    const { from, to } = accuracyRange(query.from, query.to, this.clock.now());
    const groupBy = query.groupBy ?? 'day';
    const range = [new Date(from), new Date(to)];
    const [rows, shipments] = await Promise.all([this.scanCounts(groupBy, range), this.shipments(range)]);
    const days = groupBy === 'day' ? localDays(from, to, shipments.timeZone) : undefined;
    const { groups, totals } = accuracyFigures(rows, shipments.counts, await this.shippedOrders(range), days);
    return { from: iso(from), to: iso(to), groupBy, timeZone: shipments.timeZone, groups, totals };
  }

  private async scanCounts(groupBy: AccuracyGroupBy, range: Date[]): Promise<ScanCount[]> {
    const group = GROUP_SQL[groupBy];
    const join =
      groupBy === 'station'
        ? 'LEFT JOIN packing_station st ON st.factory_id = s.factory_id AND st.code = s.station'
        : '';
    return this.sql.query<ScanCount>(
      `SELECT ${group.key} AS "group", ${group.name} AS name, s.kind, s.result, s.reason,
              count(*)::int AS scans, count(s.undone_at)::int AS undone
         FROM packing_scan s ${join}
        WHERE s.factory_id = $1 AND s.at >= $2 AND s.at < $3
        GROUP BY 1, s.kind, s.result, s.reason
        ORDER BY 1 NULLS LAST, s.kind, s.result, s.reason`,
      range,
    );
  }

  private async shipments(range: Date[]): Promise<{ timeZone: string; counts: ShipmentCounts }> {
    // an aggregate without GROUP BY answers one row even when no shipment was closed: the zone comes with it
    const [row] = await this.sql.query<ShipmentCounts & { timeZone: string }>(
      `SELECT (SELECT f.time_zone FROM factory f WHERE f.id = $1) AS "timeZone",
              count(*)::int AS closed,
              count(*) FILTER (WHERE override_reason IS NULL)::int AS clean,
              count(*) FILTER (WHERE override_reason IS NOT NULL)::int AS "withOverride"
         FROM shipment
        WHERE factory_id = $1 AND status = 'closed' AND closed_at >= $2 AND closed_at < $3`,
      range,
    );
    const { timeZone, ...counts } = row;
    return { timeZone, counts };
  }

  /**
   * Orders of the shipments closed in the range; complete: none of their packages in the shipment's missing list
   * (its entries name their order by id).
   */
  private async shippedOrders(range: Date[]): Promise<ShippedOrders> {
    const [row] = await this.sql.query<ShippedOrders>(
      `SELECT count(*)::int AS shipped,
              count(*) FILTER (
                WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(sh.missing) m
                                   WHERE m->>'orderId' = so.order_id::text))::int AS "shippedComplete"
         FROM shipment sh
         JOIN shipment_order so ON so.factory_id = sh.factory_id AND so.shipment_id = sh.id
        WHERE sh.factory_id = $1 AND sh.status = 'closed' AND sh.closed_at >= $2 AND sh.closed_at < $3`,
      range,
    );
    return row;
  }
}

/** The range asked for: default the last 30 days up to now; `to` after `from`; at most 400 days. */
export function accuracyRange(
  fromText: string | undefined,
  toText: string | undefined,
  now: number,
): { from: number; to: number } {
  const to = toText === undefined ? now : Date.parse(toText);
  const from = fromText === undefined ? to - DEFAULT_RANGE_DAYS * DAY : Date.parse(fromText);
  if (!(to > from))
    throw new ValidationFailedError([
      { field: toText === undefined ? 'from' : 'to', message: 'must be after from / 结束时间须晚于开始时间' },
    ]);
  if (to - from > MAX_RANGE_DAYS * DAY)
    throw new ValidationFailedError([
      { field: 'from', message: `at most ${MAX_RANGE_DAYS} days before to / 时间范围最多 ${MAX_RANGE_DAYS} 天` },
    ]);
  return { from, to };
}

const iso = (t: number) => new Date(t).toISOString();
