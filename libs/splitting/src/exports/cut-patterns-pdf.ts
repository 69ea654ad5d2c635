import PDFDocument from 'pdfkit';
import { cjkFontFile, printable } from '@mendao/platform';
import type { CutPattern, PatternPiece } from '../domain/cut-patterns';
import { doorsText, endCutsText, mm, patternTitle, pieceLabel, pieceSizeText, stockText } from './pattern-text';

/** A run's PDF stays a few hundred pages at most; the workbook has every pattern. */
export const MAX_PDF_PATTERNS = 300;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 36;
const CONTENT_W = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN;
const COLORS = {
  waste: '#d4d4d4',
  trim: '#9e9e9e',
  part: '#f3dfb8',
  partStroke: '#7a5a2b',
  remnant: '#dcefdc',
  remnantStroke: '#3d7a45',
  cut: '#c0392b',
  text: '#222222',
};

type Doc = PDFKit.PDFDocument;

export interface CutPatternsPdfHeader {
  /** e.g. the run's orders; printed under the title on page 1. */
  subtitle: string;
}

/** A4 pages of the cut patterns: each titled, drawn (cuts numbered, trims, grain, remnants) and listed. */
export function cutPatternsPdf(patterns: readonly CutPattern[], header: CutPatternsPdfHeader): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: '下料图 Cut patterns' } });
  doc.registerFont('cjk', cjkFontFile());
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fillColor(COLORS.text).fontSize(16).text('下料图 Cut patterns', MARGIN, MARGIN);
  const stock = patterns.reduce((s, p) => s + p.count, 0);
  doc
    .fontSize(9)
    .text(`${printable(header.subtitle)} · ${patterns.length} 个方案 patterns · ${stock} 根/张 bars/sheets`, {
      width: CONTENT_W,
    });
  if (patterns.length > MAX_PDF_PATTERNS) {
    doc.text(
      `前 ${MAX_PDF_PATTERNS} 个方案 the first ${MAX_PDF_PATTERNS} of ${patterns.length} patterns; 全部见 xlsx / all in the .xlsx`,
    );
  }
  doc.moveDown(0.5);
  for (const pattern of patterns.slice(0, MAX_PDF_PATTERNS)) {
    if (pattern.kind === 'linear') drawBarPattern(doc, pattern);
    else drawSheetPattern(doc, pattern);
  }
  doc.end();
  return done;
}

/** Starts a new page unless `height` points still fit below the cursor. */
function room(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function heading(doc: Doc, pattern: CutPattern): void {
  doc
    .fillColor(COLORS.text)
    .fontSize(11)
    .text(printable(patternTitle(pattern)), MARGIN, doc.y, { width: CONTENT_W });
  doc.moveDown(0.2);
}

function drawBarPattern(doc: Doc, pattern: CutPattern): void {
  const barH = 30;
  room(doc, 40 + barH + 14 * Math.min(pattern.pieces.length, 6));
  heading(doc, pattern);
  const top = doc.y;
  const length = pattern.stockSize[0];
  const scale = CONTENT_W / Math.max(length, 1);
  doc.rect(MARGIN, top, CONTENT_W, barH).fill(COLORS.waste);
  if (pattern.trim > 0) {
    doc.rect(MARGIN, top, pattern.trim * scale, barH).fill(COLORS.trim);
    doc.rect(MARGIN + (length - pattern.trim) * scale, top, pattern.trim * scale, barH).fill(COLORS.trim);
  }
  if (pattern.remnant > 0) {
    const x = MARGIN + (length - pattern.trim - pattern.remnant) * scale;
    doc.rect(x, top, pattern.remnant * scale, barH).fillAndStroke(COLORS.remnant, COLORS.remnantStroke);
    fitText(doc, `余料 ${mm(pattern.remnant)}`, { x, y: top, w: pattern.remnant * scale, h: barH });
  }
  for (const piece of pattern.pieces) {
    const x = MARGIN + (pattern.trim + piece.x) * scale;
    const w = piece.length * scale;
    doc.lineWidth(0.6).rect(x, top, w, barH).fillAndStroke(COLORS.part, COLORS.partStroke);
    mitreMarks(doc, piece, x, top, w, barH);
    fitText(doc, pieceLabel(pattern, piece), { x, y: top, w, h: barH });
  }
  doc.y = top + barH + 4;
  pieceTable(doc, pattern);
}

/** A 45° line across each mitred end, leaning the way the saw cuts it (the long point outward). */
function mitreMarks(doc: Doc, piece: PatternPiece, x: number, y: number, w: number, h: number): void {
  if (!piece.endCuts) return;
  const lean = Math.min(h, w / 3);
  doc.save().lineWidth(1.2).strokeColor(COLORS.cut);
  if (piece.endCuts.start === 'mitre45')
    doc
      .moveTo(x, y)
      .lineTo(x + lean, y + h)
      .stroke();
  if (piece.endCuts.end === 'mitre45')
    doc
      .moveTo(x + w, y)
      .lineTo(x + w - lean, y + h)
      .stroke();
  doc.restore();
}

function drawSheetPattern(doc: Doc, pattern: CutPattern): void {
  const [width, height] = pattern.stockSize;
  const maxH = 430;
  const scale = Math.min((CONTENT_W - 40) / Math.max(width, 1), maxH / Math.max(height, 1));
  room(doc, height * scale + 60);
  heading(doc, pattern);
  const left = MARGIN;
  const top = doc.y + 4;
  const at = (x: number, y: number) => ({ x: left + x * scale, y: top + y * scale });
  doc.rect(left, top, width * scale, height * scale).fill(COLORS.waste);
  if (pattern.trim > 0) {
    doc.save().fillColor(COLORS.trim);
    const t = pattern.trim * scale;
    doc.rect(left, top, width * scale, t).fill();
    doc.rect(left, top + (height - pattern.trim) * scale, width * scale, t).fill();
    doc.rect(left, top, t, height * scale).fill();
    doc.rect(left + (width - pattern.trim) * scale, top, t, height * scale).fill();
    doc.restore();
  }
  for (const r of pattern.remnants) {
    const p = at(r.x, r.y);
    doc.lineWidth(0.6).rect(p.x, p.y, r.width * scale, r.height * scale);
    doc.fillAndStroke(COLORS.remnant, COLORS.remnantStroke);
    fitText(doc, `余料 ${mm(r.width)}×${mm(r.height)}`, { x: p.x, y: p.y, w: r.width * scale, h: r.height * scale });
  }
  for (const piece of pattern.pieces) {
    const p = at(piece.x, piece.y ?? 0);
    const w = (piece.width ?? 0) * scale;
    const h = piece.length * scale;
    doc.lineWidth(0.6).rect(p.x, p.y, w, h).fillAndStroke(COLORS.part, COLORS.partStroke);
    fitText(doc, pieceLabel(pattern, piece), { x: p.x, y: p.y, w, h });
  }
  doc.save().lineWidth(0.9).strokeColor(COLORS.cut);
  for (const cut of pattern.cuts) {
    const a = at(cut.x1, cut.y1);
    const b = at(cut.x2, cut.y2);
    if (cut.trim) doc.dash(3, { space: 2 });
    doc.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke();
    doc.undash();
  }
  doc.restore();
  // numbers last, over the parts: a small white disc at the middle of each cut
  for (const cut of pattern.cuts) {
    const a = at((cut.x1 + cut.x2) / 2, (cut.y1 + cut.y2) / 2);
    doc.circle(a.x, a.y, 5).fillAndStroke('#ffffff', COLORS.cut);
    doc.fillColor(COLORS.cut).fontSize(5.5);
    const label = String(cut.no);
    doc.text(label, a.x - doc.widthOfString(label) / 2, a.y - 3.6, { lineBreak: false });
  }
  grainArrow(doc, left + width * scale + 14, top, height * scale);
  doc.fillColor(COLORS.text);
  doc.x = MARGIN;
  doc.y = top + height * scale + 6;
  pieceTable(doc, pattern);
  cutList(doc, pattern);
}

/** The sheet's grain runs along its height (the plans stand sheets with the long side vertical). */
function grainArrow(doc: Doc, x: number, top: number, h: number): void {
  const len = Math.min(h * 0.6, 160);
  const y0 = top + (h - len) / 2;
  doc.save().lineWidth(1).strokeColor(COLORS.text).fillColor(COLORS.text);
  doc
    .moveTo(x, y0 + len)
    .lineTo(x, y0)
    .stroke();
  doc
    .moveTo(x - 4, y0 + 8)
    .lineTo(x, y0)
    .lineTo(x + 4, y0 + 8)
    .fill();
  doc.fontSize(7);
  doc.text('纹', x - 3.5, y0 + len + 3, { lineBreak: false });
  doc.text('理', x - 3.5, y0 + len + 11, { lineBreak: false });
  doc.restore();
}

function pieceTable(doc: Doc, pattern: CutPattern): void {
  doc.fontSize(7.5).fillColor(COLORS.text);
  for (const piece of pattern.pieces) {
    room(doc, 11);
    const ends = endCutsText(piece.endCuts);
    const finish = [...new Set(piece.uses.flatMap((u) => (u.finish ? [u.finish] : [])))].join('/');
    const rooms = [...new Set(piece.uses.flatMap((u) => (u.room ? [u.room] : [])))].join('/');
    const words = [
      `${piece.seq}.`,
      piece.component,
      pieceSizeText(pattern, piece),
      ends,
      finish,
      rooms,
      `门 ${clip(doorsText(piece), 110)}`,
    ].filter((w) => w !== '');
    doc.text(printable(words.join('  ')), MARGIN, doc.y, { width: CONTENT_W });
  }
  const leftover =
    pattern.kind === 'linear'
      ? `余料 remnant ${mm(pattern.remnant)} · 废料 waste ${mm(pattern.waste)} · 尾料 offcut ${mm(pattern.offcut ?? 0)}`
      : `余料 remnants ${pattern.remnants.map((r) => `${mm(r.width)}×${mm(r.height)}`).join(', ') || '—'} · 废料 waste ${mm(pattern.waste / 1e6)} m²`;
  room(doc, 11);
  doc.text(printable(`${leftover} · ${stockText(pattern)}`), MARGIN, doc.y, { width: CONTENT_W });
  doc.moveDown(0.6);
}

function cutList(doc: Doc, pattern: CutPattern): void {
  if (pattern.cuts.length === 0) return;
  const words = pattern.cuts.map((c) => {
    const along = Math.abs(c.y1 - c.y2) < 1e-6 ? `y=${mm(c.y1)}` : `x=${mm(c.x1)}`;
    return `${c.no}${c.trim ? '修边 trim' : ''} ${along}`;
  });
  room(doc, 22);
  doc.fontSize(7).text(`切割顺序 cut sequence: ${words.join(' · ')}`, MARGIN, doc.y, { width: CONTENT_W });
  doc.moveDown(0.8);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A label centred in its box at the largest size up to 8 pt that fits, turned upright in tall narrow boxes. */
function fitText(doc: Doc, text: string, box: { x: number; y: number; w: number; h: number }): void {
  text = printable(text);
  doc.fontSize(10);
  const width10 = doc.widthOfString(text);
  const across = Math.min(8, (10 * (box.w - 2)) / width10, box.h * 0.7);
  const upright = Math.min(8, (10 * (box.h - 2)) / width10, box.w * 0.7);
  const vertical = upright > across * 1.2;
  const size = vertical ? upright : across;
  if (size < 3) return;
  doc.save().fillColor(COLORS.text).fontSize(size);
  const tw = doc.widthOfString(text);
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  if (vertical) doc.rotate(-90, { origin: [cx, cy] });
  doc.text(text, cx - tw / 2, cy - size * 0.65, { lineBreak: false });
  doc.restore();
}
