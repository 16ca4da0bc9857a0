import { createInstance } from 'i18next';
import { fail, type Envelope, type ErrorCode } from '../../shared/contract/envelope';
import type { InnerPhrase, Phrase } from '../../shared/contract/phrase';
import { en, i18nOptions } from '../../shared/i18n';
import type { coreEn } from '../../shared/i18n/core';
import type { KeysOf, TextsOf, ValuesFor } from '../../shared/i18n/keys';
import { sayPhrase, type Translate } from '../../shared/i18n/phrase';

/**
 * Core's sentences come from the catalogs' `core` area (shared/i18n/core/), never from a
 * string written where the error is thrown. `say` returns the English sentence (for the
 * command line and logs) with the phrase the interface says again in its own language.
 * Keys and placeholders are checked by the compiler: a key that does not exist, or a
 * placeholder left without its value, does not build.
 */

type Catalog = typeof coreEn;

export type CoreKey = KeysOf<Catalog, 'core.'>;

/** The texts a core key stands for. */
type CoreTexts<K extends CoreKey> = K extends `core.${infer Rest}` ? TextsOf<Rest, Catalog> : never;

/** A placeholder's value: text, a number, or a phrase said first (a language's name, say). */
export type Value = string | number | InnerPhrase;

/** A sentence core says: in English, and as a phrase for the interface. */
export interface Sentence {
  readonly message: string;
  readonly phrase: Phrase;
}

const english = createInstance();
void english.init({
  ...i18nOptions('en'),
  // A placeholder without its value is a bug in core, not a sentence to show half-said.
  missingInterpolationHandler: (_text: string, match: RegExpExecArray | string[]) => {
    throw new Error(`core sentence is missing the value of ${match[0] ?? 'a placeholder'}`);
  },
});
const sayEnglish: Translate = (key, values) => english.t(key as never, values as never) as unknown as string;

/** The sentence `key` says with `values` in its placeholders. */
export function say<K extends CoreKey>(
  key: K,
  ...values: ValuesFor<CoreTexts<K>, Value>
): Sentence {
  const params = values[0];
  const phrase: Phrase = params === undefined ? { key } : { key, params };
  return { message: sayPhrase(sayEnglish, phrase), phrase };
}

/**
 * A sentence said inside another, as a value: its phrase when its own values are plain
 * (the interface says it in its language), else its English words.
 */
export function within(sentence: Sentence): InnerPhrase | string {
  const { phrase } = sentence;
  if (phrase.params === undefined) return { key: phrase.key };
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params)) {
    if (typeof value === 'object') return sentence.message;
    params[name] = value;
  }
  return { key: phrase.key, params };
}

/**
 * A language's name as a value, said in the interface's language where the catalogs name
 * it (`languages.ru`), else its code in capitals.
 */
export function langValue(lang: string): Value {
  return Object.hasOwn(en.languages, lang) ? { key: `languages.${lang}` } : lang.toUpperCase();
}

/** The envelope refusing a call with a sentence core says, and its phrase for the interface. */
export function failSaying(code: ErrorCode, said: Sentence): Envelope<never> {
  return fail(code, said.message, said.phrase);
}
