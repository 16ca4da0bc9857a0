import { z } from 'zod';
import { TandemError } from '../errors';
import type { ListOrder, PagePosition } from '../store/repositories/articles';

/**
 * The article list's page cursor: opaque to callers, it names the last article of a page
 * (its sort key and id) and the order and list it belongs to.
 */
const CursorSchema = z.tuple([z.literal(1), z.enum(['updated', 'published']), z.boolean(), z.string().max(64), z.string().max(64)]);

export function encodeCursor(order: ListOrder, trash: boolean, position: PagePosition): string {
  return Buffer.from(JSON.stringify([1, order, trash, position.key, position.id]), 'utf8').toString('base64url');
}

const STALE_CURSOR =
  'This list position does not belong to this list (its order or filter changed, or it was damaged). Load the list again from the top.';

export function decodeCursor(cursor: string, order: ListOrder, trash: boolean): PagePosition {
  let parsed: z.infer<typeof CursorSchema>;
  try {
    const result = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (!result.success) throw new TandemError('invalid_input', STALE_CURSOR);
    parsed = result.data;
  } catch {
    throw new TandemError('invalid_input', STALE_CURSOR);
  }
  const [, cursorOrder, cursorTrash, key, id] = parsed;
  if (cursorOrder !== order || cursorTrash !== trash) throw new TandemError('invalid_input', STALE_CURSOR);
  return { key, id };
}
