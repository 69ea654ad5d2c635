import type { CutPlan } from '../domain/split-plan';
import type { PartWithDoor } from '../cut-patterns.repository';

/**
 * The saw part list (docs/saw-export.md): one row a part of a sheet material, in the generic part-list layout
 * beam-saw optimisers import (fixed column order, `;`-separated, a header row). Length runs along the board's
 * grain (the sheet's long side), as the plan lays parts; Grain 1 = must keep it, 0 = may turn.
 */
export const SAW_CSV_HEADER = [
  'Material',
  'Thickness',
  'Length',
  'Width',
  'Quantity',
  'Grain',
  'Label',
  'Name',
  'Order',
  'Door',
  'Room',
  'Finish',
  'EdgeL1',
  'EdgeL2',
  'EdgeW1',
  'EdgeW2',
] as const;

interface SawRow {
  material: string;
  thickness: number | null;
  length: number;
  width: number;
  quantity: number;
  part: PartWithDoor | undefined;
  ref: string;
}

/** Rows of the sheet plans' parts, counted from the plans (what the optimiser placed), in plan and first-placement order. */
export function sawPartRows(plans: readonly CutPlan[], parts: ReadonlyMap<string, PartWithDoor>): SawRow[] {
  const rows = new Map<string, SawRow>();
  for (const plan of plans) {
    if (plan.kind !== 'sheet') continue;
    for (const pl of plan.plan.layouts.flatMap((l) => l.placements)) {
      const length = pl.rotated ? pl.width : pl.height;
      const width = pl.rotated ? pl.height : pl.width;
      const key = [plan.material, pl.id, length, width].join('|');
      const row = rows.get(key);
      if (row) row.quantity += 1;
      else
        rows.set(key, {
          material: plan.material,
          thickness: plan.thickness,
          length,
          width,
          quantity: 1,
          part: parts.get(pl.id),
          ref: pl.id,
        });
    }
  }
  return [...rows.values()];
}

/** Saw software reads ASCII separators and dots; a field never carries the separator, a quote or a line break. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Math.round(value * 10) / 10);
  return value.replace(/[;"\r\n]/g, ' ').trim();
}

export function sawCsv(plans: readonly CutPlan[], parts: ReadonlyMap<string, PartWithDoor>): string {
  const lines = [SAW_CSV_HEADER.join(';')];
  for (const row of sawPartRows(plans, parts)) {
    const p = row.part;
    const edges = p?.part.edgeBanding ?? {};
    lines.push(
      [
        row.material,
        row.thickness,
        row.length,
        row.width,
        row.quantity,
        p?.part.grain === 'free' ? 0 : 1,
        row.ref,
        p?.part.component ?? '',
        p?.orderNo ?? '',
        p ? `${p.orderNo}-${p.lineNo}` : '',
        p?.room ?? '',
        p?.finish ?? '',
        edges.L1 ?? '',
        edges.L2 ?? '',
        edges.W1 ?? '',
        edges.W2 ?? '',
      ]
        .map(field)
        .join(';'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
