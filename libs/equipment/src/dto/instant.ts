import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isIsoInstant } from '../domain/machine-events';

/** What every instant field of the equipment routes says when refused (the events' `at` says the same). */
export const INSTANT_MESSAGE =
  'must be an ISO 8601 date-time with its offset or Z, e.g. 2026-11-07T08:00:00+08:00 / 须为带时区的 ISO 8601 时间';

/**
 * An instant as text, with its zone: `2026-11-07T08:00:00+08:00` or `…Z`, on a day the calendar has. Instead of
 * `@IsDateString`, which takes `2026-11-07T08:00:00` and `2026-11-07` too, and the server would then read them
 * in its own zone, not the factory's. The same rule as the events' `at` (isIsoInstant), for every instant field
 * and query of the equipment routes.
 */
export function IsInstant(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoInstant(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} ${INSTANT_MESSAGE}`,
      },
    },
    validationOptions,
  );
}
