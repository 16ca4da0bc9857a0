import type { Phrase, Said } from '../contract/phrase';

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

/**
 * A sentence core wrote, in the language of `t`: said again from its phrase when the
 * catalogs know its keys (`exists`), else core's own English.
 */
export function saySentence(t: Translate, exists: (key: string) => boolean, sentence: Said): string {
  const { phrase } = sentence;
  if (phrase === undefined || !exists(phrase.key)) return sentence.message;
  const inner = Object.values(phrase.params ?? {}).filter((v) => typeof v === 'object');
  if (inner.some((p) => !exists(p.key))) return sentence.message;
  return sayPhrase(t, phrase);
}
