import { defineErrorCodes } from '@mendao/platform';

/** Every refusal of the equipment context: machines, the calendar, reasons, events and OEE queries. */
export const EQUIPMENT_ERRORS = defineErrorCodes({
  'machine.already_exists': { status: 409, title: 'Machine code already exists', params: ['code'] },
  'machine.unknown': { status: 422, title: 'No such machine in this factory', params: ['machine'] },
  'machine.inactive': { status: 422, title: 'The machine is inactive', params: ['machine'] },
  // a batch is checked whole first: every bad field listed, nothing written
  'machine_event.invalid': { status: 422, title: 'Some events are invalid; none was recorded', params: ['invalid'] },
  'machine_event.too_many': { status: 413, title: 'Too many events in one request', params: ['max', 'received'] },
  'downtime_reason.already_exists': { status: 409, title: 'Downtime reason code already exists', params: ['code'] },
  'downtime_reason.invalid_parent': { status: 422, title: 'The parent reason is unknown or would make a cycle' },
  'shift.already_exists': { status: 409, title: 'Shift code already exists', params: ['code'] },
  'shift.invalid_times': { status: 422, title: 'The shift or its breaks have impossible times' },
  'holiday.already_exists': { status: 409, title: 'That day is already a holiday', params: ['day'] },
  'maintenance.invalid_span': { status: 422, title: 'Planned maintenance must end after it starts' },
});
