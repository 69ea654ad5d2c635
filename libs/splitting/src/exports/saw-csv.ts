import { neutraliseFormula } from '@mendao/platform';
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

export interface SawRow {
  material: string;
  thickness: number | null;
  length: number;
  width: number;
  quantity: number;
  part: PartWithDoor | undefined;
  ref: string;
  /** Length and width are the part's width and length (the part's grain runs across it). */
  turned: boolean;
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
      const part = parts.get(pl.id);
      if (row) row.quantity += 1;
      else
        rows.set(key, {
          material: plan.material,
          thickness: plan.thickness,
          length,
          width,
          quantity: 1,
          part,
          ref: pl.id,
          turned: part?.part.grain === 'width',
        });
    }
  }
  return [...rows.values()];
}

/**
 * Saw software reads ASCII separators and dots; a field never carries the separator, a quote or a line break. The
 * file is opened in a spreadsheet too: text that would start a formula (= + - @) gets the leading quote every
 * export of Mendao gives it (neutraliseFormula); sizes and counts stay numbers.
 */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Math.round(value * 10) / 10);
  return neutraliseFormula(value.replace(/[;"\r\n]/g, ' ').trim());
}

/**
 * The band of each edge as the row lays the part: L edges run along `Length`. A part with grain 'width' lies with
 * its width along the grain (split-plan.ts), so `Length` is the part's width and its own long edges (L1/L2, along
 * its length) are the row's W edges.
 */
export function sawEdges(row: SawRow): [string, string, string, string] {
  const edges = row.part?.part.edgeBanding ?? {};
  const along = [edges.L1 ?? '', edges.L2 ?? ''];
  const across = [edges.W1 ?? '', edges.W2 ?? ''];
  const [l1, l2, w1, w2] = row.turned ? [...across, ...along] : [...along, ...across];
  return [l1, l2, w1, w2];
}

export function sawCsv(plans: readonly CutPlan[], parts: ReadonlyMap<string, PartWithDoor>): string {
  const lines = [SAW_CSV_HEADER.join(';')];
  for (const row of sawPartRows(plans, parts)) {
    const p = row.part;
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
        ...sawEdges(row),
      ]
        .map(field)
        .join(';'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
