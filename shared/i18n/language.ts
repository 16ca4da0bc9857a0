import type { UiLanguage } from '../contract/preferences';

/**
 * The interface's language for a system that prefers these locales (most wanted first,
 * as `navigator.languages` or Electron's `app.getPreferredSystemLanguages()` give them):
 * the first one the interface is written in; English when none is.
 */
export function systemUiLanguage(locales: readonly string[]): UiLanguage {
  for (const locale of locales) {
    const base = locale.trim().toLowerCase().split(/[-_]/)[0];
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The person's choice when there is one, else the system's. */
export function chooseUiLanguage(preference: UiLanguage | null | undefined, locales: readonly string[]): UiLanguage {
  return preference ?? systemUiLanguage(locales);
}
