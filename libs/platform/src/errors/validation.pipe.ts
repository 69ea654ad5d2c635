import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, fieldPath, ValidationFailedError } from './domain.error';
import { cacheValidationMetadata } from './validation-metadata-cache';

/** Flattens nested class-validator errors into `{field: 'lines[0].width', message}` pairs. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? fieldPath(parent, error.property) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The global pipe: whitelist, forbid unknown fields, transform; DTO bodies must be JSON objects. */
@Injectable()
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
    });
    cacheValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDtoBody = metadata.type === 'body' && typeof metadata.metatype === 'function' && this.toValidate(metadata);
    if (isDtoBody && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new ValidationFailedError([{ field: 'body', message: 'must be a JSON object' }]);
    }
    return super.transform(value, metadata);
  }
}
