import type { ItemCard, ListGaps, ListKind, RelatedSuggestion } from '../../../shared/contract';
import type { SaveStatus } from './saver';
import type { Lang } from '../../../shared/domain/languages';
import { langName } from '../articles/format';
import { i18n } from '../../i18n';

/** The words the list pages use for counts, languages and what happened to an item. */

export function missingArticle(): string {
  return i18n.t('lists.missingArticle');
}

export function untitledItem(): string {
  return i18n.t('articles.untitled');
}

/** `7 of 10 items`. */
export function itemCountLabel(count: number, max: number): string {
  return i18n.t('lists.itemCount', { shown: count, count: max });
}

/** For the Lists page: `2 missing a language`, `1 stale`, `3 not ready`; zeros left out. */
export function gapPhrases(gaps: ListGaps): string[] {
  const parts: string[] = [];
  if (gaps.missingLanguage > 0) parts.push(i18n.t('lists.gapMissingLanguage', { count: gaps.missingLanguage }));
  if (gaps.stale > 0) parts.push(i18n.t('lists.gapStale', { count: gaps.stale }));
  if (gaps.notReady > 0) parts.push(i18n.t('lists.gapNotReady', { count: gaps.notReady }));
  return parts;
}

/** For the list editor's summary: every count, zeros included. */
export function gapCounts(gaps: ListGaps): Array<{ key: keyof ListGaps; label: string; count: number }> {
  return [
    { key: 'missingLanguage', label: i18n.t('lists.missingLanguage'), count: gaps.missingLanguage },
    { key: 'stale', label: i18n.t('lists.stale'), count: gaps.stale },
    { key: 'notReady', label: i18n.t('lists.notReady'), count: gaps.notReady },
  ];
}

/** `All languages`, `Russian`, `Russian and English`, `Russian, English and Azerbaijani`. */
export function langScopeLabel(langs: readonly Lang[]): string {
  if (langs.length === 0) return i18n.t('lists.allLanguages');
  const names = langs.map(langName);
  if (names.length === 1) return names[0] ?? '';
  return i18n.t('lists.languageSeries', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] ?? '' });
}

export function kindLabel(kind: ListKind): string {
  switch (kind) {
    case 'editors-choice':
    case 'popular':
      return i18n.t('lists.kindDesk');
    case 'section':
      return i18n.t('lists.kindSection');
    case 'custom':
      return i18n.t('lists.kindCustom');
    case 'related':
      return i18n.t('lists.related');
  }
}

/** The name the list is known by on the page (a Related list by what the page calls it). */
export function listHeading(list: { kind: ListKind; name: string }): string {
  return list.kind === 'related' ? i18n.t('lists.related') : list.name;
}

/** True when the article behind the card is gone (deleted for good, or in the trash). */
export function articleGone(card: Pick<ItemCard, 'problem'>): boolean {
  return card.problem === 'missing-article' || card.problem === 'in-trash';
}

/**
 * An item's title in `lang` (the list's first language): that card's title, else any
 * card's, else `Missing article` or `Untitled article`. `pending` is the title the desk
 * chose it by, until the item's cards arrive.
 */
export function itemTitle(cards: readonly ItemCard[] | undefined, lang: Lang | undefined, pending?: string): string {
  if (!cards || cards.length === 0) return pending?.trim() || untitledItem();
  if (cards.some(articleGone) && cards.every((c) => c.title.trim() === '')) {
    return cards.some((c) => c.problem === 'missing-article') ? missingArticle() : untitledItem();
  }
  const own = cards.find((c) => c.lang === lang)?.title.trim();
  if (own) return own;
  const any = cards.find((c) => c.title.trim() !== '')?.title.trim();
  return any || pending?.trim() || untitledItem();
}

/** `Shown in English`: the card falls back to another language on this page. */
export function shownInLabel(lang: Lang): string {
  return i18n.t('lists.shownIn', { language: langName(lang) });
}

/** `in English`: the same, as the preview marks a card. */
export function inLanguageLabel(lang: Lang): string {
  return i18n.t('lists.inLanguage', { language: langName(lang) });
}

/** `Open the English translation`. */
export function openTranslationLabel(lang: Lang): string {
  return i18n.t('lists.openTranslation', { language: langName(lang) });
}

/** The toast when adding an item pushes the last unpinned one out. */
export function droppedOffMessage(title: string, maxItems: number): string {
  return i18n.t('lists.droppedOff', { title, max: maxItems });
}

/** When several items go because the list was made shorter. */
export function shortenedMessage(titles: readonly string[], maxItems: number): string {
  if (titles.length === 1) return droppedOffMessage(titles[0] ?? untitledItem(), maxItems);
  return i18n.t('lists.shortened', { count: titles.length, max: maxItems, titles: titles.map((title) => quoted(title)).join(', ') });
}

/** A title quoted inside a sentence: “…” in English, «…» in Russian. */
export function quoted(title: string): string {
  return i18n.t('lists.quoted', { title });
}

export function removedMessage(title: string): string {
  return i18n.t('lists.removed', { title });
}

/** Every place is pinned: nothing can drop off to make room. */
export function allPinnedMessage(maxItems: number): string {
  return i18n.t('lists.allPinned', { count: maxItems });
}

export function conflictMessage(): string {
  return i18n.t('lists.conflict');
}

/** The status line: `Saving…`, `Saved` (only after the store committed), or what went wrong and what to do. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'saving':
      return i18n.t('lists.saving');
    case 'saved':
      return i18n.t('lists.saved');
    case 'conflict':
      return i18n.t('lists.notSavedConflict');
    case 'failed':
      switch (status.error.code) {
        case 'network':
          return i18n.t('lists.notSavedNetwork');
        case 'read_only':
          return i18n.t('lists.notSavedReadOnly', { message: status.error.message });
        case 'not_found':
          return i18n.t('lists.notSavedGone');
        default:
          return i18n.t('lists.notSaved', { message: status.error.message });
      }
  }
}

/** Whether `Try again` can help. */
export function canRetry(status: SaveStatus): boolean {
  return status.state === 'failed' && status.error.code !== 'read_only' && status.error.code !== 'not_found';
}

/** A related suggestion's title in the first of `languages` it has, else in any. */
export function suggestionTitle(s: Pick<RelatedSuggestion, 'titles'>, languages: readonly string[]): { title: string; lang: string | undefined } {
  for (const lang of languages) {
    const title = s.titles[lang]?.trim();
    if (title) return { title, lang };
  }
  const any = Object.entries(s.titles).find(([, t]) => t.trim() !== '');
  return any ? { title: any[1].trim(), lang: any[0] } : { title: untitledItem(), lang: undefined };
}
