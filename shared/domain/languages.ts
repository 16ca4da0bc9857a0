import { z } from 'zod';

/** A language code as Tandem stores it: ISO 639-1/-3, lower case (`ru`, `en`, `az`). */
export const LangSchema = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as "ru" or "en"');
export type Lang = z.infer<typeof LangSchema>;

/** The languages a new workspace starts with; the model allows more. */
export const DEFAULT_LANGS: readonly Lang[] = ['ru', 'en'];

/** The languages' names in English, for the interface's own text and core's messages. */
export const ENGLISH_LANG_NAMES: Readonly<Record<string, string>> = { ru: 'Russian', en: 'English', az: 'Azerbaijani' };

/** Human names of the languages Tandem knows, in their own language. */
export const LANG_NAMES: Readonly<Record<string, string>> = {
  ru: 'Русский',
  en: 'English',
  az: 'Azərbaycan',
};
