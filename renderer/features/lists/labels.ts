import type { ItemCard, ListGaps, ListKind, RelatedSuggestion } from '../../../shared/contract';
import type { SaveStatus } from './saver';
import type { Lang } from '../../../shared/domain/languages';
import { langName } from '../articles/format';

/** The words the list pages use for counts, languages and what happened to an item. */

export const MISSING_ARTICLE = 'Missing article';
export const UNTITLED = 'Untitled article';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** `7 of 10 items`. */
export function itemCountLabel(count: number, max: number): string {
  return `${count.toLocaleString('en')} of ${plural(max, 'item', 'items')}`;
}

/** For the Lists page: `2 missing a language`, `1 stale`, `3 not ready`; zeros left out. */
export function gapPhrases(gaps: ListGaps): string[] {
  const parts: string[] = [];
  if (gaps.missingLanguage > 0) parts.push(`${gaps.missingLanguage.toLocaleString('en')} missing a language`);
  if (gaps.stale > 0) parts.push(`${gaps.stale.toLocaleString('en')} stale`);
  if (gaps.notReady > 0) parts.push(`${gaps.notReady.toLocaleString('en')} not ready`);
  return parts;
}

/** For the list editor's summary: every count, zeros included. */
export function gapCounts(gaps: ListGaps): Array<{ key: keyof ListGaps; label: string; count: number }> {
  return [
    { key: 'missingLanguage', label: 'Missing a language', count: gaps.missingLanguage },
    { key: 'stale', label: 'Stale', count: gaps.stale },
    { key: 'notReady', label: 'Not ready', count: gaps.notReady },
  ];
}

/** `All languages`, `Russian`, `Russian and English`, `Russian, English and Azerbaijani`. */
export function langScopeLabel(langs: readonly Lang[]): string {
  if (langs.length === 0) return 'All languages';
  const names = langs.map(langName);
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function kindLabel(kind: ListKind): string {
  switch (kind) {
    case 'editors-choice':
    case 'popular':
      return 'Desk list';
    case 'section':
      return 'Section front';
    case 'custom':
      return 'Custom list';
    case 'related':
      return 'Related articles';
  }
}

/** The name the list is known by on the page (a Related list by what the page calls it). */
export function listHeading(list: { kind: ListKind; name: string }): string {
  return list.kind === 'related' ? 'Related articles' : list.name;
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
  if (!cards || cards.length === 0) return pending?.trim() || UNTITLED;
  if (cards.some(articleGone) && cards.every((c) => c.title.trim() === '')) {
    return cards.some((c) => c.problem === 'missing-article') ? MISSING_ARTICLE : UNTITLED;
  }
  const own = cards.find((c) => c.lang === lang)?.title.trim();
  if (own) return own;
  const any = cards.find((c) => c.title.trim() !== '')?.title.trim();
  return any || pending?.trim() || UNTITLED;
}

/** `Shown in English`: the card falls back to another language on this page. */
export function shownInLabel(lang: Lang): string {
  return `Shown in ${langName(lang)}`;
}

/** `in English`: the same, as the preview marks a card. */
export function inLanguageLabel(lang: Lang): string {
  return `in ${langName(lang)}`;
}

/** `Open the English translation`. */
export function openTranslationLabel(lang: Lang): string {
  return `Open the ${langName(lang)} translation`;
}

/** The toast when adding an item pushes the last unpinned one out. */
export function droppedOffMessage(title: string, maxItems: number): string {
  return `“${title}” dropped off the end (the list holds ${maxItems.toLocaleString('en')})`;
}

/** When several items go because the list was made shorter. */
export function shortenedMessage(titles: readonly string[], maxItems: number): string {
  if (titles.length === 1) return droppedOffMessage(titles[0] ?? UNTITLED, maxItems);
  return `${plural(titles.length, 'item', 'items')} dropped off the end (the list now holds ${maxItems.toLocaleString('en')}): ${titles.map((t) => `“${t}”`).join(', ')}`;
}

export function removedMessage(title: string): string {
  return `Removed “${title}” from the list`;
}

/** Every place is pinned: nothing can drop off to make room. */
export function allPinnedMessage(maxItems: number): string {
  return `Every place in this list is pinned (${plural(maxItems, 'item', 'items')}). Unpin an item or allow more items to make room.`;
}

export const CONFLICT_MESSAGE = 'This list was changed in another window; it is shown as saved there. Your last change was not applied.';

/** The status line: `Saving…`, `Saved` (only after the store committed), or what went wrong and what to do. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'conflict':
      return 'Not saved: this list was changed in another window. It now shows what was saved there.';
    case 'failed':
      switch (status.error.code) {
        case 'network':
          return 'Not saved yet: Tandem is not answering. Your changes stay here and are saved as soon as it answers again.';
        case 'read_only':
          return `Not saved: this workspace is read-only. ${status.error.message}`;
        case 'not_found':
          return 'Not saved: this list no longer exists. Go back to the lists to see what is there now.';
        default:
          return `Not saved: ${status.error.message}`;
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
  return any ? { title: any[1].trim(), lang: any[0] } : { title: UNTITLED, lang: undefined };
}
