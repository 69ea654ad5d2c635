export { linearBarSvg, type LinearBarSvgOptions } from './linear-bar-svg';
export { type NumberedCut, sheetLayoutSvg, type SheetLayoutSvgOptions } from './sheet-layout-svg';
