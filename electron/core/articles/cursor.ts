import { z } from 'zod';
import { TandemError } from '../errors';
import { say } from '../said';
import type { ListOrder, PagePosition } from '../store/repositories/articles';

/**
 * The article list's page cursor: opaque to callers, it names the last article of a page
 * (its sort key and id) and the order and list it belongs to.
 */
const CursorSchema = z.tuple([z.literal(1), z.enum(['updated', 'published']), z.boolean(), z.string().max(64), z.string().max(64)]);

export function encodeCursor(order: ListOrder, trash: boolean, position: PagePosition): string {
  return Buffer.from(JSON.stringify([1, order, trash, position.key, position.id]), 'utf8').toString('base64url');
}

function staleCursor(): TandemError {
  return new TandemError('invalid_input', say('core.articles.staleCursor'));
}

export function decodeCursor(cursor: string, order: ListOrder, trash: boolean): PagePosition {
  let parsed: z.infer<typeof CursorSchema>;
  try {
    const result = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (!result.success) throw staleCursor();
    parsed = result.data;
  } catch {
    throw staleCursor();
  }
  const [, cursorOrder, cursorTrash, key, id] = parsed;
  if (cursorOrder !== order || cursorTrash !== trash) throw staleCursor();
  return { key, id };
}
