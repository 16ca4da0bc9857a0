import { z } from 'zod';

/** Globally unique ids (UUID): safe to sync between desks later, never autoincrement. */
export const IdSchema = z.uuid();
/** Times cross the contract as ISO 8601 UTC strings. */
export const TimestampSchema = z.iso.datetime();
/** Revisions count writes to one record, starting at 1; 0 means "does not exist yet". */
export const RevisionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** True when the text holds a C0 control character other than tab, newline and carriage return. */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** Text a person types: no NUL or other C0 controls except tab and newline. */
export function textSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !hasControlCharacter(s), 'control characters are not allowed');
}

export const SectionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a section id such as "news"');
