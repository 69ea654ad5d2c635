/**
 * Code 128 (ISO/IEC 15417) as bar and space widths, for the labels of items and locations: code set B for
 * printable ASCII, code set C (two digits a symbol) when the whole value is an even number of digits.
 * Every symbol is 11 modules wide (the stop 13); a label needs 10 modules of quiet zone either side.
 */

/** Widths of bar, space, bar, space, bar, space for symbol values 0–105, then the stop (7 elements). */
// prettier-ignore
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
] as const;

export const CODE128_PATTERNS: readonly string[] = PATTERNS;
const START_B = 104;
const START_C = 105;
const STOP = 106;
export const QUIET_ZONE = 10;

/** The symbol values of `text`, start and check symbol included; null when it holds a character set B lacks. */
export function code128Symbols(text: string): number[] | null {
  if (text === '') return null;
  let symbols: number[];
  if (/^(\d\d)+$/.test(text)) {
    symbols = [START_C];
    for (let k = 0; k < text.length; k += 2) symbols.push(Number(text.slice(k, k + 2)));
  } else {
    symbols = [START_B];
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (char.length !== 1 || code < 32 || code > 126) return null;
      symbols.push(code - 32);
    }
  }
  // the check symbol: start value plus each symbol's value times its position, modulo 103
  const check = symbols.reduce((sum, value, k) => sum + value * Math.max(k, 1), 0) % 103;
  return [...symbols, check, STOP];
}

/** The barcode's bars as [x, width] in modules (quiet zone included), and its total width in modules. */
export function code128Bars(text: string): { bars: [number, number][]; modules: number } | null {
  const symbols = code128Symbols(text);
  if (!symbols) return null;
  const bars: [number, number][] = [];
  let x = QUIET_ZONE;
  for (const symbol of symbols) {
    const widths = PATTERNS[symbol];
    for (let k = 0; k < widths.length; k += 1) {
      const width = Number(widths[k]);
      if (k % 2 === 0) bars.push([x, width]);
      x += width;
    }
  }
  return { bars, modules: x + QUIET_ZONE };
}
