import { defineErrorCodes } from '@mendao/platform';

/** Every refusal of the production context: release, reports (报工), holds and travelers. */
export const PRODUCTION_ERRORS = defineErrorCodes({});
