import { checkSheetRequest } from './input';
import { solveSheets as optimiseSheets } from './sheet/solve-sheets';
import type { SheetPlan } from './types';

export * from './types';
export { packBins } from './linear/bin-packing';
export { firstFitDecreasing } from './linear/construction';
export { solveLinear } from './linear/solve-linear';
export { Random } from './random';
export { checkLinearRequest, checkSheetRequest, MAX_PIECES } from './input';
export { linearBarSvg, sheetLayoutSvg } from './svg';
export { validateLinearPlan } from './validate/validate-linear';
export { validateSheetPlan } from './validate/validate-sheets';
export {
  DOOR_SHEET_SIZES,
  type DoorInstance,
  generateDoorInstance,
  generateDoorInstances,
} from './sheet/door-instances';

/** Guillotine sheet cutting of a request as received (checked first; bad input throws CuttingInputError). */
export function solveSheets(input: unknown): SheetPlan {
  return optimiseSheets(checkSheetRequest(input));
}
