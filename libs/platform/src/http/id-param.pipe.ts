import { PipeTransform } from '@nestjs/common';
import { NotFoundError } from '../errors/domain.error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a key (a path id, a scanned code, a cursor part) has the shape of a UUID. */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}

/** A path id that is not a UUID cannot name a row of this factory: 404 naming it, not a database error. */
export class IdParam implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}

  transform(value: string): string {
    if (!isUuid(value)) throw new NotFoundError(this.what, value);
    return value.toLowerCase();
  }
}
