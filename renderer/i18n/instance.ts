import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UiLanguageSchema, type UiLanguage } from '../../shared/contract/preferences';
import { i18nOptions, systemUiLanguage } from '../../shared/i18n';

/**
 * The interface's one i18next instance. It starts in the system's language (the browser's
 * or the desktop's locales) and switches when the person's preference is known or changed.
 * <html lang> follows it, so assistive technology reads the interface in its language.
 */

function systemLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export const i18n = createInstance();
void i18n.use(initReactI18next).init(i18nOptions(systemUiLanguage(systemLocales())));

function markDocument(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
markDocument(i18n.language);
i18n.on('languageChanged', markDocument);

/** The language the interface speaks now. */
export function uiLanguage(): UiLanguage {
  const parsed = UiLanguageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'en';
}

/**
 * The locale dates and numbers are written in: the system's own when it speaks the
 * interface's language (en-GB keeps its day-month order), else the language itself.
 */
export function uiLocale(): string {
  const lang = uiLanguage();
  const own = systemLocales().find((locale) => locale.toLowerCase().split(/[-_]/)[0] === lang);
  return own ?? lang;
}

export function setUiLanguage(lang: UiLanguage): Promise<unknown> {
  return i18n.changeLanguage(lang);
}
