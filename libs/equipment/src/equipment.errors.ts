import { defineErrorCodes } from '@mendao/platform';

/** Every refusal of the equipment context: machines, the calendar, reasons, events and OEE queries. */
export const EQUIPMENT_ERRORS = defineErrorCodes({});
