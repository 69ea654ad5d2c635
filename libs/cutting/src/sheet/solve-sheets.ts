import type { SheetPlan, SheetRequest } from '../types';

/** Guillotine sheet cutting (in progress). */
export function solveSheets(_request: SheetRequest): SheetPlan {
  throw new Error('solveSheets: not implemented yet');
}
