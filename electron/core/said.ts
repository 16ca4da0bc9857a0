import { createInstance } from 'i18next';
import { fail, type Envelope, type ErrorCode } from '../../shared/contract/envelope';
import type { InnerPhrase, Phrase } from '../../shared/contract/phrase';
import { en, i18nOptions } from '../../shared/i18n';
import type { coreEn } from '../../shared/i18n/core';
import { sayPhrase, type Translate } from '../../shared/i18n/phrase';

/**
 * Core's sentences come from the catalogs' `core` area (shared/i18n/core/), never from a
 * string written where the error is thrown. `say` returns the English sentence (for the
 * command line and logs) with the phrase the interface says again in its own language.
 * Keys and placeholders are checked by the compiler: a key that does not exist, or a
 * placeholder left without its value, does not build.
 */

type Catalog = typeof coreEn;

/** `x_one` and `x_other` are one key, `x`, that takes a count. */
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

/** Every key of an area, dotted, plurals under their base. */
type Keys<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];

export type CoreKey = Keys<Catalog, 'core.'>;

/** The texts a key stands for: its own, or each of its plural forms. */
type TextsOf<K extends string, T> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TextsOf<Rest, T[Head]>
    : never
  : K extends keyof T
    ? T[K]
    : T[`${K}_one` & keyof T] | T[`${K}_other` & keyof T] | (`${K}_one` extends keyof T ? '{{count}}' : never);

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type NameOf<P extends string> = Trim<P extends `${infer N},${string}` ? N : P>;
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? NameOf<P> | Placeholders<Rest> : never;

type ParamsOf<K extends CoreKey> = K extends `core.${infer Rest}` ? Placeholders<TextsOf<Rest, Catalog>> : never;

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
  ...values: [ParamsOf<K>] extends [never] ? [] : [Record<ParamsOf<K>, Value>]
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
