import { create as openFont, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff-to-sfnt';

/**
 * Noto Sans SC as npm ships it (@fontsource, OFL): resolved from node_modules, never from the OS, so a clean
 * `npm ci` prints Chinese. pdfkit embeds only the glyphs used (a subset of a few kB).
 */
export const CJK_FONT_PATH = createRequire(__filename).resolve(
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
);

let cjkFont: { file: Buffer; face: Font } | undefined;

/** Unwrapped once per process (~50 ms, 2.5 MB in memory), then shared by every PDF. */
function font(): { file: Buffer; face: Font } {
  if (!cjkFont) {
    const file = woffToSfnt(readFileSync(CJK_FONT_PATH));
    cjkFont = { file, face: openFont(file) };
  }
  return cjkFont;
}

/** The font file every PDF of the app registers for Chinese and Latin text alike (`doc.registerFont('cjk', …)`). */
export function cjkFontFile(): Buffer {
  return font().file;
}

/**
 * Text as the font can draw it: a character it has no glyph for (a rare name typed into an order, an emoji) is
 * printed as "?" rather than as an empty box, so a reader sees something is missing rather than a blank.
 */
export function printable(text: string): string {
  const { face } = font();
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x20 || face.hasGlyphForCodePoint(code) ? ch : '?';
  }
  return out;
}
