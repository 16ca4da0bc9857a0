import type { ParseKeys } from 'i18next';
import { i18n } from './instance';

/** A key of the interface's catalogs. */
export type TextKey = ParseKeys<'translation'>;

/**
 * Named texts for constants kept outside components: each is looked up when read, so it
 * is always in the interface's language of the moment (`texts.conflict` is
 * `i18n.t(keys.conflict)`).
 */
export function liveTexts<K extends string>(keys: Readonly<Record<K, TextKey>>): Readonly<Record<K, string>> {
  const texts = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[]) {
    Object.defineProperty(texts, name, { enumerable: true, get: () => i18n.t(keys[name]) });
  }
  return texts;
}
