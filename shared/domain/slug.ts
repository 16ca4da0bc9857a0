import slugify from '@sindresorhus/slugify';
import { LIMITS } from './limits';

/**
 * Azerbaijani letters as Azerbaijani editors write them in Latin-only addresses
 * (`Azərbaycan` → `azerbaycan`, `şəhər` → `seher`); Cyrillic is transliterated by slugify.
 */
const AZERBAIJANI: ReadonlyArray<[string, string]> = [
  ['ə', 'e'],
  ['Ə', 'E'],
  ['ı', 'i'],
  ['İ', 'I'],
  ['ş', 's'],
  ['Ş', 'S'],
  ['ç', 'c'],
  ['Ç', 'C'],
  ['ğ', 'g'],
  ['Ğ', 'G'],
  ['ö', 'o'],
  ['Ö', 'O'],
  ['ü', 'u'],
  ['Ü', 'U'],
];

/**
 * A URL slug from a title: lower-case Latin letters, digits and single hyphens, Cyrillic
 * and Azerbaijani transliterated (`Объём бюджета` → `obyom-byudzheta`). Cut at a word
 * boundary to at most `max` characters. A title with no letters or digits gives ''.
 */
export function slugFromTitle(title: string, max: number = LIMITS.slug): string {
  const slug = slugify(title, { customReplacements: AZERBAIJANI, decamelize: false });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return '';
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}
