/**
 * Cursor pagination, the same for every list: `limit` (1..50, default 10), an opaque `cursor`, and
 * `nextCursor` in the answer (null on the last page). A cursor is the base64url JSON of the sort key
 * of the last item served (keyset pagination): pages never skip or repeat items when rows are added
 * between requests, and a page costs the same however deep it is.
 */
import { z } from '@hono/zod-openapi';
import { fieldIssue } from './validation.js';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;
const MAX_CURSOR_LENGTH = 512;

export const limitQueryParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE)
  .openapi({
    param: { name: 'limit', in: 'query' },
    description: `Items per page, 1 to ${MAX_PAGE_SIZE}.`,
    example: DEFAULT_PAGE_SIZE,
  });

export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The position a cursor carries; undefined when there is none or it is not one of ours. */
export function decodeCursor<T>(cursor: string | undefined, position: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const parsed = position.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The `nextCursor` of a page: the position of its last item when more follow, else null. */
export function nextCursorOf<T>(
  page: { items: readonly T[]; hasMore: boolean },
  positionOf: (last: T) => Record<string, string | number>,
): string | null {
  const last = page.items.at(-1);
  return page.hasMore && last !== undefined ? encodeCursor(positionOf(last)) : null;
}

/**
 * The `cursor` query parameter of a list whose positions have the given shape; a cursor that does
 * not decode to that shape fails validation (400, pointer /query/cursor).
 */
export function cursorQueryParam<T>(position: z.ZodType<T>) {
  return z
    .string()
    .refine((cursor) => decodeCursor(cursor, position) !== undefined, fieldIssue('cursor'))
    .optional()
    .openapi({
      param: { name: 'cursor', in: 'query' },
      description: 'Opaque position to continue from: the `nextCursor` of the previous page.',
    });
}

/** A page of items in the shape every list answers with. */
export function pageSchema<T extends z.ZodType>(item: T, name: string, description: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().openapi({
        description: 'Pass as `cursor` to get the next page; null on the last page.',
      }),
    })
    .openapi(name, { description });
}
