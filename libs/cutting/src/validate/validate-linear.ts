import type { LinearPlan, LinearRequest } from '../types';

/** Independent check of a linear plan (in progress). */
export function validateLinearPlan(_request: LinearRequest, _plan: LinearPlan): string[] {
  throw new Error('validateLinearPlan: not implemented yet');
}
