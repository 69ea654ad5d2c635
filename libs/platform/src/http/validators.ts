import { ValidateBy, ValidateIf, ValidationArguments, ValidationOptions } from 'class-validator';
import { isDecimalNumber, textProblem } from './input-rules';

/**
 * Free text as the API accepts it (see textProblem): no unpaired surrogates, and no control characters,
 * except tab and line breaks when `multiline` (notes). Use it on every text field a person types, together
 * with @IsString() and a length; it lets non-strings through for @IsString() to refuse.
 */
export function IsPlainText(options: { multiline?: boolean } = {}, validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: options.multiline ? 'isPlainMultilineText' : 'isPlainText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || textProblem(value, options) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          const problem = typeof value === 'string' ? textProblem(value, options) : null;
          return `${args?.property ?? 'value'} ${problem ?? 'must be plain text'}`;
        },
      },
    },
    validationOptions,
  );
}

/**
 * A finite number with at most `maxDecimalPlaces` decimals, in any JSON form (`0.5`, `5e-1`, `1.25E2`):
 * use it instead of `@IsNumber({ maxDecimalPlaces })`, whose check throws on exponent forms (a 500).
 */
export function IsDecimalNumber(maxDecimalPlaces: number, validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDecimalNumber',
      constraints: [maxDecimalPlaces],
      validator: {
        validate: (value: unknown) => isDecimalNumber(value, maxDecimalPlaces),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} must be a finite number with at most ${maxDecimalPlaces} decimal places`,
      },
    },
    validationOptions,
  );
}

/**
 * A field the client may leave out. Use it instead of class-validator's `@IsOptional()`, which also skips every
 * check for `null`: the service then takes a null it was never meant to see as a value (a 500 from `null.length`
 * or a NOT NULL column). Here only `undefined` is "left out"; `null` is checked like any value, so the field's
 * type check refuses it with a 400 naming the field.
 */
export function Optional(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, validationOptions);
}
