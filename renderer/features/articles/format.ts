import { formatDistanceToNowStrict, type Locale } from 'date-fns';
import { ru as russianDates } from 'date-fns/locale/ru';
import type { ArticleSummary, Section, TranslationSummary } from '../../../shared/contract';
import { LANG_NAMES, type Lang } from '../../../shared/domain/languages';
import type { Status, TranslationState } from '../../../shared/domain/status';
import { i18n, uiLanguage, uiLocale } from '../../i18n';

/** Words and numbers of the article list and editor, in the interface's language. */

export function statusLabel(status: Status): string {
  return i18n.t(`status.${status}`);
}

/** A language's name as it stands in a sentence of the interface ("No Russian translation"). */
export function langName(lang: Lang): string {
  if (lang === 'ru' || lang === 'en' || lang === 'az') return i18n.t(`languages.${lang}`);
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) ?? lang.toUpperCase();
  } catch {
    return lang.toUpperCase();
  }
}

export function nativeLangName(lang: Lang): string {
  return LANG_NAMES[lang] ?? lang.toUpperCase();
}

/** A section's name in the interface's language, else in any it has. */
export function sectionName(sections: readonly Section[], id: string): string {
  const section = sections.find((s) => s.id === id);
  if (!section) return id;
  return section.names[uiLanguage()] ?? section.names.en ?? section.names.ru ?? Object.values(section.names)[0] ?? id;
}

export function untitled(): string {
  return i18n.t('articles.untitled');
}

/** The title an article is known by: its original language's, else the first one written. */
export function displayTitle(article: {
  originalLang: ArticleSummary['originalLang'];
  translations: readonly Pick<TranslationSummary, 'lang' | 'title'>[];
}): string {
  const original = article.translations.find((t) => t.lang === article.originalLang && t.title.trim() !== '');
  if (original) return original.title.trim();
  const any = article.translations.find((t) => t.title.trim() !== '');
  return any ? any.title.trim() : untitled();
}

function dateLocale(): Locale | undefined {
  return uiLanguage() === 'ru' ? russianDates : undefined;
}

/** "5 minutes ago", from an ISO timestamp. */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (Math.abs(now.getTime() - date.getTime()) < 45_000) return i18n.t('common.justNow');
  return formatDistanceToNowStrict(date, { addSuffix: true, locale: dateLocale() });
}

export function absoluteTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function wordCountLabel(n: number): string {
  return i18n.t('articles.words', { count: n });
}

/** Minutes to read a text of this many words, at an unhurried 200 words a minute. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 200));
}

export function readingTimeLabel(words: number): string {
  const minutes = readingMinutes(words);
  return minutes === 0 ? '' : i18n.t('articles.minRead', { minutes });
}

/** How a translation stands against its original, in the words the list and editor use. */
export function translationStateLabel(t: { state: TranslationState; staleBlocks: number; missingBlocks: number }): string {
  switch (t.state) {
    case 'original':
      return i18n.t('translationState.original');
    case 'missing':
      return i18n.t('translationState.missing');
    case 'current':
      return i18n.t('translationState.current');
    case 'stale': {
      const parts: string[] = [];
      if (t.staleBlocks > 0) parts.push(i18n.t('translationState.blocksChanged', { count: t.staleBlocks }));
      if (t.missingBlocks > 0) parts.push(i18n.t('translationState.blocksNew', { count: t.missingBlocks }));
      return i18n.t('translationState.stale', { details: parts.join(', ') || i18n.t('translationState.staleUnknown') });
    }
  }
}

/** The photo placements of one language still lacking a caption or alt text, or '' when none. */
export function photoTextLabel(missing: number): string {
  if (missing <= 0) return '';
  return i18n.t('translationState.photoTextMissing', { count: missing });
}
