import type { CutPlan } from './split-plan';

/**
 * The cut list's columns, bilingual. Rip width and thickness came later and stay last: a factory's spreadsheet
 * that reads the columns by position keeps working.
 */
export const CUT_LIST_HEADER = [
  '方案 plan',
  '材料 material',
  '类型 kind',
  '原料序号 stock #',
  '原料尺寸 stock size',
  '顺序 seq',
  '部件 part',
  '长 length',
  '宽 width',
  'x',
  'y',
  '旋转 rotated',
  '开料宽 rip width',
  '厚 thickness',
] as const;

/** One row a piece: bars by position along the bar, sheets by placement; blank cells where a column does not apply. */
export function cutListRows(plans: readonly CutPlan[]): (string | number)[][] {
  const rows: (string | number)[][] = [[...CUT_LIST_HEADER]];
  for (const p of plans) {
    const section = [p.ripWidth ?? '', p.thickness ?? ''];
    if (p.kind === 'linear') {
      p.plan.bars.forEach((bar, b) =>
        bar.cuts.forEach((cut, c) =>
          rows.push([
            p.n,
            p.material,
            'linear',
            b + 1,
            bar.stockLength,
            c + 1,
            cut.id,
            cut.length,
            '',
            cut.position,
            '',
            '',
            ...section,
          ]),
        ),
      );
    } else {
      p.plan.layouts.forEach((layout, s) =>
        layout.placements.forEach((pl, c) =>
          rows.push([
            p.n,
            p.material,
            'sheet',
            s + 1,
            `${layout.width}×${layout.height}`,
            c + 1,
            pl.id,
            pl.height,
            pl.width,
            pl.x,
            pl.y,
            pl.rotated ? 'yes' : 'no',
            ...section,
          ]),
        ),
      );
    }
  }
  return rows;
}

/**
 * The heading of one bar or sheet (1-based `layout`) of a plan, as the SVG export writes it: which stock piece it
 * is, its size, and for a ripped bar the width it is ripped to, so a drawing on the saw's desk says it alone.
 */
export function cutPlanTitle(plan: CutPlan, layout: number): string {
  const words = [plan.material];
  if (plan.kind === 'linear') {
    const count = plan.plan.bars.length;
    words.push(
      `bar ${layout} of ${count} / 第 ${layout}/${count} 根`,
      `${mm(plan.plan.bars[layout - 1].stockLength)} mm`,
    );
  } else {
    const count = plan.plan.layouts.length;
    const sheet = plan.plan.layouts[layout - 1];
    words.push(`sheet ${layout} of ${count} / 第 ${layout}/${count} 张`, `${mm(sheet.width)}×${mm(sheet.height)} mm`);
  }
  // a bar or sheet cut from a remnant (余料) says which one to take from the rack
  const ref = plan.kind === 'linear' ? plan.plan.bars[layout - 1].ref : plan.plan.layouts[layout - 1].ref;
  if (ref) words.push(`from remnant ${ref} / 余料 ${ref}`);
  if (plan.ripWidth !== null) words.push(`ripped to ${mm(plan.ripWidth)} mm / 开料宽 ${mm(plan.ripWidth)} mm`);
  if (plan.thickness !== null) words.push(`${mm(plan.thickness)} mm thick / 厚 ${mm(plan.thickness)} mm`);
  return words.join(' · ');
}

/** Drawings write millimetres as saws do: no grouping, at most one decimal. */
function mm(value: number): string {
  return String(Math.round(value * 10) / 10);
}
