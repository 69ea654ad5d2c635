import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
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
