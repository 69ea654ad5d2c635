// What every PDF the app prints shares: the CJK font, loaded once, the text it can draw, and the tables.
export { CJK_FONT_PATH, cjkFontFile, printable } from './cjk-font';
export { drawTable, fitText, type PdfColumn, type PdfTableFrame } from './table';
