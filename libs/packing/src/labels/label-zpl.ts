import {
  type LabelBarcode,
  type LabelLayout,
  type LabelQr,
  type LabelStock,
  type LabelText,
  labelLayout,
  type Measure,
  type PackageLabel,
} from './label-layout';

export const ZPL_DPIS = [203, 300] as const;
export type ZplDpi = (typeof ZPL_DPIS)[number];
/** Zebra's print heads: 203 dpi is 8 dots a mm, 300 dpi 12 (their own figures, not dpi ÷ 25.4). */
const DOTS_PER_MM: Record<ZplDpi, number> = { 203: 8, 300: 12 };

/**
 * The printer's CJK font: SimSun (宋体) on the printer's flash, as Zebra printers sold in China carry it (else load
 * it once with Zebra Setup Utilities). ZPL fonts A–0 have no Chinese glyphs.
 */
export const ZPL_CJK_FONT = 'E:SIMSUN.TTF';

/**
 * SimSun draws ASCII half an em wide and everything else (Chinese, ×, …, —) a full em: enough to cut a text to its
 * box before it goes to a printer that cannot measure for us.
 */
const simsunWidth: Measure = (text, size) => {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  return ems * size;
};

/**
 * Field data with ^FH's hex escapes (`_` the indicator): `^` and `~` would end the field or start a command, and
 * `_` itself must be escaped once ^FH is on. Line breaks become spaces (a label line is one line).
 */
export function zplEscape(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/_/g, '_5F')
    .replace(/\^/g, '_5E')
    .replace(/~/g, '_7E');
}

/**
 * Package labels for Zebra printers: one ^XA…^XZ block per label, laid out as the PDF is (label-layout.ts) at
 * 203 or 300 dpi. Text in UTF-8 (^CI28) with the printer's CJK font, Code 128 by ^BC (automatic subsets) or
 * GS1-128 (^BC starting in subset C with FNC1, `>;>8`, then AI 00 and the SSCC), the QR by ^BQ with error
 * correction M.
 */
export function labelsZpl(labels: readonly PackageLabel[], stock: LabelStock, dpi: ZplDpi): string {
  return labels.map((label) => labelZpl(labelLayout(label, stock, simsunWidth), dpi)).join('');
}

function labelZpl(layout: LabelLayout, dpi: ZplDpi): string {
  const dots = (mm: number) => Math.round(mm * DOTS_PER_MM[dpi]);
  const out = ['^XA', '^CI28', `^PW${dots(layout.width)}`, `^LL${dots(layout.height)}`, '^LH0,0'];
  for (const element of layout.elements) {
    switch (element.type) {
      case 'text':
        out.push(text(element, dots));
        break;
      case 'barcode':
        out.push(bars(element, dots, dots(layout.width)));
        break;
      case 'qr':
        out.push(qr(element, dots));
        break;
      case 'rule':
        out.push(`^FO${dots(element.x)},${dots(element.y)}^GB${dots(element.width)},2,2^FS`);
        break;
    }
  }
  out.push('^XZ');
  return `${out.join('\n')}\n`;
}

function text(t: LabelText, dots: (mm: number) => number): string {
  const h = dots(t.size);
  const align = ({ left: 'L', center: 'C', right: 'R' } as const)[t.align];
  // a one-line field block: the printer aligns within the box and never wraps onto the next text
  return `^FO${dots(t.x)},${dots(t.y)}^A@N,${h},${h},${ZPL_CJK_FONT}^FB${dots(t.width)},1,0,${align},0^FH_^FD${zplEscape(t.text)}^FS`;
}

/** The narrow bar in whole dots (0.5 mm: 4 dots at 203 dpi, 6 at 300), the symbol centred on the label. */
function bars(b: LabelBarcode, dots: (mm: number) => number, labelWidth: number): string {
  const module = Math.max(2, dots(b.module));
  const modules = b.widths.reduce((sum, w) => sum + w, 0);
  const x = Math.round((labelWidth - modules * module) / 2);
  const h = dots(b.height);
  const data = b.symbology === 'gs1-128' ? `>;>800${b.data}` : b.data;
  const mode = b.symbology === 'gs1-128' ? 'N' : 'A';
  return `^FO${x},${dots(b.y)}^BY${module},3,${h}^BCN,${h},N,N,N,${mode}^FD${data}^FS`;
}

/** ^BQ model 2, its magnification the module in dots; `MA,` = error correction M, automatic input. */
function qr(q: LabelQr, dots: (mm: number) => number): string {
  const magnification = Math.min(10, Math.max(1, dots(q.module)));
  return `^FO${dots(q.x)},${dots(q.y)}^BQN,2,${magnification}^FH_^FDMA,${zplEscape(q.data)}^FS`;
}
