import type { LinearBar } from '../types';
import { attributes, COLORS, escapeXml, fittedLabel, formatMm, hatchPattern, num, svgDocument } from './svg-text';

export interface LinearBarSvgOptions {
  /** Kerf of the plan (mm), drawn as dark slots after the pieces. Default 0. */
  kerf?: number;
  /** Trim of the plan (mm) at each end. Default 0. */
  trim?: number;
  /** Pixels per millimetre. Default: the bar is 1000 px long. */
  scale?: number;
  title?: string;
  /** How each piece's ends are cut (by index in `bar.cuts`): a 45° mitre is marked by a slanted line. */
  endCuts?: (index: number) => { start: 'square' | 'mitre45'; end: 'square' | 'mitre45' } | null;
  /** A piece's label; default "id length". */
  labelOf?: (index: number) => string;
}

const BAR_HEIGHT_PX = 40;
const TITLE_HEIGHT_PX = 22;
const MAX_LABEL_PX = 14;

/** One bar as a standalone SVG: pieces labelled "id length", trims and waste grey, the remnant hatched. */
export function linearBarSvg(bar: LinearBar, options: LinearBarSvgOptions = {}): string {
  const scale = options.scale ?? 1000 / Math.max(bar.stockLength, 1);
  const kerf = options.kerf ?? 0;
  const trim = options.trim ?? 0;
  const width = bar.stockLength * scale;
  const top = options.title === undefined ? 0 : TITLE_HEIGHT_PX;
  const hatch = hatchPattern(8);
  const body = [
    `<defs>${hatch.defs}</defs>`,
    titleText(options.title),
    `<rect ${attributes({ x: 0, y: top, width, height: BAR_HEIGHT_PX, fill: COLORS.waste })}/>`,
    ...drawTrims(bar.stockLength, trim, scale, top),
    ...drawKerfs(bar, kerf, trim, scale, top),
    drawRemnant(bar, trim, scale, top, hatch.id),
    ...bar.cuts.map((cut, i) =>
      drawPiece(
        options.labelOf ? options.labelOf(i) : `${cut.id} ${formatMm(cut.length)}`,
        (trim + cut.position) * scale,
        cut.length * scale,
        top,
        options.endCuts?.(i) ?? null,
      ),
    ),
    `<rect ${attributes({ x: 0, y: top, width, height: BAR_HEIGHT_PX, fill: 'none', stroke: COLORS.outline, 'stroke-width': 1 })}/>`,
  ];
  const height = top + BAR_HEIGHT_PX;
  return svgDocument(width, height, `0 0 ${num(width)} ${num(height)}`, body, options.title);
}

function titleText(title: string | undefined): string {
  if (title === undefined) return '';
  const attrs = attributes({ x: 2, y: TITLE_HEIGHT_PX - 6, 'font-size': 14, fill: COLORS.text });
  return `<text ${attrs}>${escapeXml(title)}</text>`;
}

function drawTrims(stockLength: number, trim: number, scale: number, top: number): string[] {
  if (trim <= 0) return [];
  return [0, stockLength - trim].map(
    (x) =>
      `<rect ${attributes({ x: x * scale, y: top, width: trim * scale, height: BAR_HEIGHT_PX, fill: COLORS.trim })}/>`,
  );
}

/** The saw slot after each piece, where one was cut (not past the trimmed end). */
function drawKerfs(bar: LinearBar, kerf: number, trim: number, scale: number, top: number): string[] {
  if (kerf <= 0) return [];
  const end = bar.stockLength - trim;
  return bar.cuts
    .map((cut) => trim + cut.position + cut.length)
    .filter((x) => x < end)
    .map((x) => {
      const width = Math.max(Math.min(kerf, end - x) * scale, 1);
      return `<rect ${attributes({ x: x * scale, y: top, width, height: BAR_HEIGHT_PX, fill: COLORS.outline })}/>`;
    });
}

function drawRemnant(bar: LinearBar, trim: number, scale: number, top: number, hatchId: string): string {
  if (bar.remnant <= 0) return '';
  const x = (bar.stockLength - trim - bar.remnant) * scale;
  const width = bar.remnant * scale;
  const label = `${formatMm(bar.remnant)}`;
  const rect = attributes({
    x,
    y: top,
    width,
    height: BAR_HEIGHT_PX,
    fill: `url(#${hatchId})`,
    stroke: COLORS.remnantStroke,
    'stroke-width': 1,
  });
  const box = { x, y: top, width, height: BAR_HEIGHT_PX };
  return `<g class="remnant"><title>${escapeXml(`remnant ${label}`)}</title><rect ${rect}/>${fittedLabel(label, box, MAX_LABEL_PX)}</g>`;
}

function drawPiece(
  label: string,
  x: number,
  width: number,
  top: number,
  ends: { start: 'square' | 'mitre45'; end: 'square' | 'mitre45' } | null,
): string {
  const rect = attributes({
    x,
    y: top,
    width,
    height: BAR_HEIGHT_PX,
    fill: COLORS.part,
    stroke: COLORS.partStroke,
    'stroke-width': 1,
  });
  const box = { x, y: top, width, height: BAR_HEIGHT_PX };
  const mitres = ends ? mitreMarks(ends, x, width, top) : '';
  return `<g class="piece"><title>${escapeXml(label)}</title><rect ${rect}/>${mitres}${fittedLabel(label, box, MAX_LABEL_PX)}</g>`;
}

/** A slanted line across each mitred end, the long point at the piece's end (as a casing is cut). */
function mitreMarks(
  ends: { start: 'square' | 'mitre45'; end: 'square' | 'mitre45' },
  x: number,
  width: number,
  top: number,
): string {
  const lean = Math.min(BAR_HEIGHT_PX, width / 3);
  const line = (x1: number, x2: number) =>
    `<line ${attributes({ class: 'mitre', x1, y1: top, x2, y2: top + BAR_HEIGHT_PX, stroke: COLORS.cut, 'stroke-width': 2 })}/>`;
  return (
    (ends.start === 'mitre45' ? line(x, x + lean) : '') +
    (ends.end === 'mitre45' ? line(x + width, x + width - lean) : '')
  );
}
