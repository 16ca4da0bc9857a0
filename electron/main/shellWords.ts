import { createInstance } from 'i18next';
import type { Said } from '../../shared/contract/phrase';
import type { UiLanguage } from '../../shared/contract/preferences';
import { i18nOptions, type en } from '../../shared/i18n';
import { sayPhrase, type Translate } from '../../shared/i18n/phrase';
import { TandemError } from '../core/errors';

/**
 * The desktop shell's words in one interface language: the catalogs' `desktop` area (the
 * boxes, dialogs and right-click menu the shell shows natively), its `menu` area (the menu
 * bar), and core's sentences said again in that language. Made afresh each time the shell
 * shows something, so it speaks the language the person has chosen at that moment.
 * Keys and placeholders are checked by the compiler.
 */

type Desktop = typeof en.desktop;
type MenuArea = typeof en.menu;

/** Every key of an area, dotted. */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The text a dotted key stands for. */
type TextOf<K extends string, T> = K extends `${infer Head}.${infer Rest}` ? (Head extends keyof T ? TextOf<Rest, T[Head]> : never) : K extends keyof T ? T[K] : never;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type NameOf<P extends string> = Trim<P extends `${infer N},${string}` ? N : P>;
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? NameOf<P> | Placeholders<Rest> : never;

/** The values a text needs: none, or one for each of its placeholders. */
type ValuesFor<S> = [Placeholders<S>] extends [never] ? [] : [values: Record<Placeholders<S>, string | number>];

export type DesktopKey = Keys<Desktop>;
export type MenuKey = Keys<MenuArea>;

/** A text of the catalogs' `desktop` area in one language. */
export type DesktopWords = <K extends DesktopKey>(key: K, ...values: ValuesFor<TextOf<K, Desktop>>) => string;
/** A text of the catalogs' `menu` area in one language. */
export type MenuAreaWords = <K extends MenuKey>(key: K, ...values: ValuesFor<TextOf<K, MenuArea>>) => string;

export interface ShellWords {
  readonly lang: UiLanguage;
  readonly desktop: DesktopWords;
  readonly menu: MenuAreaWords;
  /** A sentence core wrote, in this language when core gave its phrase; core's English otherwise. */
  readonly said: (sentence: Said) => string;
}

export function shellWords(lang: UiLanguage): ShellWords {
  const i18n = createInstance();
  void i18n.init(i18nOptions(lang));
  const translate: Translate = (key, values) => i18n.t(key as never, values as never) as unknown as string;
  const area =
    (name: 'desktop' | 'menu') =>
    (key: string, ...values: Array<Record<string, string | number>>): string =>
      translate(`${name}.${key}`, values[0]);
  return {
    lang,
    desktop: area('desktop'),
    menu: area('menu'),
    said(sentence) {
      const { phrase } = sentence;
      if (phrase === undefined || !i18n.exists(phrase.key)) return sentence.message;
      const inner = Object.values(phrase.params ?? {}).filter((v) => typeof v === 'object');
      if (inner.some((p) => !i18n.exists(p.key))) return sentence.message;
      return sayPhrase(translate, phrase);
    },
  };
}

/** What an error that reached the shell says: core's sentence in this language, else its message. */
export function sayError(words: ShellWords, e: unknown): string {
  if (e instanceof TandemError) return e.phrase === undefined ? e.message : words.said({ message: e.message, phrase: e.phrase });
  return e instanceof Error ? e.message : String(e);
}
