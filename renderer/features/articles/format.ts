import { formatDistanceToNowStrict } from 'date-fns';
import type { ArticleSummary, Section, TranslationSummary } from '../../../shared/contract';
import { ENGLISH_LANG_NAMES, LANG_NAMES, type Lang } from '../../../shared/domain/languages';
import type { Status, TranslationState } from '../../../shared/domain/status';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  review: 'In review',
  ready: 'Ready',
  published: 'Published',
  archived: 'Archived',
};

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

/** Minutes to read a text of this many words, at an unhurried 200 words a minute. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 200));
}

export function readingTimeLabel(words: number): string {
  const minutes = readingMinutes(words);
  return minutes === 0 ? '' : `${minutes} min read`;
}

/** How a translation stands against its original, in the words the list and editor use. */
export function translationStateLabel(t: { state: TranslationState; staleBlocks: number; missingBlocks: number }): string {
  switch (t.state) {
    case 'original':
      return 'Original';
    case 'missing':
      return 'Missing';
    case 'current':
      return 'Up to date';
    case 'stale': {
      const parts: string[] = [];
      if (t.staleBlocks > 0) parts.push(t.staleBlocks === 1 ? '1 block changed' : `${t.staleBlocks} blocks changed`);
      if (t.missingBlocks > 0) parts.push(t.missingBlocks === 1 ? '1 block new' : `${t.missingBlocks} blocks new`);
      return `Stale: ${parts.join(', ') || 'needs update'}`;
    }
  }
}

/** The photo placements of one language still lacking a caption or alt text, or '' when none. */
export function photoTextLabel(missing: number): string {
  if (missing <= 0) return '';
  return missing === 1 ? '1 photo lacks caption or alt text' : `${missing} photos lack caption or alt text`;
}
