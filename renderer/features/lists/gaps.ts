import type { ItemCard } from '../../../shared/contract';
import { listGaps } from '../../../shared/domain/lists';
import type { Status } from '../../../shared/domain/status';
import { i18n } from '../../i18n';
import { statusLabel } from '../articles/format';
import { articleGone, shownInLabel } from './labels';

/**
 * Translation gaps, item by item: what the desk should know about a card before the page
 * is published. The counts are the shared rule's (listGaps); the filter and the flags
 * read the cards the same way.
 */

export type FlagTone = 'warn' | 'danger';

export interface Flag {
  kind: 'missing-article' | 'in-trash' | 'fallback' | 'no-version' | 'stale' | 'not-published';
  label: string;
  tone: FlagTone;
}

function notPublishedLabel(status: Status | null): string {
  return status && status !== 'published' ? i18n.t('listCards.notPublishedStatus', { status: statusLabel(status) }) : i18n.t('listCards.notPublished');
}

/** What one card says about itself, most serious first. The schedule is the item's (see schedule.ts). */
export function cardFlags(card: ItemCard): Flag[] {
  if (card.problem === 'missing-article') return [{ kind: 'missing-article', label: i18n.t('lists.missingArticle'), tone: 'danger' }];
  if (card.problem === 'in-trash') return [{ kind: 'in-trash', label: i18n.t('listCards.inTrash'), tone: 'danger' }];
  const flags: Flag[] = [];
  if (card.fallback && card.shownLang) flags.push({ kind: 'fallback', label: shownInLabel(card.shownLang), tone: 'warn' });
  else if (card.shownLang === null) flags.push({ kind: 'no-version', label: i18n.t('listCards.noVersion'), tone: 'danger' });
  if (card.state === 'stale') flags.push({ kind: 'stale', label: i18n.t('listCards.staleTranslation'), tone: 'warn' });
  if (card.problem === 'not-published') flags.push({ kind: 'not-published', label: notPublishedLabel(card.status), tone: 'warn' });
  return flags;
}

/** True when the item is counted in any of the list's gaps (the `Only items needing attention` filter). */
export function needsAttention(cards: readonly ItemCard[]): boolean {
  const gaps = listGaps([{ cards }]);
  return gaps.missingLanguage > 0 || gaps.stale > 0 || gaps.notReady > 0;
}

/**
 * The languages in which one click should open the article: the page falls back from
 * them (the version is missing) or shows a stale version there. None for a gone article.
 */
export function translationsToOpen(cards: readonly ItemCard[]): string[] {
  return cards.filter((c) => !articleGone(c) && (c.fallback || c.shownLang === null || c.state === 'stale')).map((c) => c.lang);
}
