import { formatDistanceToNowStrict } from 'date-fns';
import type { ArticleSummary, Section, TranslationSummary } from '../../../shared/contract';
import { LANG_NAMES, type Lang } from '../../../shared/domain/languages';
import type { Status } from '../../../shared/domain/status';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  review: 'In review',
  ready: 'Ready',
  published: 'Published',
  archived: 'Archived',
};

/** English names for the UI's own text; `LANG_NAMES` gives each language in itself. */
const ENGLISH_LANG_NAMES: Readonly<Record<string, string>> = { ru: 'Russian', en: 'English', az: 'Azerbaijani' };

export function langName(lang: Lang): string {
  return ENGLISH_LANG_NAMES[lang] ?? lang.toUpperCase();
}

export function nativeLangName(lang: Lang): string {
  return LANG_NAMES[lang] ?? lang.toUpperCase();
}

export function sectionName(sections: readonly Section[], id: string): string {
  const section = sections.find((s) => s.id === id);
  if (!section) return id;
  return section.names.en ?? section.names.ru ?? Object.values(section.names)[0] ?? id;
}

export const UNTITLED = 'Untitled article';

/** The title an article is known by: its original language's, else the first one written. */
export function displayTitle(article: {
  originalLang: ArticleSummary['originalLang'];
  translations: readonly Pick<TranslationSummary, 'lang' | 'title'>[];
}): string {
  const original = article.translations.find((t) => t.lang === article.originalLang && t.title.trim() !== '');
  if (original) return original.title.trim();
  const any = article.translations.find((t) => t.title.trim() !== '');
  return any ? any.title.trim() : UNTITLED;
}

/** "5 minutes ago", from an ISO timestamp. */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (Math.abs(now.getTime() - date.getTime()) < 45_000) return 'just now';
  return formatDistanceToNowStrict(date, { addSuffix: true });
}

export function absoluteTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function wordCountLabel(n: number): string {
  return n === 1 ? '1 word' : `${n.toLocaleString('en')} words`;
}
