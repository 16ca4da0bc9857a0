import type { Phrase } from '../contract/phrase';

/** A translate function as any i18next instance gives it, loosened to take any key. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Says a phrase with `t`: its inner phrases first, then the phrase with their words. */
export function sayPhrase(t: Translate, phrase: Phrase): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {})) {
    values[name] = typeof value === 'object' ? t(value.key, value.params) : value;
  }
  return t(phrase.key, values);
}
