import { CUT_LIST_HEADER, cutListRows, cutPlanTitle } from './cut-list';
import type { CutPlan } from './split-plan';

type LinearCutPlan = Extract<CutPlan, { kind: 'linear' }>;

function linearPlan(overrides: Partial<LinearCutPlan> = {}): LinearCutPlan {
  return {
    n: 1,
    material: 'LVL-40',
    kind: 'linear',
    ripWidth: 150,
    thickness: 40,
    plan: {
      bars: [
        {
          stockLength: 2440,
          stockIndex: 0,
          cuts: [
            { id: 'SO-1-1-3', length: 860, position: 0 },
            { id: 'SO-1-1-4', length: 860, position: 864 },
          ],
          offcut: 702,
          remnant: 0,
          waste: 702,
        },
        {
          stockLength: 3050,
          stockIndex: 1,
          cuts: [{ id: 'SO-1-1-3', length: 860, position: 0 }],
          offcut: 2186,
          remnant: 2186,
          waste: 4,
        },
      ],
      totals: { bars: 2, stockLength: 5490, itemLength: 2580, yield: 0.47, cost: 0, remnantLength: 2186, waste: 706 },
      lowerBound: 1,
      elapsedMs: 3,
    },
    ...overrides,
  };
}

function sheetPlan(): CutPlan {
  return {
    n: 2,
    material: 'HDF-8',
    kind: 'sheet',
    ripWidth: null,
    thickness: 8,
    plan: {
      layouts: [
        {
          width: 1220,
          height: 2440,
          stockIndex: 0,
          placements: [{ id: 'SO-1-1-7', x: 5, y: 5, width: 700, height: 2050, rotated: false }],
          cuts: [],
          remnants: [],
          waste: 1541800,
          yield: 0.48,
        },
      ],
      totals: { sheets: 1, sheetArea: 2976800, itemArea: 1435000, yield: 0.48, cost: 0 },
      lowerBound: 1,
      elapsedMs: 2,
    },
  };
}

describe(cutListRows.name, () => {
  it('keeps the first twelve columns where spreadsheets read them and adds rip width and thickness last', () => {
    expect(CUT_LIST_HEADER.slice(0, 12)).toEqual([
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
    ]);
    expect(CUT_LIST_HEADER.slice(12)).toEqual(['开料宽 rip width', '厚 thickness']);
  });

  it('writes a ripped bar’s pieces with the width it is ripped to, and a sheet’s with its thickness only', () => {
    const rows = cutListRows([linearPlan(), sheetPlan()]);
    expect(rows).toEqual([
      [...CUT_LIST_HEADER],
      [1, 'LVL-40', 'linear', 1, 2440, 1, 'SO-1-1-3', 860, '', 0, '', '', 150, 40],
      [1, 'LVL-40', 'linear', 1, 2440, 2, 'SO-1-1-4', 860, '', 864, '', '', 150, 40],
      [1, 'LVL-40', 'linear', 2, 3050, 1, 'SO-1-1-3', 860, '', 0, '', '', 150, 40],
      [2, 'HDF-8', 'sheet', 1, '1220×2440', 1, 'SO-1-1-7', 2050, 700, 5, 5, 'no', '', 8],
    ]);
    for (const row of rows) expect(row).toHaveLength(CUT_LIST_HEADER.length);
  });

  it('leaves rip width and thickness blank for a fixed profile of unknown thickness (a run saved before them)', () => {
    const rows = cutListRows([linearPlan({ ripWidth: null, thickness: null })]);
    expect(rows[1].slice(12)).toEqual(['', '']);
  });
});

describe(cutPlanTitle.name, () => {
  it('names the bar, its stock length, the width it is ripped to and the thickness, in English and Chinese', () => {
    expect(cutPlanTitle(linearPlan(), 2)).toBe(
      'LVL-40 · bar 2 of 2 / 第 2/2 根 · 3050 mm · ripped to 150 mm / 开料宽 150 mm · 40 mm thick / 厚 40 mm',
    );
  });

  it('says no rip width for a fixed profile, and writes a sheet’s size', () => {
    expect(cutPlanTitle(linearPlan({ ripWidth: null, thickness: 20.25 }), 1)).toBe(
      'LVL-40 · bar 1 of 2 / 第 1/2 根 · 2440 mm · 20.3 mm thick / 厚 20.3 mm',
    );
    expect(cutPlanTitle(sheetPlan(), 1)).toBe('HDF-8 · sheet 1 of 1 / 第 1/1 张 · 1220×2440 mm · 8 mm thick / 厚 8 mm');
  });

  it('names the remnant (余料) a bar is cut from, so the sawyer takes it from the rack', () => {
    const plan = linearPlan();
    plan.plan.bars[1] = { ...plan.plan.bars[1], stockIndex: -1, ref: 'LVL-40-R150x3050' };
    expect(cutPlanTitle(plan, 2)).toContain('from remnant LVL-40-R150x3050 / 余料 LVL-40-R150x3050');
    expect(cutPlanTitle(plan, 1)).not.toContain('余料');
  });
});
