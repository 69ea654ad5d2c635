// fontkit 2 ships no types; the PDF writer asks it one thing: does the font draw this character?
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
