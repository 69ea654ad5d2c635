import type { Placement, Rect, SheetLayout } from '../types';
import { attributes, COLORS, escapeXml, fittedLabel, formatMm, hatchPattern, num, svgDocument } from './svg-text';

/** One cut of an operator's numbered sequence; `trim` marks an edge trim (drawn dashed over the trimmed strip). */
export interface NumberedCut {
  no: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  trim?: boolean;
}

export interface SheetLayoutSvgOptions {
  title?: string;
  /** Width of the drawing in pixels; the height follows the sheet's proportions. Default 800. */
  maxWidthPx?: number;
  /** Edge trim (mm): drawn as grey strips along the four edges. Default 0. */
  trim?: number;
  /** Cuts to draw numbered (e.g. trims first, then the layout's cuts); without it the layout's cuts, unnumbered. */
  sequence?: readonly NumberedCut[];
  /** Draws an arrow along the grain: the sheet's height ('vertical') or width. */
  grain?: 'vertical' | 'horizontal';
  /** A part's label; default "id w×h". Kept to a line: a drawing is read at A4. */
  labelOf?: (placement: Placement) => string;
}

const TITLE_HEIGHT_PX = 24;
const MAX_LABEL_PX = 16;

/**
 * One sheet as a standalone SVG in sheet millimetres (y down, as in the layout): parts labelled "id w×h" (↻ when
 * rotated), trims and waste grey, remnants hatched, cuts as thin lines in cut order.
 */
export function sheetLayoutSvg(layout: SheetLayout, options: SheetLayoutSvgOptions = {}): string {
  const widthPx = options.maxWidthPx ?? 800;
  const scale = widthPx / Math.max(layout.width, 1e-9);
  const px = (pixels: number): number => pixels / scale;
  const top = options.title === undefined ? 0 : px(TITLE_HEIGHT_PX);
  const hatch = hatchPattern(px(8));
  const grainRoom = options.grain ? px(GRAIN_MARGIN_PX) : 0;
  const body = [
    `<defs>${hatch.defs}</defs>`,
    titleText(options.title, px),
    `<rect ${attributes({ x: 0, y: 0, width: layout.width, height: layout.height, fill: COLORS.waste })}/>`,
    drawTrim(layout, options.trim ?? 0),
    ...layout.remnants.map((r) => drawRemnant(r, hatch.id, px)),
    ...layout.placements.map((p) => drawPart(p, px, options.labelOf)),
    options.sequence ? drawSequence(options.sequence, px) : drawCuts(layout),
    options.grain ? drawGrain(layout, options.grain, px) : '',
    `<rect ${attributes({ x: 0, y: 0, width: layout.width, height: layout.height, fill: 'none', stroke: COLORS.outline, 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' })}/>`,
  ];
  const viewBox = `0 ${num(-top)} ${num(layout.width + grainRoom)} ${num(layout.height + top)}`;
  return svgDocument(widthPx + grainRoom * scale, (layout.height + top) * scale, viewBox, body, options.title);
}

function titleText(title: string | undefined, px: (pixels: number) => number): string {
  if (title === undefined) return '';
  const attrs = attributes({ x: px(2), y: -px(7), 'font-size': px(14), fill: COLORS.text });
  return `<text ${attrs}>${escapeXml(title)}</text>`;
}

function drawRemnant(r: Rect, hatchId: string, px: (pixels: number) => number): string {
  const label = `${formatMm(r.width)}×${formatMm(r.height)}`;
  const rect = attributes({
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
    fill: `url(#${hatchId})`,
    stroke: COLORS.remnantStroke,
    'stroke-width': 1,
    'vector-effect': 'non-scaling-stroke',
  });
  return `<g class="remnant"><title>${escapeXml(`remnant ${label}`)}</title><rect ${rect}/>${fittedLabel(label, r, px(MAX_LABEL_PX))}</g>`;
}

function drawPart(p: Placement, px: (pixels: number) => number, labelOf?: (placement: Placement) => string): string {
  const label = labelOf ? labelOf(p) : `${p.id} ${formatMm(p.width)}×${formatMm(p.height)}${p.rotated ? ' ↻' : ''}`;
  const rect = attributes({
    x: p.x,
    y: p.y,
    width: p.width,
    height: p.height,
    fill: COLORS.part,
    stroke: COLORS.partStroke,
    'stroke-width': 1,
    'vector-effect': 'non-scaling-stroke',
  });
  return `<g class="part"><title>${escapeXml(label)}</title><rect ${rect}/>${fittedLabel(label, p, px(MAX_LABEL_PX))}</g>`;
}

function drawCuts(layout: SheetLayout): string {
  const lines = layout.cuts.map((c) => {
    const attrs = attributes({
      x1: c.x1,
      y1: c.y1,
      x2: c.x2,
      y2: c.y2,
      'data-stage': c.stage,
      'vector-effect': 'non-scaling-stroke',
    });
    return `<line ${attrs}/>`;
  });
  return `<g ${attributes({ class: 'cuts', stroke: COLORS.cut, 'stroke-width': 0.75 })}>${lines.join('')}</g>`;
}

/** Room right of the sheet for the grain arrow, in pixels. */
const GRAIN_MARGIN_PX = 36;

function drawTrim(layout: SheetLayout, trim: number): string {
  if (trim <= 0) return '';
  const { width: w, height: h } = layout;
  const strips = [
    { x: 0, y: 0, width: w, height: trim },
    { x: 0, y: h - trim, width: w, height: trim },
    { x: 0, y: 0, width: trim, height: h },
    { x: w - trim, y: 0, width: trim, height: h },
  ];
  return `<g class="trim">${strips.map((r) => `<rect ${attributes({ ...r, fill: COLORS.trim })}/>`).join('')}</g>`;
}

/** Each cut as a line, trims dashed, with its number in a disc at its middle: the operator cuts 1, 2, 3… */
function drawSequence(sequence: readonly NumberedCut[], px: (pixels: number) => number): string {
  const r = px(11);
  const items = sequence.map((c) => {
    const line = attributes({
      x1: c.x1,
      y1: c.y1,
      x2: c.x2,
      y2: c.y2,
      'stroke-dasharray': c.trim ? '6 3' : undefined,
      'vector-effect': 'non-scaling-stroke',
    });
    const cx = (c.x1 + c.x2) / 2;
    const cy = (c.y1 + c.y2) / 2;
    const disc = attributes({ cx, cy, r, fill: '#ffffff', stroke: COLORS.cut, 'stroke-width': px(1.2) });
    const text = attributes({
      x: cx,
      y: cy,
      'font-size': px(13),
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      fill: COLORS.cut,
      stroke: 'none',
    });
    const kind = c.trim ? 'cut trim' : 'cut';
    return `<g class="${kind}" data-no="${c.no}"><line ${line}/><circle ${disc}/><text ${text}>${c.no}</text></g>`;
  });
  return `<g ${attributes({ class: 'cuts numbered', stroke: COLORS.cut, 'stroke-width': 1 })}>${items.join('')}</g>`;
}

/** An arrow beside the sheet along its grain, labelled 纹理 (the tooltip adds "grain": the margin is narrow). */
function drawGrain(layout: SheetLayout, grain: 'vertical' | 'horizontal', px: (pixels: number) => number): string {
  const x = layout.width + px(GRAIN_MARGIN_PX / 2);
  const along = grain === 'vertical' ? layout.height : layout.width;
  const length = Math.min(along * 0.5, px(160));
  const y0 = (layout.height - length) / 2;
  const head = px(6);
  const shaft = attributes({ x1: x, y1: y0 + length, x2: x, y2: y0, stroke: COLORS.text, 'stroke-width': px(1.5) });
  const tip = attributes({
    points: `${num(x - head)},${num(y0 + head * 1.6)} ${num(x)},${num(y0)} ${num(x + head)},${num(y0 + head * 1.6)}`,
    fill: COLORS.text,
  });
  const label = attributes({
    x,
    y: y0 + length + px(14),
    'font-size': px(12),
    'text-anchor': 'middle',
    fill: COLORS.text,
  });
  const turn = grain === 'horizontal' ? ` transform="rotate(90 ${num(x)} ${num(layout.height / 2)})"` : '';
  return `<g class="grain"${turn}><title>纹理 grain</title><line ${shaft}/><polygon ${tip}/><text ${label}>纹理</text></g>`;
}
