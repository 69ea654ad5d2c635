import { checkSheetRequest } from './input';
import { solveSheets as optimiseSheets } from './sheet/solve-sheets';
import type { SheetPlan } from './types';

export * from './types';
export { packBins, firstFitDecreasing } from './linear/bin-packing';
export { solveLinear } from './linear/solve-linear';
export { checkLinearRequest, checkSheetRequest, MAX_PIECES } from './input';
export { linearBarSvg, sheetLayoutSvg } from './svg';
export { validateLinearPlan } from './validate/validate-linear';
export { validateSheetPlan } from './validate/validate-sheets';

/** Guillotine sheet cutting of a request as received (checked first; bad input throws CuttingInputError). */
export function solveSheets(input: unknown): SheetPlan {
  return optimiseSheets(checkSheetRequest(input));
}
