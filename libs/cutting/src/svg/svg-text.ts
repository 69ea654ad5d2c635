/** Chinese part names must print on machines without Noto (Windows shop PCs have YaHei). */
export const FONT_FAMILY = "'Noto Sans SC', 'Microsoft YaHei', sans-serif";

export const COLORS = {
  waste: '#d4d4d4',
  trim: '#bdbdbd',
  part: '#f3dfb8',
  partStroke: '#7a5a2b',
  remnantFill: '#eef6ee',
  remnantStroke: '#3d7a45',
  cut: '#c0392b',
  text: '#222222',
  outline: '#555555',
} as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return replaceNonXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** For values in double quotes: single quotes stay readable (font-family lists). */
function escapeAttribute(text: string): string {
  return replaceNonXmlChars(text).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

// XML 1.0 forbids most control characters (even as references) and lone surrogates; ids come from user input.
function replaceNonXmlChars(text: string): string {
  let out = '';
  for (const ch of text) out += isXmlChar(ch.codePointAt(0) ?? 0) ? ch : '\ufffd';
  return out;
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Millimetres as printed on a label: at most two decimals, no trailing zeros. */
export function formatMm(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Coordinates in the SVG source: short, but precise enough for any zoom. */
export function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}="${typeof value === 'number' ? num(value) : escapeAttribute(value)}"`)
    .join(' ');
}

/** A hatch whose line spacing is `spacing` user units; the id carries the spacing so inlined drawings never clash. */
export function hatchPattern(spacing: number): { id: string; defs: string } {
  const id = `mendao-remnant-hatch-${Math.round(spacing * 1000)}`;
  const defs =
    `<pattern ${attributes({ id, patternUnits: 'userSpaceOnUse', width: spacing, height: spacing, patternTransform: 'rotate(45)' })}>` +
    `<rect ${attributes({ width: spacing, height: spacing, fill: COLORS.remnantFill })}/>` +
    `<line ${attributes({ x1: 0, y1: 0, x2: 0, y2: spacing, stroke: COLORS.remnantStroke, 'stroke-width': spacing / 4 })}/>` +
    `</pattern>`;
  return { id, defs };
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A centred label sized to fit its box, written upright in narrow tall boxes; the tooltip repeats it. */
export function fittedLabel(text: string, box: LabelBox, maxFontSize: number): string {
  const advance = Math.max(1, textWidthEm(text));
  const across = Math.min(box.height * 0.6, box.width / advance);
  const upright = Math.min(box.width * 0.6, box.height / advance);
  const vertical = upright > across * 1.2;
  const fontSize = Math.min(maxFontSize, vertical ? upright : across);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const transform = vertical ? `rotate(-90 ${num(cx)} ${num(cy)})` : undefined;
  const attrs = attributes({
    x: cx,
    y: cy,
    'font-size': fontSize,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    fill: COLORS.text,
    transform,
  });
  return `<text ${attrs}>${escapeXml(text)}</text>`;
}

/** Rough advance in em: CJK ideographs are square, Latin glyphs about 0.6 em. */
function textWidthEm(text: string): number {
  return [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.62), 0);
}

export function svgDocument(width: number, height: number, viewBox: string, body: string[], title?: string): string {
  const root = attributes({
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox,
    'font-family': FONT_FAMILY,
  });
  const heading = title === undefined ? '' : `<title>${escapeXml(title)}</title>`;
  return `<svg ${root}>${heading}${body.join('')}</svg>`;
}
