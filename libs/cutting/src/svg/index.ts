export { linearBarSvg, type LinearBarSvgOptions } from './linear-bar-svg';
export { sheetLayoutSvg, type SheetLayoutSvgOptions } from './sheet-layout-svg';
