import { describe, expect, it } from 'vitest';
import {
  BAR_HEIGHT_PX,
  BAR_WIDTH_PX,
  drawnSheetSize,
  fitLabel,
  indexRanges,
  linearBarDiagram,
  MIN_FONT_PX,
  planDiagramGroups,
  planDiagrams,
  sheetDiagram,
  SHEET_WIDTH_PX,
  type LinearBar,
  type SheetLayout,
} from './cut-diagram';

const mm = (value: number) => String(value);

const bar: LinearBar = {
  stockLength: 2400,
  stockIndex: 0,
  cuts: [
    { id: 'SO-1-1-1', length: 1000, position: 0 },
    { id: 'SO-1-1-2', length: 800, position: 1004 },
  ],
  offcut: 572,
  remnant: 500,
  waste: 80,
};

const sheet: SheetLayout = {
  width: 2440,
  height: 1220,
  stockIndex: 0,
  placements: [
    { id: 'SKIN-A', x: 10, y: 10, width: 2050, height: 860, rotated: false },
    { id: 'SKIN-B', x: 10, y: 874, width: 300, height: 336, rotated: true },
  ],
  cuts: [
    { x1: 10, y1: 870, x2: 2430, y2: 870, stage: 1 },
    { x1: 2060, y1: 10, x2: 2060, y2: 870, stage: 2 },
  ],
  remnants: [{ x: 314, y: 874, width: 2116, height: 336 }],
  waste: 1213800,
  yield: 0.6261,
};

describe('linearBarDiagram', () => {
  const diagram = linearBarDiagram(bar, { trim: 10, kerf: 4, mm });
  const scale = BAR_WIDTH_PX / 2400;

  it('places each piece after the trim at its position, scaled to the bar’s drawing width', () => {
    expect(diagram.width).toBe(BAR_WIDTH_PX);
    expect(diagram.height).toBe(BAR_HEIGHT_PX);
    expect(diagram.parts.map((p) => [p.x, p.width])).toEqual([
      [10 * scale, 1000 * scale],
      [1014 * scale, 800 * scale],
    ]);
    expect(diagram.parts[0].title).toBe('SO-1-1-1 · 1000');
  });

  it('labels each piece with its part id and length, and its component when known', () => {
    expect(diagram.parts[0].label?.lines).toEqual(['SO-1-1-1', '1000']);
    expect(diagram.parts[0].label?.vertical).toBe(false);
    const named = linearBarDiagram(bar, { mm, nameOf: (id) => (id === 'SO-1-1-1' ? '门边 stile' : undefined) });
    expect(named.parts[0].label?.lines).toEqual(['SO-1-1-1', '1000', '门边 stile']);
    expect(named.parts[0].title).toBe('SO-1-1-1 · 门边 stile · 1000');
    expect(named.parts[1].label?.lines).toEqual(['SO-1-1-2', '800']);
  });

  it('draws the trims at both ends, a kerf after each piece, and the remnant at the trimmed end', () => {
    expect(diagram.trims.map((t) => [t.x, t.width])).toEqual([
      [0, 10 * scale],
      [2390 * scale, 10 * scale],
    ]);
    expect(diagram.kerfs.map((k) => k.x)).toEqual([1010 * scale, 1814 * scale]);
    expect(diagram.remnants).toHaveLength(1);
    expect(diagram.remnants[0].x).toBeCloseTo((2390 - 500) * scale);
    expect(diagram.remnants[0].label?.lines).toEqual(['500']);
  });

  it('gives the bar’s yield as piece length over stock length', () => {
    expect(diagram.yield).toBeCloseTo(1800 / 2400);
  });

  it('draws no trim, kerf or remnant when the plan has none', () => {
    const plain = linearBarDiagram({ ...bar, remnant: 0 }, { mm });
    expect([plain.trims, plain.kerfs, plain.remnants]).toEqual([[], [], []]);
    expect(plain.parts[0].x).toBe(0);
  });
});

describe('sheetDiagram', () => {
  const diagram = sheetDiagram(sheet, { trim: 10, mm });
  const scale = SHEET_WIDTH_PX / 2440;

  it('keeps the sheet’s proportions at the drawing width', () => {
    expect(diagram.width).toBe(SHEET_WIDTH_PX);
    expect(diagram.height).toBeCloseTo(1220 * scale);
    expect(diagram.stock.width).toBeCloseTo(SHEET_WIDTH_PX);
    expect(diagram.stock.height).toBeCloseTo(diagram.height);
  });

  it('places parts, remnants and cuts where the layout puts them, marking a turned part', () => {
    expect(diagram.parts[0]).toMatchObject({ x: 10 * scale, y: 10 * scale, width: 2050 * scale });
    expect(diagram.parts[1].title).toBe('SKIN-B · 300×336 ↻');
    expect(diagram.remnants[0].title).toBe('2116×336');
    expect(diagram.cuts[1]).toEqual({ x1: 2060 * scale, y1: 10 * scale, x2: 2060 * scale, y2: 870 * scale });
  });

  it('draws the four edge trims without overlapping the corners', () => {
    const area = diagram.trims.reduce((sum, t) => sum + t.width * t.height, 0);
    expect(area).toBeCloseTo((2440 * 1220 - 2420 * 1200) * scale * scale);
  });

  it('takes the sheet’s yield from the plan', () => {
    expect(diagram.yield).toBe(0.6261);
  });
});

describe('a standing sheet', () => {
  const standing = {
    ...sheet,
    width: 1220,
    height: 2440,
    placements: [{ id: 'SKIN', x: 10, y: 20, width: 844, height: 2064, rotated: false }],
    remnants: [],
    cuts: [{ x1: 854, y1: 10, x2: 854, y2: 2430, stage: 1 }],
  };

  it('is drawn lying, parts and cuts turned with it', () => {
    const diagram = sheetDiagram(standing, { mm });
    const scale = SHEET_WIDTH_PX / 2440;
    expect(diagram.height).toBeCloseTo(1220 * scale);
    expect(diagram.parts[0]).toMatchObject({ x: 20 * scale, y: 10 * scale });
    expect(diagram.parts[0].width).toBeCloseTo(2064 * scale);
    expect(diagram.parts[0].title).toBe('SKIN · 2064×844');
    expect(diagram.cuts[0]).toEqual({ x1: 10 * scale, y1: 854 * scale, x2: 2430 * scale, y2: 854 * scale });
    expect(drawnSheetSize(standing)).toEqual({ width: 2440, height: 1220 });
    expect(drawnSheetSize(sheet)).toEqual({ width: 2440, height: 1220 });
  });
});

describe('planDiagramGroups', () => {
  it('draws bars cut alike once, listing which bars they are, in the order of their first bar', () => {
    const other = { ...bar, cuts: [bar.cuts[0]], remnant: 0 };
    const linear = {
      n: 1,
      material: 'LVL-40',
      kind: 'linear' as const,
      plan: { bars: [bar, other, { ...bar, stockIndex: 1 }, { ...bar, stockIndex: -1, ref: 'R-1' }, bar] },
    };
    const groups = planDiagramGroups(linear as never, { mm });
    // a bar of the remnant item R-1 is fetched from the remnant rack: never drawn as one of the new bars
    expect(groups.map((g) => g.indices)).toEqual([[0, 2, 4], [1], [3]]);
    expect(groups[1].diagram.parts).toHaveLength(1);
  });

  it('writes the bars of a group as ranges', () => {
    expect(indexRanges([0, 1, 2, 4, 6, 7])).toBe('1–3, 5, 7–8');
    expect(indexRanges([3])).toBe('4');
  });
});

describe('planDiagrams', () => {
  it('gives one diagram per bar or per sheet', () => {
    const linear = { n: 1, material: 'LVL-40', kind: 'linear' as const, plan: { bars: [bar, bar] } };
    expect(planDiagrams(linear as never, { mm })).toHaveLength(2);
    const sheets = { n: 2, material: 'HDF-8', kind: 'sheet' as const, plan: { layouts: [sheet] } };
    expect(planDiagrams(sheets as never, { mm })[0].cuts).toHaveLength(2);
  });
});

describe('fitLabel', () => {
  it('shrinks the font to fit the longest line across the box', () => {
    const label = fitLabel(['SO-2026-0001-1-1', '2064'], { width: 100, height: 48 });
    expect(label?.vertical).toBe(false);
    // 16 characters at 0.6 em in 92 px
    expect(label?.fontSize).toBeCloseTo(9.5, 1);
  });

  it('turns the label in a tall, narrow box', () => {
    const label = fitLabel(['SKIN-B', '300×900'], { width: 30, height: 200 });
    expect(label?.vertical).toBe(true);
    expect(label?.fontSize).toBeGreaterThanOrEqual(MIN_FONT_PX);
  });

  it('drops the size before the id, and gives up when even the id cannot be read', () => {
    expect(fitLabel(['PART', '1000'], { width: 60, height: 18 })?.lines).toEqual(['PART']);
    expect(fitLabel(['SO-2026-0001-1-1'], { width: 12, height: 12 })).toBeNull();
  });

  it('never grows past the largest font', () => {
    expect(fitLabel(['A'], { width: 1000, height: 1000 })?.fontSize).toBe(15);
    expect(fitLabel(['A'], { width: 1000, height: 1000 }, 26)?.fontSize).toBe(26);
  });
});
