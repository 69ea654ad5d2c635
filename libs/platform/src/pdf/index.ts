// What every PDF the app prints shares: the CJK font, loaded once, and the text it can draw.
export { CJK_FONT_PATH, cjkFontFile, printable } from './cjk-font';
