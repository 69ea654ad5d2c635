import type { Type } from '@nestjs/common';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

const pages = new Map<Type<unknown>, Type<unknown>>();

/**
 * The schema of a list answer `{items, nextCursor}` (DESIGN.md §4) for one item schema: a named class per
 * item type (`ItemPage` for `ItemDto`), so generated clients get `components["schemas"]["ItemPage"]`.
 */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; nextCursor: string | null }> {
  const known = pages.get(item);
  if (known) return known as Type<{ items: T[]; nextCursor: string | null }>;
  const name = `${item.name.replace(/Dto$/, '')}Page`;
  class Page {
    items: T[];
    nextCursor: string | null;
  }
  Object.defineProperty(Page, 'name', { value: name });
  ApiProperty({ type: [item] })(Page.prototype, 'items');
  ApiProperty({
    type: String,
    nullable: true,
    description: 'pass as `cursor` for the next page; null on the last page',
    example: 'WyJIREYtOCJd',
  })(Page.prototype, 'nextCursor');
  ApiSchema({ name })(Page);
  pages.set(item, Page);
  return Page;
}
