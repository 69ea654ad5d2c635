import type { Placement, Rect, SheetLayout } from '../types';
import { attributes, COLORS, escapeXml, fittedLabel, formatMm, hatchPattern, num, svgDocument } from './svg-text';

export interface SheetLayoutSvgOptions {
  title?: string;
  /** Width of the drawing in pixels; the height follows the sheet's proportions. Default 800. */
  maxWidthPx?: number;
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
  const body = [
    `<defs>${hatch.defs}</defs>`,
    titleText(options.title, px),
    `<rect ${attributes({ x: 0, y: 0, width: layout.width, height: layout.height, fill: COLORS.waste })}/>`,
    ...layout.remnants.map((r) => drawRemnant(r, hatch.id, px)),
    ...layout.placements.map((p) => drawPart(p, px)),
    drawCuts(layout),
    `<rect ${attributes({ x: 0, y: 0, width: layout.width, height: layout.height, fill: 'none', stroke: COLORS.outline, 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' })}/>`,
  ];
  const viewBox = `0 ${num(-top)} ${num(layout.width)} ${num(layout.height + top)}`;
  return svgDocument(widthPx, (layout.height + top) * scale, viewBox, body, options.title);
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

function drawPart(p: Placement, px: (pixels: number) => number): string {
  const label = `${p.id} ${formatMm(p.width)}×${formatMm(p.height)}${p.rotated ? ' ↻' : ''}`;
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
