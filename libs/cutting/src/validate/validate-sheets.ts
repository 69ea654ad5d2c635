import type { SheetPlan, SheetRequest } from '../types';

/** Independent check of a sheet plan (in progress). */
export function validateSheetPlan(_request: SheetRequest, _plan: SheetPlan): string[] {
  throw new Error('validateSheetPlan: not implemented yet');
}
