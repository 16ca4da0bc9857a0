import type { InitOptions } from 'i18next';
import type { UiLanguage } from '../contract/preferences';
import { en } from './en';
import { ru } from './ru';

/**
 * The interface's texts in every language it is written in, and the options an i18next
 * instance needs to use them. Free of React and the DOM: the renderer and the desktop
 * shell's native menus both start from here.
 */

export { en } from './en';
export { ru } from './ru';
export { chooseUiLanguage, systemUiLanguage } from './language';
export type { Catalog, SlavicCatalog } from './types';

export const catalogs = { en, ru } as const satisfies Record<UiLanguage, object>;

/** Each language's name in its own words, as the language switch offers it. */
export const UI_LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', ru: 'Русский' };

export const resources = {
  en: { translation: en },
  ru: { translation: ru },
} as const;

/** Options for `i18next.init` in the given language. */
export function i18nOptions(lng: UiLanguage): InitOptions {
  return {
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ru'],
    resources,
    defaultNS: 'translation',
    // Every text is in memory: the instance is ready as soon as it is made.
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; the desktop menus are not HTML.
    interpolation: { escapeValue: false },
  };
}
