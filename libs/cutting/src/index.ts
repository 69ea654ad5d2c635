export * from './types';
export { packBins, firstFitDecreasing } from './linear/bin-packing';
export { solveSheets } from './sheet/solve-sheets';
export { validateLinearPlan } from './validate/validate-linear';
export { validateSheetPlan } from './validate/validate-sheets';
