import type { ItemCard, ListItem } from '../../../shared/contract';
import { i18n } from '../../i18n';
import { statusLabel, langName } from '../articles/format';
import { scheduleNote } from './schedule';

/**
 * How the preview shows one card on a page in one language: the teaser as edited here,
 * the marks the desk needs (another language, stale) and, for a card the page would not
 * show, why — dimmed.
 */

export interface PreviewState {
  teaser: string;
  /** The card is written in another language than the page's: `in English`. */
  fallbackLang: string | null;
  /** The page would not show it; the reason. */
  hidden: string | null;
  /** Shown, but the desk should know. */
  marks: string[];
}

/** The teaser the page shows: the override typed here, else the article's own (the store's, once an override is cleared). */
function previewTeaser(card: ItemCard, item: Pick<ListItem, 'teasers'>): string {
  const override = item.teasers[card.lang];
  if (override !== undefined && override.trim() !== '') return override;
  return card.teaserSource === 'override' ? '' : card.teaser;
}

function hiddenReason(card: ItemCard, item: Pick<ListItem, 'showFrom' | 'showUntil'>, now: number): string | null {
  const language = langName(card.lang);
  switch (card.problem) {
    case 'missing-article':
      return i18n.t('listCards.hiddenMissing');
    case 'in-trash':
      return i18n.t('listCards.hiddenTrash');
    case 'not-published': {
      const status = card.status && card.status !== 'published' ? i18n.t('listCards.statusSuffix', { status: statusLabel(card.status) }) : '';
      return card.fallback && card.shownLang
        ? i18n.t('listCards.hiddenFallbackUnpublished', { language: langName(card.shownLang), status })
        : i18n.t('listCards.hiddenUnpublished', { language, status });
    }
    default: {
      // The schedule as edited here, not as last saved.
      const note = scheduleNote(item, now);
      return note ? i18n.t('listCards.hiddenSchedule', { note: `${note.label.charAt(0).toLowerCase()}${note.label.slice(1)}` }) : null;
    }
  }
}

export function previewState(card: ItemCard, item: Pick<ListItem, 'teasers' | 'showFrom' | 'showUntil'>, now: number): PreviewState {
  return {
    teaser: previewTeaser(card, item),
    fallbackLang: card.fallback && card.shownLang ? card.shownLang : null,
    hidden: hiddenReason(card, item, now),
    marks: card.state === 'stale' ? [i18n.t('listCards.staleTranslation')] : [],
  };
}
