import { createInstance } from 'i18next';
import type { Said } from '../../shared/contract/phrase';
import type { UiLanguage } from '../../shared/contract/preferences';
import { i18nOptions, type en } from '../../shared/i18n';
import type { KeysOf, TextsOf, ValuesFor } from '../../shared/i18n/keys';
import { saySentence, type Translate } from '../../shared/i18n/phrase';
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

export type DesktopKey = KeysOf<Desktop>;
export type MenuKey = KeysOf<MenuArea>;

/** A text of the catalogs' `desktop` area in one language. */
export type DesktopWords = <K extends DesktopKey>(key: K, ...values: ValuesFor<TextsOf<K, Desktop>, string | number>) => string;
/** A text of the catalogs' `menu` area in one language. */
export type MenuAreaWords = <K extends MenuKey>(key: K, ...values: ValuesFor<TextsOf<K, MenuArea>, string | number>) => string;

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
    said: (sentence) => saySentence(translate, (key) => i18n.exists(key), sentence),
  };
}

/** What an error that reached the shell says: core's sentence in this language, else its message. */
export function sayError(words: ShellWords, e: unknown): string {
  if (e instanceof TandemError) return words.said(e.said());
  return e instanceof Error ? e.message : String(e);
}
